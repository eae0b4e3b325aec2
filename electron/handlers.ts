import type { CallName, CallOutput, ParsedInput } from '../shared/contract'
import type { AppContext } from './context'
import { requireStore, restoreStore } from './context'
import { backupStore } from './store/backup'
import type { JobReporter } from './jobs'
import { getCurrentAuditor, listAuditors, setCurrentAuditor } from './services/auditors'
import {
  commitImport,
  discardImport,
  importHistory,
  previewImport,
  stageImport
} from './services/case-import'
import {
  addAction,
  deleteAction,
  dismissPrompt,
  myCycles,
  openAudit,
  reopenAudit,
  saveOverall,
  savePosition,
  saveSafeguarding,
  saveScore,
  skipCase,
  submitAudit,
  auditQueue,
  updateAction
} from './services/audits'
import { getCase, listCases, listTeams } from './services/cases'
import { createCycle, getCycle, listCycles, setCycleStatus, updateCycle } from './services/cycles'
import {
  duplicateFramework,
  exportFramework,
  getFramework,
  importFramework,
  listFrameworks,
  saveFramework
} from './services/frameworks'
import { attachPlans, getPlan, listPlanVersions, pastePlan, setPlanDate } from './services/plans'
import {
  addSampledCase,
  drawSample,
  removeSampledCase,
  replaceSampledCase
} from './services/sampling'
import { moderationHandlers } from './services/moderation/handlers'
import { reportsHandlers } from './services/reports/handlers'
import { storeStatus } from './services/store-status'

export type Handler<N extends CallName> = (
  input: ParsedInput<N>
) => CallOutput<N> | Promise<CallOutput<N>>

export type Handlers = { [N in CallName]: Handler<N> }

/**
 * The one table every transport uses: contract call -> service function (moderation and reports
 * contribute their own rows from their folders). Inputs arrive already
 * validated by the call's schema (see dispatch.ts); handlers never know who called them.
 */
export function createHandlers(context: AppContext): Handlers {
  const store = () => requireStore(context)

  /** Runs long work as a job the renderer can follow with jobs:progress and stop with jobs:cancel. */
  async function asJob<T>(
    jobId: string | undefined,
    work: (job: JobReporter) => Promise<T>
  ): Promise<T> {
    const job = context.jobs.start(jobId)
    try {
      return await work(job)
    } finally {
      job.finish()
    }
  }

  return {
    'app:info': () => ({
      name: 'Care Plan Audit',
      version: context.version,
      transport: context.transport,
      platform: process.platform
    }),
    'auditor:get': () => getCurrentAuditor(store()),
    'auditor:set': (input) => setCurrentAuditor(store(), input),
    'auditors:list': () => listAuditors(store()),
    'store:status': () => storeStatus(context),
    'store:backup': () => backupStore(store(), context.storePath, 'manual'),
    'store:restore': ({ backupFile }) => restoreStore(context, backupFile),
    'jobs:progress': ({ jobId }) => context.jobs.progress(jobId),
    'jobs:cancel': ({ jobId }) => {
      context.jobs.cancel(jobId)
      return null
    },

    'cases:list': (query) => listCases(store(), query),
    'cases:get': ({ id }) => getCase(store(), id),
    'cases:teams': () => listTeams(store()),
    'imports:stage': ({ jobId, ...input }) =>
      asJob(jobId, (job) => stageImport(store(), context.staging, input, job)),
    'imports:preview': ({ jobId, ...input }) =>
      asJob(jobId, (job) => previewImport(store(), context.staging, input, job)),
    'imports:commit': ({ jobId, ...input }) =>
      asJob(jobId, (job) => commitImport(store(), context.staging, input, job)),
    'imports:discard': ({ stagingId }) => discardImport(context.staging, stagingId),
    'imports:history': () => importHistory(store()),

    'plans:attach': ({ jobId, ...input }) =>
      asJob(jobId, (job) => attachPlans(store(), input, job)),
    'plans:paste': (input) => pastePlan(store(), input),
    'plans:versions': ({ caseId }) => listPlanVersions(store(), caseId),
    'plans:get': ({ caseId, version }) => getPlan(store(), caseId, version),
    'plans:set-date': ({ documentId, planDate }) => setPlanDate(store(), documentId, planDate),

    'cycles:list': () => listCycles(store()),
    'cycles:create': (input) => createCycle(store(), input),
    'cycles:update': (input) => updateCycle(store(), input),
    'cycles:set-status': (input) => setCycleStatus(store(), input),
    'cycles:get': ({ cycleId }) => getCycle(store(), cycleId),
    'sample:draw': (input) => drawSample(store(), input),
    'sample:replace': (input) => replaceSampledCase(store(), input),
    'sample:add': (input) => addSampledCase(store(), input),
    'sample:remove': (input) => removeSampledCase(store(), input),

    'frameworks:list': () => listFrameworks(store()),
    'frameworks:get': ({ key, version }) => getFramework(store(), key, version),
    'frameworks:import': (input) => importFramework(store(), input),
    'frameworks:export': ({ key, version }) => exportFramework(store(), key, version),
    'frameworks:duplicate': (input) => duplicateFramework(store(), input),
    'frameworks:save': ({ definition }) => saveFramework(store(), definition),

    'audits:mine': () => myCycles(store()),
    'audits:queue': ({ cycleId }) => auditQueue(store(), cycleId),
    'audits:open': ({ cycleId, caseId }) => openAudit(store(), cycleId, caseId),
    'audits:save-score': (input) => saveScore(store(), input),
    'audits:save-overall': (input) => saveOverall(store(), input),
    'audits:save-safeguarding': (input) => saveSafeguarding(store(), input),
    'audits:save-position': ({ auditId, position }) => savePosition(store(), auditId, position),
    'audits:dismiss-prompt': (input) => dismissPrompt(store(), input),
    'audits:submit': ({ auditId }) => submitAudit(store(), auditId),
    'audits:reopen': ({ auditId, reason }) => reopenAudit(store(), auditId, reason),
    'audits:skip': (input) => skipCase(store(), input),
    'actions:add': (input) => addAction(store(), input),
    'actions:update': (input) => updateAction(store(), input),
    'actions:delete': ({ actionId }) => deleteAction(store(), actionId),

    // Moderation and reports keep their tables beside their services.
    ...moderationHandlers(context),
    ...reportsHandlers(context)
  }
}
