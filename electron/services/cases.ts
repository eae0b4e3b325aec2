// PLACEHOLDER: replaced by the case-list implementation (issue 3) before this lands.
import type { CaseList, ParsedInput } from '../../shared/contract'
import type { CaseRecord } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import type { Store } from '../store/open'

const notBuilt = (): never => {
  throw new AppError('internal', 'Cases are not built yet.')
}

export function listCases(_store: Store, _query: ParsedInput<'cases:list'>): CaseList {
  return notBuilt()
}

export function getCase(_store: Store, _id: number): CaseRecord {
  return notBuilt()
}

export function listTeams(_store: Store): string[] {
  return notBuilt()
}
