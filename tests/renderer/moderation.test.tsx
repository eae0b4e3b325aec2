import '@testing-library/jest-dom/vitest'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useComparison, useModeration } from '../../renderer/src/state/moderation'
import { useNavigation } from '../../renderer/src/state/navigation'
import { useSession } from '../../renderer/src/state/session'
import { call, openAt } from './support/app'
import { bridgeToRealHandlers, holdCalls } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge
let moderationId: number

const CRITERIA = ['outcome-focus', 'timescales', 'robustness', 'childs-voice', 'multi-agency']

/** Scores and submits an audit: every criterion Good unless `grades` says otherwise. */
async function score(
  auditId: number,
  grades: Record<string, 1 | 2 | 3 | 4>,
  overall: 1 | 2 | 3 | 4
) {
  for (const key of CRITERIA) {
    await call('audits:save-score', {
      auditId,
      criterionKey: key,
      grade: grades[key] ?? 3,
      evidence: `Notes on ${key}`
    })
  }
  await call('audits:save-overall', { auditId, grade: overall, rationale: 'Overall view.' })
  await call('audits:submit', { auditId })
}

/**
 * Priya audits one case (all Good); Sam moderates it blind, with Timescales one grade lower (a
 * limiting criterion) and Child's voice two lower, overall Requires improvement; Sam is signed in.
 */
async function seed(): Promise<void> {
  await call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
  const caseId = Number(
    bridge.context
      .store!.prepare(
        `INSERT INTO cases (case_ref, plan_type, team, status, created_at, updated_at)
         VALUES ('M-1', 'CP', 'North Team', 'open', '2026-01-01', '2026-01-01')`
      )
      .run().lastInsertRowid
  )
  await call('plans:paste', { caseId, text: 'SW to visit weekly.' })
  const cycle = await call('cycles:create', { name: 'M cycle', frameworkKey: 'care-plan-quality' })
  await call('sample:draw', { cycleId: cycle.id, spec: { size: 1, seed: 'M' } })
  const { audit } = await call('audits:open', { cycleId: cycle.id, caseId })
  await score(audit.id, {}, 3)
  const sam = await call('auditor:set', { name: 'Sam Lee', role: 'qa_officer' })
  const selection = await call('moderation:select', {
    cycleId: cycle.id,
    seed: 'M',
    assignments: { [String(audit.id)]: sam.id },
    dryRun: false
  })
  moderationId = selection.items[0]!.moderationId!
  const moderation = await call('moderation:open', { moderationId })
  await score(moderation.audit.id, { timescales: 2, 'childs-voice': 1 }, 2)
}

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  await seed()
  useSession.setState({ phase: 'loading', auditor: null, status: null, info: null, error: null })
  useModeration.setState({ cycles: null, list: null, agreement: null, preview: null, flash: null })
  useComparison.setState({ moderationId: null, comparison: null })
  useNavigation.setState({ guard: null, pending: null })
})

afterEach(() => {
  cleanup()
  bridge.dispose()
})

