import type { AgreementStats } from './agreement'

/**
 * Landis and Koch's (1977) words for the strength of agreement a kappa shows: "The measurement
 * of observer agreement for categorical data", Biometrics 33, 159-174.
 */
export type LandisKochBand =
  'Poor' | 'Slight' | 'Fair' | 'Moderate' | 'Substantial' | 'Almost perfect'

/**
 * The band a kappa falls in: below 0 Poor, 0-0.20 Slight, 0.21-0.40 Fair, 0.41-0.60 Moderate,
 * 0.61-0.80 Substantial, 0.81-1 Almost perfect. The value is rounded to two places first, as it
 * is shown, so the band always matches the number beside it ("0.20" is Slight). Null for an
 * undefined kappa.
 */
export function landisKochBand(kappa: number | null): LandisKochBand | null {
  if (kappa === null) return null
  const shown = Math.round(kappa * 100) / 100
  if (shown < 0) return 'Poor'
  if (shown <= 0.2) return 'Slight'
  if (shown <= 0.4) return 'Fair'
  if (shown <= 0.6) return 'Moderate'
  if (shown <= 0.8) return 'Substantial'
  return 'Almost perfect'
}

/**
 * Below these, a criterion or an auditor pair is flagged for attention. The weighted kappa used is
 * the linearly weighted one: on a four-point scale it gives less credit than the quadratic for
 * near misses, so it is the stricter of the two.
 */
export const KAPPA_THRESHOLD = 0.6
export const AGREEMENT_THRESHOLD = 0.75

/**
 * Why a set of pairs is below threshold, in words (empty when it is not). An undefined statistic
 * flags nothing: there is nothing to judge yet.
 */
export function thresholdProblems(stats: AgreementStats): string[] {
  const problems: string[] = []
  if (stats.kappaLinear !== null && stats.kappaLinear < KAPPA_THRESHOLD) {
    problems.push(`Weighted kappa below ${KAPPA_THRESHOLD.toFixed(2)}`)
  }
  if (stats.percentAgreement !== null && stats.percentAgreement < AGREEMENT_THRESHOLD) {
    problems.push(`Agreement below ${Math.round(AGREEMENT_THRESHOLD * 100)}%`)
  }
  return problems
}
