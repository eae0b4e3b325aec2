import { join } from 'node:path'
import { closeAppContext, createAppContext } from '../../../electron/context'
import { dispatch } from '../../../electron/dispatch'
import { createHandlers } from '../../../electron/handlers'
import type { CallInput, CallName, CallOutput } from '../../../shared/contract'

/** A child protection plan in the shape a council's Word template gives, as text. */
export const CP_PLAN = [
  'CHILD PROTECTION PLAN',
  'Child: J.M. (aged 7)    Category: Neglect    Plan date: 01/04/2026',
  '',
  'What are we worried about?',
  'J. has often arrived at school hungry and in unwashed clothes. The home has been found without food on three visits.',
  '',
  "J.'s views",
  'J. said: "I want there to be food in the cupboard and I want Mum to get up in the morning."',
  '',
  'What needs to happen',
  'Action | Who | By when | How will we know',
  'Mum to attend the parenting programme | Mum | ongoing | Attendance',
  'SW to visit J. at home every 2 weeks, seeing J. alone | SW | every 2 weeks | J. tells us he feels safe',
  'Referral to be made to the food bank | | ASAP |',
  'School to give J. breakfast club each morning so that he starts the day fed | School | from 13/04/2026 | J. is not hungry in class',
  'Health visitor to check J.’s weight and growth by 30/06/2026 | School nurse | 30/06/2026 | Weight on the growth chart',
  '',
  'Contingency plan',
  'If the home conditions do not improve by the review conference, the SW will seek legal advice.'
].join('\n')

/**
 * A store ready for the stepper: the named auditor, three cases with this plan, and a cycle on
 * the default framework whose sample is all three. Written in-process, then closed, so browser
 * mode can open it.
 */
export async function storeWithSample(
  dir: string,
  auditorName = 'Priya Shah'
): Promise<{ path: string; cycleId: number }> {
  const path = join(dir, 'stepper.sqlite')
  const context = await createAppContext({ transport: 'cli', version: 'test', storePath: path })
  const handlers = createHandlers(context)
  async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const result = await dispatch(handlers, name, input)
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
    return result.value as CallOutput<N>
  }
  await call('auditor:set', { name: auditorName, role: 'qa_officer' })
  const store = context.store!
  const insert = store.prepare(
    `INSERT INTO cases (case_ref, plan_type, team, social_worker, status, created_at, updated_at)
     VALUES (?, 'CP', 'North Team', 'Ali Khan', 'open', '2026-01-05', '2026-01-05')`
  )
  for (const ref of ['CP-2001', 'CP-2002', 'CP-2003']) {
    const caseId = Number(insert.run(ref).lastInsertRowid)
    await call('plans:paste', { caseId, text: CP_PLAN, planDate: '2026-04-01' })
  }
  const cycle = await call('cycles:create', {
    name: 'Spring CP audit',
    frameworkKey: 'care-plan-quality'
  })
  await call('sample:draw', { cycleId: cycle.id, spec: { size: 3, seed: 'E2E' } })
  closeAppContext(context)
  return { path, cycleId: cycle.id }
}