describe('the comparison screen', () => {
  it('shows both audits side by side with each difference written out', async () => {
    openAt({ screen: 'compare', moderationId })
    await screen.findByRole('heading', { level: 1, name: /Compare M-1/ })
    const table = screen.getByRole('table', { name: 'The two audits side by side' })
    const timescales = within(table).getByRole('row', { name: /^Timescales/ })
    expect(within(timescales).getByText('Good')).toBeInTheDocument()
    expect(within(timescales).getByText('Requires improvement')).toBeInTheDocument()
    expect(within(timescales).getByText('One grade apart: discussion needed')).toBeInTheDocument()
    const voice = within(table).getByRole('row', { name: /^Child's voice/ })
    expect(within(voice).getByText('Two grades apart: discussion needed')).toBeInTheDocument()
    expect(within(voice).getAllByText('Notes on childs-voice')).toHaveLength(2)
    const outcome = within(table).getByRole('row', { name: /^Outcome focus/ })
    expect(within(outcome).getByText('Same grade')).toBeInTheDocument()
  })

  it('lists the missing discussion notes in an error summary linked to each note, then records the result', async () => {
    const user = userEvent.setup()
    openAt({ screen: 'compare', moderationId })
    await screen.findByRole('heading', { level: 1, name: /Compare M-1/ })
    // Where both gave the same grade it is filled in; where they differ it is to be chosen.
    expect(screen.getByLabelText('Agreed grade for Outcome focus')).toHaveValue('3')
    expect(screen.getByLabelText('Agreed grade for Timescales')).toHaveValue('')

    await user.click(screen.getByRole('button', { name: 'Record the agreed result' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument()
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent)
    expect(links).toEqual([
      'Choose the agreed grade for Timescales',
      expect.stringMatching(/^Write a discussion note for Timescales/),
      "Choose the agreed grade for Child's voice",
      expect.stringMatching(
        /^Write a discussion note for Child's voice: the grades are two or more apart/
      ),
      'Choose the agreed overall judgement',
      'Write the rationale for the agreed grades'
    ])
    // Each link moves focus to its field, which shows the message too.
    await user.click(within(summary).getByRole('link', { name: /discussion note for Timescales/ }))
    const note = screen.getByLabelText('Discussion note for Timescales')
    expect(note).toHaveFocus()
    expect(note).toHaveAttribute('aria-invalid', 'true')
    expect(note).toHaveAccessibleDescription(/Required: .*Error: Write a discussion note/)

    await user.type(note, 'Two actions have no date.')
    await user.selectOptions(screen.getByLabelText('Agreed grade for Timescales'), '2')
    await user.selectOptions(screen.getByLabelText("Agreed grade for Child's voice"), '3')
    await user.type(
      screen.getByLabelText("Discussion note for Child's voice"),
      'J is quoted on page 2.'
    )
    await user.selectOptions(screen.getByLabelText('Agreed overall judgement'), '2')
    await user.type(
      screen.getByLabelText('Rationale for the agreed grades'),
      'Timescales hold the overall to Requires improvement.'
    )
    await user.click(screen.getByRole('button', { name: 'Record the agreed result' }))
    await screen.findByText(/Agreed result recorded/)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Update the agreed result' })).toBeInTheDocument()
    const row = bridge.context
      .store!.prepare('SELECT status, agreed_overall FROM moderations WHERE id = ?')
      .get(moderationId)
    expect(row).toEqual({ status: 'agreed', agreed_overall: 2 })
    // Recorded, so leaving asks nothing.
    await user.click(screen.getByRole('button', { name: 'Cycles' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit cycles' })).toBeTruthy()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('asks before leaving with an agreed grade or note not yet recorded', async () => {
    const user = userEvent.setup()
    openAt({ screen: 'compare', moderationId })
    await screen.findByRole('heading', { level: 1, name: /Compare M-1/ })
    // The form as it opened holds nothing new: leaving and coming back asks nothing.
    await user.click(screen.getByRole('button', { name: 'Moderation' }))
    await screen.findByRole('heading', { level: 1, name: 'Moderation' })
    useNavigation.getState().go({ screen: 'compare', moderationId })
    const note = await screen.findByLabelText('Discussion note for Timescales')
    await user.type(note, 'Two actions have no date.')

    await user.click(screen.getByRole('button', { name: 'Moderation' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'Leave without recording the agreed result?'
    })
    await user.click(within(dialog).getByRole('button', { name: 'Stay and record them' }))
    expect(screen.getByLabelText('Discussion note for Timescales')).toHaveValue(
      'Two actions have no date.'
    )
    await user.click(screen.getByRole('button', { name: 'Moderation' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard them' })
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Moderation' })).toBeTruthy()
  })

  it('holds the agreed overall to the limiting rule, saying so beside the field', async () => {
    const user = userEvent.setup()
    openAt({ screen: 'compare', moderationId })
    await screen.findByRole('heading', { level: 1, name: /Compare M-1/ })
    await user.selectOptions(screen.getByLabelText('Agreed grade for Timescales'), '2')
    expect(screen.getByLabelText('Agreed overall judgement')).toHaveAccessibleDescription(
      'Overall cannot be better than Requires improvement, because Timescales is graded Requires improvement.'
    )
    await user.selectOptions(screen.getByLabelText('Agreed overall judgement'), '3')
    await user.click(screen.getByRole('button', { name: 'Record the agreed result' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Agreed overall judgement')).toHaveAttribute(
        'aria-invalid',
        'true'
      )
    )
  })
})

describe('the moderation screen', () => {
  it("lists the moderator's queue and the cycle's agreement panel", async () => {
    openAt({ screen: 'moderation' })
    await screen.findByRole('heading', { level: 1, name: 'Moderation' })
    const queue = await screen.findByRole('table', { name: 'Audits for you to moderate' })
    const row = within(queue).getByRole('row', { name: /M-1/ })
    expect(within(row).getByText('Ready to compare')).toBeInTheDocument()
    expect(within(row).getByText('Random share')).toBeInTheDocument()
    const agreement = await screen.findByRole('table', { name: 'Agreement by criterion' })
    const timescales = within(agreement).getByRole('row', { name: /^Timescales/ })
    expect(within(timescales).getByText(/Below threshold/)).toBeInTheDocument()
    expect(within(agreement).getAllByRole('row', { name: /^All criteria/ })).toHaveLength(1)
  })

  it('keeps the last lists in view, dimmed and out of reach, until the new ones arrive', async () => {
    openAt({ screen: 'moderation' })
    const queue = await screen.findByRole('table', { name: 'Audits for you to moderate' })
    expect(within(queue).getByText('Ready to compare')).toBeInTheDocument()
    cleanup()

    // The pair is agreed elsewhere; on return, the lists are held back until released.
    await call('moderation:resolve', {
      moderationId,
      agreed: {
        'outcome-focus': 3,
        timescales: 2,
        robustness: 3,
        'childs-voice': 2,
        'multi-agency': 3
      },
      agreedOverall: 2,
      agreedRationale: 'Timescales limit the plan to Requires improvement.',
      discussion: {
        timescales: 'Two actions have no date.',
        'childs-voice': 'Her words are quoted once.'
      }
    })
    const { release } = holdCalls((name) => name === 'moderation:list')
    openAt({ screen: 'moderation' })
    await screen.findByText('Bringing the lists up to date…')
    const stale = screen.getByRole('table', { name: 'Audits for you to moderate' })
    expect(within(stale).getByText('Ready to compare')).toBeInTheDocument()
    const region = stale.closest('[aria-busy]')
    expect(region).toHaveAttribute('aria-busy', 'true')
    expect(region).toHaveAttribute('inert')

    release()
    await waitFor(() =>
      expect(screen.queryByText('Bringing the lists up to date…')).not.toBeInTheDocument()
    )
    const fresh = screen.getByRole('table', { name: 'Audits for you to moderate' })
    expect(within(fresh).getByText('Agreed')).toBeInTheDocument()
    expect(within(fresh).queryByText('Ready to compare')).not.toBeInTheDocument()
    const chosen = screen.getByRole('table', { name: /Audits chosen for moderation/ })
    expect(within(chosen).getByRole('row', { name: /M-1/ })).toHaveTextContent(/Agreed/)
    expect(chosen.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false')
    expect(chosen.closest('[aria-busy]')).not.toHaveAttribute('inert')
  })

  it("shows the cycle chosen last, whichever cycle's lists arrive last", async () => {
    const user = userEvent.setup()
    await call('cycles:create', { name: 'Later cycle', frameworkKey: 'care-plan-quality' })
    openAt({ screen: 'moderation' })
    const choose = await screen.findByLabelText('Cycle')
    await screen.findByRole('table', { name: /Audits chosen for moderation in M cycle/ })
    const laterId = useModeration.getState().cycles!.find((c) => c.name === 'Later cycle')!.id
    const firstId = useModeration.getState().cycleId!

    // The first cycle's lists are held back until the later cycle's have been shown.
    const { release, settled } = holdCalls(
      (name, input) =>
        name === 'moderation:list' && (input as { cycleId?: number }).cycleId === firstId
    )
    await user.selectOptions(choose, String(laterId))
    await user.selectOptions(choose, String(firstId))
    await user.selectOptions(choose, String(laterId))
    await screen.findByText('No audits in Later cycle have been chosen for moderation yet.')
    release()
    await settled()
    // Everything the late answer sets off runs before the next task.
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(
      screen.getByText('No audits in Later cycle have been chosen for moderation yet.')
    ).toBeInTheDocument()
    expect(screen.queryByText('Bringing the lists up to date…')).not.toBeInTheDocument()
  })
})
