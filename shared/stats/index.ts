export {
  agreement,
  contingencyTable,
  gwetAc1,
  kappaWithWeights,
  percentAgreementOf,
  CATEGORIES,
  IDENTITY_WEIGHTS,
  LINEAR_WEIGHTS,
  QUADRATIC_WEIGHTS
} from './agreement'
export type { AgreementStats, GradeOrNA } from './agreement'
export {
  landisKochBand,
  thresholdProblems,
  AGREEMENT_THRESHOLD,
  KAPPA_THRESHOLD
} from './interpretation'
export type { LandisKochBand } from './interpretation'
