import type { moderationContract } from '../../../shared/contract/moderation'
import type { AppContext } from '../../context'
import { requireStore } from '../../context'
import type { Handler } from '../../handlers'
import {
  compareModeration,
  cycleAgreement,
  listModerations,
  openModeration,
  reassignModeration,
  resolveModeration,
  selectForModeration
} from './index'

/** Moderation's rows of the one handler table (electron/handlers.ts spreads them in). */
export function moderationHandlers(context: AppContext): {
  [N in keyof typeof moderationContract]: Handler<N>
} {
  const store = () => requireStore(context)
  return {
    'moderation:select': (input) => selectForModeration(store(), input),
    'moderation:assign': ({ moderationId, moderatorId }) =>
      reassignModeration(store(), moderationId, moderatorId),
    'moderation:list': (input) => listModerations(store(), input?.cycleId),
    'moderation:open': ({ moderationId }) => openModeration(store(), moderationId),
    'moderation:compare': ({ moderationId }) => compareModeration(store(), moderationId),
    'moderation:resolve': (input) => resolveModeration(store(), input),
    'moderation:agreement': ({ cycleId }) => cycleAgreement(store(), cycleId)
  }
}
