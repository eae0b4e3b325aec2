// PLACEHOLDER: replaced by the sampling implementation (issue 3) before this lands.
import type { ParsedInput, SampledCase, SampleResult } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { Store } from '../store/open'

const notBuilt = (): never => {
  throw new AppError('internal', 'Sampling is not built yet.')
}

export function drawSample(
  _store: Store,
  _input: ParsedInput<'sample:draw'>,
  _now = new Date()
): SampleResult {
  return notBuilt()
}

export function replaceSampledCase(
  _store: Store,
  _input: ParsedInput<'sample:replace'>
): SampledCase {
  return notBuilt()
}

export function addSampledCase(_store: Store, _input: ParsedInput<'sample:add'>): SampledCase {
  return notBuilt()
}

export function removeSampledCase(_store: Store, _input: ParsedInput<'sample:remove'>): null {
  return notBuilt()
}
