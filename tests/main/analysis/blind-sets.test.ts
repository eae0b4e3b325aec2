import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  expectFloors,
  formatMismatches,
  formatScores,
  printPlans,
  readJsonl,
  repoRoot,
  scorePlans,
  scoreStatements,
  type Floors,
  type LabelledPlan,
  type LabelledStatement
} from './scoring'

// The blind sets: statements and whole plans written and labelled by people who never saw the
// analyser, each in templates and styles the others lack (tests/fixtures/analysis-*/ with their
// READMEs). Every figure and mismatch is printed. Each was scored untouched (its history) and then
// used for tuning with general rules only, so its floors sit just below what is reached; the
// first-run figures are the estimates of accuracy on unseen text.
interface BlindSet {
  folder: string
  statements: number
  plans: number
  /** First (blind) run, then what is reached; kept here so a drop is plain to see. */
  history: string
  statementFloors: Floors
  planFloors: Floors & {
    precision: number
    recall: number
    contingency: number
    childsVoice: number
  }
}

const SETS: BlindSet[] = [
  {
    folder: 'analysis-holdout',
    statements: 150,
    plans: 8,
    history:
      'first run: statements kind 91.3 / clear 96.7 / owner 93.3 / outcome 95.3; plans P 94.1 R 96.9. Reached: 100 on statements; plans 100 but outcome 99.0',
    statementFloors: { kind: 0.98, clear: 0.98, owner: 0.98, outcome: 0.98, timescaleText: 0.98 },
    planFloors: {
      kind: 0.97,
      clear: 0.97,
      owner: 0.97,
      outcome: 0.96,
      timescaleText: 0.97,
      precision: 0.98,
      recall: 0.98,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    folder: 'analysis-final',
    statements: 120,
    plans: 6,
    history:
      'first run: statements 91.7 / 95.0 / 92.5 / 94.2; plans P 95.5 R 94.4. Reached: statements 100 but outcome and text 99.2; plans 100 but text 98.9',
    statementFloors: { kind: 0.97, clear: 0.97, owner: 0.97, outcome: 0.96, timescaleText: 0.96 },
    planFloors: {
      kind: 0.96,
      clear: 0.96,
      owner: 0.96,
      outcome: 0.96,
      timescaleText: 0.96,
      precision: 0.97,
      recall: 0.97,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // A few of its labels contradict the other sets and are left scored wrong (README, and the
    // analyser's fixtures README): "the same day" after a trigger, "date tbc", "and not let him
    // in", a Who cell of "All".
    folder: 'analysis-check3',
    statements: 150,
    plans: 6,
    history:
      'first run: statements 89.3 / 92.7 / 93.3 / 85.3; plans P 91.0 R 83.6, owner 77.0, outcome 72.1. Reached: statements 99.3 / 99.3 / 100 / 99.3; plans P/R 100, fields 97.3-100',
    statementFloors: { kind: 0.97, clear: 0.97, owner: 0.97, outcome: 0.97, timescaleText: 0.96 },
    planFloors: {
      kind: 0.95,
      clear: 0.95,
      owner: 0.94,
      outcome: 0.96,
      timescaleText: 0.94,
      precision: 0.97,
      recall: 0.97,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Scored untouched first (the history), then tuned on with general rules only
    // (case-notes.test.ts), so it no longer estimates accuracy on unseen text.
    folder: 'analysis-check4',
    statements: 150,
    plans: 5,
    history:
      'untouched: statements kind 92.7 / clear 95.3 / owner 91.3 / outcome 94.7 / text 89.3; plans P 100 R 95.8, kind 94.1, clear 95.6, owner 94.1, outcome 92.6. Reached: statements 100 / 100 / 96.7 / 96.7 / 96.7; plans P/R 100, fields 93.0-100',
    statementFloors: { kind: 0.98, clear: 0.98, owner: 0.95, outcome: 0.95, timescaleText: 0.95 },
    planFloors: {
      kind: 0.98,
      clear: 0.98,
      owner: 0.98,
      outcome: 0.91,
      timescaleText: 0.98,
      precision: 0.98,
      recall: 0.98,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper who read only the shared contract and dev files, in styles the
    // others lack: formal passives, outcome-first and long multi-clause sentences, form fragments,
    // a Signs of Safety plan, a wrapped pipe table, a tab-separated export and a letter. Scored
    // untouched (the history), then tuned on with general rules only (case-notes.test.ts).
    folder: 'analysis-check5',
    statements: 150,
    plans: 4,
    history:
      'untouched: statements kind 83.3 / clear 95.3 / owner 76.0 / outcome 90.0 / text 79.3; plans P 79.3 R 90.2, contingency 75, kind 87.0, clear 95.7, owner 76.1, outcome 84.8, text 82.6. Reached: statements 98.0 / 98.0 / 96.0 / 92.7 / 96.0; plans P/R 100, contingency 100, fields 92.2-98.0',
    statementFloors: { kind: 0.97, clear: 0.97, owner: 0.95, outcome: 0.92, timescaleText: 0.95 },
    planFloors: {
      kind: 0.95,
      clear: 0.97,
      owner: 0.97,
      outcome: 0.91,
      timescaleText: 0.93,
      precision: 0.98,
      recall: 0.98,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper after the tuning on check4 and check5, in styles again new:
    // minutes, dictation errors, wording addressed to the child, very short lines, lettered
    // actions under numbered outcomes, a danger statement, a Markdown checklist and an email.
    // Scored untouched (the history): those figures are the latest estimate on unseen text.
    // Then tuned on with general rules only (case-notes.test.ts).
    folder: 'analysis-check6',
    statements: 150,
    plans: 4,
    history:
      'untouched: statements kind 88.7 / clear 94.7 / owner 90.0 / outcome 94.0 / text 85.3; plans P 84.7 R 90.9, contingency 25, kind 92.0, clear 94.0, owner 74.0, outcome 90.0, text 86.0. Reached: statements 95.3 / 97.3 / 98.0 / 93.3 / 92.7; plans P 100 R 98.2, contingency 100, fields 90.7-96.3',
    statementFloors: { kind: 0.94, clear: 0.96, owner: 0.97, outcome: 0.92, timescaleText: 0.91 },
    planFloors: {
      kind: 0.95,
      clear: 0.95,
      owner: 0.95,
      outcome: 0.89,
      timescaleText: 0.89,
      precision: 0.98,
      recall: 0.97,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper after the tuning on check4 to check6, in the everyday register
    // of real plans (mostly plain sentences, some shorthand and pasted tables) and five ordinary
    // templates. Its untouched figures (the history) are the latest estimate of accuracy on the
    // plans a QA officer actually samples; then tuned on with general rules only.
    folder: 'analysis-check7',
    statements: 150,
    plans: 5,
    history:
      'untouched: statements kind 96.7 / clear 97.3 / owner 97.3 / outcome 90.0 / text 94.7; plans P 92.9 R 95.6, contingency 80, kind 95.4, clear 96.9, owner 100, outcome 96.9, text 95.4. Reached: statements 98.7 / 98.7 / 97.3 / 90.0 / 96.7; plans P/R 100, contingency 100, fields 97.1-100',
    statementFloors: { kind: 0.97, clear: 0.97, owner: 0.96, outcome: 0.89, timescaleText: 0.95 },
    planFloors: {
      kind: 0.97,
      clear: 0.98,
      owner: 0.98,
      outcome: 0.95,
      timescaleText: 0.97,
      precision: 0.98,
      recall: 0.98,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper after the tuning on check4 to check7: ordinary plans with less
    // common services, relatives and wording, and five templates again new. Its untouched
    // figures (the history) are the latest estimate on unseen text; then tuned on with general
    // rules only.
    folder: 'analysis-check8',
    statements: 150,
    plans: 5,
    history:
      'untouched: statements kind 89.3 / clear 94.7 / owner 92.7 / outcome 93.3 / text 87.3; plans P 92.5 R 87.3, contingency 100, kind 93.5, clear 93.5, owner 83.9, outcome 83.9, text 91.9. Reached: statements 92.7 / 97.3 / 95.3 / 94.0 / 92.0; plans P 98.6 R 95.8, fields 85.3-97.1',
    statementFloors: { kind: 0.91, clear: 0.96, owner: 0.94, outcome: 0.93, timescaleText: 0.91 },
    planFloors: {
      kind: 0.96,
      clear: 0.96,
      owner: 0.93,
      outcome: 0.84,
      timescaleText: 0.94,
      precision: 0.97,
      recall: 0.94,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper after the tuning on check4 to check8, as a sample of 25 ordinary
    // plans from five councils, good and poor practice mixed. Its untouched figures (the history)
    // are the latest estimate on unseen text; then tuned on with general rules only.
    folder: 'analysis-check9',
    statements: 150,
    plans: 5,
    history:
      'untouched: statements kind 96.0 / clear 98.0 / owner 98.7 / outcome 98.0 / text 93.3; plans P 92.3 R 81.4, contingency 60, child views 60, kind 93.8, clear 97.9, owner 66.7, outcome 87.5, text 87.5. Reached: statements 96.7 / 98.7 / 98.7 / 98.0 / 94.0; plans P 100 R 98.3, contingency and views 100, fields 87.9-98.3',
    statementFloors: { kind: 0.96, clear: 0.98, owner: 0.98, outcome: 0.97, timescaleText: 0.93 },
    planFloors: {
      kind: 0.95,
      clear: 0.97,
      owner: 0.97,
      outcome: 0.86,
      timescaleText: 0.9,
      precision: 0.98,
      recall: 0.97,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper after the tuning on check4 to check9, mainly whole plans: eight
    // templates again new. Its untouched figures (the history) are the latest estimate; then
    // tuned on with general rules only. Two of its conventions are left scored wrong because
    // other independent sets disagree: a Who/What/When block's action sits on its What line
    // (check3), and "The plan will be reviewed at ..." under a Review heading is an action
    // (check7).
    folder: 'analysis-check10',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 100 / clear 100 / owner 100 / outcome 98.3 / text 95.0; plans P 76.0 R 89.9, contingency 100, child views 50, kind 99.0, clear 99.0, owner 92.9, outcome 95.9, text 94.9. Reached: statements unchanged; plans P 89.1 R 89.9, contingency and views 100, fields 95.9-100',
    statementFloors: { kind: 0.99, clear: 0.99, owner: 0.99, outcome: 0.96, timescaleText: 0.93 },
    planFloors: {
      kind: 0.98,
      clear: 0.98,
      owner: 0.97,
      outcome: 0.94,
      timescaleText: 0.94,
      precision: 0.88,
      recall: 0.88,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper after all the tuning above, mainly whole plans: eight templates
    // again new. Its untouched figures were the estimate on unseen plans until analysis-check12
    // was written; then it was tuned on (bracketed Lead/Target fields, running headers, long
    // lettered contingency headings, a Who cell of "All", conditions in a When cell).
    folder: 'analysis-check11',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 98.3 / owner 100 / outcome 95.0 / text 91.7; plans P 91.7 R 92.6, contingency 87.5, child views 87.5, kind 95.0, clear 98.0, owner 91.0, outcome 91.0, text 95.0. Reached: statements kind 96.7 / text 93.3, the rest unchanged; plans P 98.2 R 99.1, contingency 100, child views 87.5, kind 99.1, clear 100, owner 99.1, outcome 92.5, text 99.1',
    statementFloors: { kind: 0.96, clear: 0.97, owner: 0.99, outcome: 0.94, timescaleText: 0.93 },
    planFloors: {
      kind: 0.98,
      clear: 0.99,
      owner: 0.98,
      outcome: 0.92,
      timescaleText: 0.98,
      precision: 0.97,
      recall: 0.98,
      contingency: 1,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper after check11 was tuned on: eight templates again new, an
    // ordinary sample. Its untouched figures were the estimate on unseen plans until
    // analysis-check13 was written; then it was tuned on (drawn +---+ tables, tables set out in
    // spaces, ACTION: lines in minutes, RAG tags and Update lines, "That ..." recommendations).
    folder: 'analysis-check12',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 91.7 / clear 96.7 / owner 96.7 / outcome 95.0 / text 85.0; plans P 73.0 R 78.8, contingency 100, child views 75.0, kind 96.6, clear 97.8, owner 74.2, outcome 84.3, text 93.3. Reached: statements unchanged; plans P 97.4 R 99.1, kind 97.3, clear 98.2, owner 93.8, outcome 94.6, text 95.5',
    statementFloors: { kind: 0.91, clear: 0.96, owner: 0.96, outcome: 0.94, timescaleText: 0.84 },
    planFloors: {
      kind: 0.97,
      clear: 0.98,
      owner: 0.93,
      outcome: 0.94,
      timescaleText: 0.95,
      precision: 0.97,
      recall: 0.99,
      contingency: 1,
      childsVoice: 0.75
    }
  },
  {
    // Written blind by a helper after check12 was tuned on: eight templates again new, an
    // ordinary sample. Its untouched figures were the estimate on unseen plans until
    // analysis-check14 was written; then it was tuned on ("WHO: action" lines, "We'll know
    // because" cells, support-package tables, more vague and review-point wording).
    folder: 'analysis-check13',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 86.7 / clear 93.3 / owner 96.7 / outcome 96.7 / text 83.3; plans P 89.8 R 88.3, contingency 100, child views 100, kind 98.1, clear 99.1, owner 97.2, outcome 81.1, text 97.2. Reached: statements kind 95.0 / clear 95.0 / text 91.7, the rest unchanged; plans P 92.9 R 97.5, kind 99.1, clear 99.1, owner 97.4, outcome 88.9, text 98.3',
    statementFloors: { kind: 0.94, clear: 0.94, owner: 0.96, outcome: 0.96, timescaleText: 0.91 },
    planFloors: {
      kind: 0.99,
      clear: 0.99,
      owner: 0.97,
      outcome: 0.88,
      timescaleText: 0.98,
      precision: 0.92,
      recall: 0.97,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper after check13 was tuned on: eight templates again new, an
    // ordinary sample. Its untouched figures were the estimate on unseen plans until
    // analysis-check15 was written; then it was tuned on (a "When - Who - What" timeline, a grid
    // exported as CSV, "Action / recommendation" columns, items with Lead and By fields).
    folder: 'analysis-check14',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 98.3 / clear 98.3 / owner 96.7 / outcome 91.7 / text 91.7; plans P 82.5 R 72.1, contingency 100, child views 100, kind 82.5, clear 88.8, owner 81.3, outcome 87.5, text 77.5. Reached: statements unchanged; plans P 87.4 R 100, kind 96.4, clear 97.3, owner 97.3, outcome 88.3, text 93.7',
    statementFloors: { kind: 0.98, clear: 0.98, owner: 0.96, outcome: 0.91, timescaleText: 0.91 },
    planFloors: {
      kind: 0.96,
      clear: 0.97,
      owner: 0.97,
      outcome: 0.88,
      timescaleText: 0.93,
      precision: 0.87,
      recall: 0.99,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper after check14 was tuned on: eight templates again new, an
    // ordinary sample. Its untouched figures were the estimate on unseen plans until
    // analysis-check16 was written; then it was tuned on ("Step n (who; when): what", an
    // "Action (who)" column, wide gaps between Action/Lead/Timescale fields, cadence cells).
    folder: 'analysis-check15',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 96.7 / clear 98.3 / owner 98.3 / outcome 95.0 / text 96.7; plans P 94.2 R 76.4, contingency 87.5, child views 87.5, kind 86.6, clear 90.7, owner 79.4, outcome 86.6, text 84.5. Reached: statements unchanged; plans P 95.4 R 97.6, kind 88.7, clear 91.9, owner 87.1, outcome 87.1, text 87.1',
    statementFloors: { kind: 0.96, clear: 0.98, owner: 0.98, outcome: 0.94, timescaleText: 0.96 },
    planFloors: {
      kind: 0.88,
      clear: 0.91,
      owner: 0.87,
      outcome: 0.87,
      timescaleText: 0.87,
      precision: 0.95,
      recall: 0.97,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper after check15 was tuned on: eight templates again new, an
    // ordinary sample. Its untouched figures were the estimate on unseen plans until
    // analysis-check17 was written; then it was tuned on (a first column merged down a table,
    // " / "-separated Lead/Target/Evidence fields, an [All] tag, a bare "same day").
    folder: 'analysis-check16',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 93.3 / clear 95.0 / owner 98.3 / outcome 88.3 / text 91.7; plans P 88.3 R 92.2, contingency 100, child views 75.0, kind 94.3, clear 97.2, owner 96.2, outcome 81.1, text 88.7. Reached: statements unchanged; plans P 89.1 R 100, kind 96.5, clear 98.3, owner 99.1, outcome 79.1 (over the nine more actions now found), text 91.3',
    statementFloors: { kind: 0.93, clear: 0.94, owner: 0.98, outcome: 0.88, timescaleText: 0.91 },
    planFloors: {
      kind: 0.96,
      clear: 0.98,
      owner: 0.99,
      outcome: 0.79,
      timescaleText: 0.91,
      precision: 0.89,
      recall: 0.99,
      contingency: 1,
      childsVoice: 0.75
    }
  },
  {
    // Written blind by a helper after check16 was tuned on: eight templates again new, an
    // ordinary sample. Its untouched figures were the estimate on unseen plans until
    // analysis-check18 was written; then it was tuned on (tables drawn with box lines, a task
    // list's Subject and Assigned to, a Word form's empty fields, questions set out as headings).
    folder: 'analysis-check17',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 96.7 / owner 95.0 / outcome 90.0 / text 90.0; plans P 81.7 R 97.5, contingency 87.5, child views 75.0, kind 92.2, clear 94.0, owner 75.9, outcome 75.9, text 81.9. Reached: statements unchanged; plans P 85.5 R 99.2, kind 94.1, clear 95.8, owner 86.4, outcome 82.2, text 83.9',
    statementFloors: { kind: 0.94, clear: 0.96, owner: 0.94, outcome: 0.89, timescaleText: 0.89 },
    planFloors: {
      kind: 0.94,
      clear: 0.95,
      owner: 0.86,
      outcome: 0.82,
      timescaleText: 0.83,
      precision: 0.85,
      recall: 0.99,
      contingency: 0.87,
      childsVoice: 0.75
    }
  },
  {
    // Written blind by a helper after check17 was tuned on: eight templates again new, an
    // ordinary sample. Its untouched figures were the estimate on unseen plans until
    // analysis-check19 was written; then it was tuned on (lists set out with dot leaders, a
    // bracket of fields "[Lead: ...; By: ...]", "+" lists, two-space field lines with a Success
    // field, sub-headings inside a table, print footers, "Contingency: ---").
    folder: 'analysis-check18',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 96.7 / clear 98.3 / owner 96.7 / outcome 90.0 / text 93.3; plans P 93.4 R 88.4, contingency 75.0, child views 87.5, kind 98.0, clear 100, owner 73.7, outcome 82.8, text 97.0. Reached: statements unchanged; plans P 94.9 R 99.1, contingency 87.5, kind 100, clear 100, owner 100, outcome 89.2, text 99.1',
    statementFloors: { kind: 0.96, clear: 0.98, owner: 0.96, outcome: 0.89, timescaleText: 0.93 },
    planFloors: {
      kind: 0.99,
      clear: 0.99,
      owner: 0.99,
      outcome: 0.89,
      timescaleText: 0.99,
      precision: 0.94,
      recall: 0.99,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper after check18 was tuned on: eight templates again new, an
    // ordinary sample. Its untouched figures were the estimate on unseen plans until
    // analysis-check20 was written; then it was tuned on (cells set apart by " // " or arrows, a
    // table converted to text with semicolons, a key line naming the columns, vague phrases).
    folder: 'analysis-check19',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 78.3 / clear 91.7 / owner 93.3 / outcome 93.3 / text 71.7; plans P 85.4 R 89.7, contingency 87.5, child views 62.5, kind 90.5, clear 92.4, owner 54.3, outcome 77.1, text 85.7. Reached: statements kind 90.0 / clear 91.7 / owner 95.0 / outcome 93.3 / text 83.3; plans P 87.1 R 98.3, kind 94.8, clear 95.7, owner 82.6, outcome 86.1, text 91.3',
    statementFloors: { kind: 0.9, clear: 0.91, owner: 0.95, outcome: 0.93, timescaleText: 0.83 },
    planFloors: {
      kind: 0.94,
      clear: 0.95,
      owner: 0.82,
      outcome: 0.86,
      timescaleText: 0.91,
      precision: 0.87,
      recall: 0.98,
      contingency: 0.87,
      childsVoice: 0.62
    }
  },
  {
    // Written blind by a helper after check19 was tuned on: eight templates again new, an
    // ordinary sample. Its untouched figures were the estimate on unseen plans until
    // analysis-check21 was written; then it was tuned on ("¦" and "::" cells, a title naming the
    // columns in brackets, a task list's @ assignee, two When columns, "What X and Y say").
    folder: 'analysis-check20',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 78.3 / clear 88.3 / owner 93.3 / outcome 90.0 / text 65.0; plans P 86.7 R 77.8, contingency 100, child views 100, kind 89.0, clear 92.3, owner 67.0, outcome 78.0, text 79.1. Reached: statements kind 86.7 / clear 88.3 / owner 93.3 / outcome 90.0 / text 73.3; plans P 90.6 R 98.3, contingency 100, child views 100, kind 95.7, clear 98.3, owner 90.4, outcome 86.1, text 89.6',
    statementFloors: { kind: 0.88, clear: 0.9, owner: 0.93, outcome: 0.9, timescaleText: 0.76 },
    planFloors: {
      kind: 0.94,
      clear: 0.97,
      owner: 0.9,
      outcome: 0.83,
      timescaleText: 0.88,
      precision: 0.9,
      recall: 0.98,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper after check20 was tuned on: eight templates again new, an
    // ordinary sample. Its untouched figures were the estimate on unseen plans until
    // analysis-check22 was written; then it was tuned on (cells set apart by "~", ">>" or "·",
    // HTML rows, a scanned form ruled with underscores, a key line's columns kept across group
    // headings, "Step 2.1" numbering, initialled entry stamps, bank holidays, vague phrases).
    folder: 'analysis-check21',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 73.3 / clear 86.7 / owner 90.0 / outcome 90.0 / text 68.3; plans P 92.5 R 71.1, contingency 87.5, child views 87.5, kind 75.6, clear 88.4, owner 47.7, outcome 87.2, text 72.1. Reached: statements kind 93.3 / clear 95.0 / owner 91.7 / outcome 90.0 / text 91.7; plans P 97.6 R 99.2, contingency 100, child views 100, kind 97.5, clear 98.3, owner 98.3, outcome 88.3, text 95.8',
    statementFloors: { kind: 0.93, clear: 0.95, owner: 0.91, outcome: 0.9, timescaleText: 0.91 },
    planFloors: {
      kind: 0.95,
      clear: 0.97,
      owner: 0.97,
      outcome: 0.88,
      timescaleText: 0.94,
      precision: 0.95,
      recall: 0.99,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check21 was being tuned on, never seeing the analyser:
    // eight export formats again new. Its untouched figures were the estimate on unseen plans
    // until analysis-check23 was written; then it was tuned on ("▸" and "^" cells, raw RTF table
    // rows, JSON records, emoji-marked fields, a printed web form's drop-downs and radio buttons,
    // todo.txt tasks, "Action three colon", a meeting due by in a named month, vague phrases).
    folder: 'analysis-check22',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 81.7 / clear 93.3 / owner 83.3 / outcome 88.3 / text 75.0; plans P 85.3 R 45.7, contingency 62.5, child views 87.5, kind 72.4, clear 81.0, owner 32.8, outcome 84.5, text 58.6. Reached: statements kind 90.0 / clear 93.3 / owner 83.3 / outcome 88.3 / text 83.3; plans P 93.2 R 97.6, contingency 87.5, kind 91.9, clear 94.4, owner 96.8, outcome 84.7 (over the 66 more actions now found), text 87.9',
    statementFloors: { kind: 0.9, clear: 0.93, owner: 0.83, outcome: 0.88, timescaleText: 0.83 },
    planFloors: {
      kind: 0.91,
      clear: 0.94,
      owner: 0.96,
      outcome: 0.84,
      timescaleText: 0.87,
      precision: 0.93,
      recall: 0.97,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper after check21 was tuned on, while check22 was (never seeing the
    // analyser or those rules): eight ordinary council templates again new. Its untouched
    // figures were the estimate on unseen plans until analysis-check24 was written; then it was
    // tuned on ([NEW] and [REVISED] tags, "(was: ...)" old timescales, SMART headings written
    // "S - ...", "In Kai's words", "Taken out of the plan", "If things change", vague phrases).
    folder: 'analysis-check23',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 83.3 / clear 96.7 / owner 91.7 / outcome 95.0 / text 75.0; plans P 86.7 R 100, contingency 87.5, child views 75.0, kind 96.0, clear 97.6, owner 83.9, outcome 86.3, text 94.4. Reached: statements kind 93.3 / clear 96.7 / owner 91.7 / outcome 95.0 / text 86.7; plans P 91.9 R 100, contingency 100, child views 100, kind 98.4, clear 99.2, owner 96.0, outcome 87.1, text 97.6',
    statementFloors: { kind: 0.93, clear: 0.96, owner: 0.91, outcome: 0.95, timescaleText: 0.86 },
    planFloors: {
      kind: 0.98,
      clear: 0.99,
      owner: 0.95,
      outcome: 0.87,
      timescaleText: 0.97,
      precision: 0.91,
      recall: 1,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check23 was being tuned on, never seeing the analyser:
    // eight ordinary council templates again new. Its untouched figures were the estimate on
    // unseen plans until analysis-check25 was written; then it was tuned on (a "Step" column,
    // ST/MT/LT When cells, an assessment's "It is recommended that" list under a numbered section,
    // a family network's own "Name: I will ..." lines).
    folder: 'analysis-check24',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 88.3 / clear 98.3 / owner 98.3 / outcome 88.3 / text 83.3; plans P 90.4 R 74.0, contingency 87.5, child views 75.0, kind 95.7, clear 97.9, owner 98.9, outcome 87.2, text 91.5. Reached: plans P 91.7 R 95.3, kind 95.9, clear 97.5, owner 99.2, outcome 86.8 (over the 27 more actions now found), text 92.6',
    statementFloors: { kind: 0.88, clear: 0.98, owner: 0.98, outcome: 0.88, timescaleText: 0.83 },
    planFloors: {
      kind: 0.95,
      clear: 0.97,
      owner: 0.99,
      outcome: 0.86,
      timescaleText: 0.92,
      precision: 0.91,
      recall: 0.95,
      contingency: 0.87,
      childsVoice: 0.75
    }
  },
  {
    // Written blind by a helper while check24 was being tuned on, never seeing the analyser:
    // eight ordinary council templates again new. Its untouched figures were the estimate on
    // unseen plans until analysis-check26 was written; then it was tuned on (a "What will help"
    // column, a Named lead over an Agency, a "You said" table, "TM asked SW to ...", "Agreed that
    // SW will ...", "by next supervision").
    folder: 'analysis-check25',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 96.7 / clear 98.3 / owner 88.3 / outcome 95.0 / text 90.0; plans P 94.6 R 82.7, contingency 87.5, child views 100, kind 77.1, clear 81.9, owner 71.4, outcome 84.8, text 75.2. Reached: plans P 96.2 R 98.4, kind 87.2, clear 89.6, owner 98.4, outcome 85.6, text 86.4',
    statementFloors: { kind: 0.96, clear: 0.98, owner: 0.88, outcome: 0.95, timescaleText: 0.9 },
    planFloors: {
      kind: 0.87,
      clear: 0.89,
      owner: 0.98,
      outcome: 0.85,
      timescaleText: 0.86,
      precision: 0.96,
      recall: 0.98,
      contingency: 0.87,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check25 was being tuned on, never seeing the analyser:
    // eight ordinary council templates again new. Its untouched figures were the estimate on
    // unseen plans until analysis-check27 was written; then it was tuned on (a chronology's
    // "Action arising" column beside its Date, "None" and "NFA" as no action, "ICPC + 5 wd",
    // "by CG2", "within 5 days of today's meeting", vague phrases).
    folder: 'analysis-check26',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 90.0 / clear 95.0 / owner 95.0 / outcome 91.7 / text 75.0; plans P 93.5 R 86.5, contingency 87.5, child views 87.5, kind 82.6, clear 93.9, owner 98.3, outcome 89.6, text 79.1. Reached: statements kind 93.3 / text 80.0; plans P 93.5 R 97.7, kind 88.5, clear 96.2, owner 98.5, outcome 90.8, text 85.4',
    statementFloors: { kind: 0.93, clear: 0.95, owner: 0.95, outcome: 0.91, timescaleText: 0.8 },
    planFloors: {
      kind: 0.88,
      clear: 0.96,
      owner: 0.98,
      outcome: 0.9,
      timescaleText: 0.85,
      precision: 0.93,
      recall: 0.97,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check26 was being tuned on, never seeing the analyser:
    // eight ordinary council templates again new. Its untouched figures were the estimate on
    // unseen plans until analysis-check28 was written; then it was tuned on (a day-by-day plan,
    // "Mon 18/05: Sarah and Mike visit ...", a room-by-room table of what each room needs to look
    // like, a weekday's short name before a date).
    folder: 'analysis-check27',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 91.7 / clear 98.3 / owner 93.3 / outcome 91.7 / text 81.7; plans P 89.8 R 84.8, contingency 100, child views 75.0, kind 92.5, clear 94.3, owner 98.1, outcome 86.8, text 90.6. Reached: plans P 91.2 R 100, contingency 100, child views 100, kind 96.0, clear 97.6, owner 96.8, outcome 88.8, text 94.4',
    statementFloors: { kind: 0.91, clear: 0.98, owner: 0.93, outcome: 0.91, timescaleText: 0.81 },
    planFloors: {
      kind: 0.92,
      clear: 0.94,
      owner: 0.96,
      outcome: 0.85,
      timescaleText: 0.9,
      precision: 0.9,
      recall: 1,
      contingency: 1,
      childsVoice: 0.75
    }
  },
  {
    // Written blind by a helper while check27 was being tuned on: eight ordinary council templates
    // again new (a life-limiting condition plan with a Contact column, a Signs of Safety mapping
    // table with no who or when, owners written first in capitals, a conference outcome summary in
    // reported speech, an identity plan's "Agreed:" lines, "Last time / What happened / Next", a
    // temporary accommodation plan with a Where column, an Assess-Plan-Do-Review form). It was the
    // estimate on unseen plans until analysis-check29 was written; then it was tuned on (the
    // mapping table's columns, "It was agreed that:" lists, parked "Still to talk about:" lines,
    // an APDR form's PLAN targets, layout keys, names listed with commas).
    folder: 'analysis-check28',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 95.0 / owner 91.7 / outcome 90.0 / text 90.0; plans P 86.5 R 87.2, contingency 87.5, child views 75.0, kind 89.9, clear 92.7, owner 89.9, outcome 86.2, text 86.2. Reached: statements 100 / 100 / 96.7 / 91.7 / 96.7; plans P 99.2 R 100, contingency 100, child views 100, kind 99.2, clear 99.2, owner 100, outcome 90.4, text 97.6',
    statementFloors: { kind: 0.99, clear: 0.99, owner: 0.96, outcome: 0.91, timescaleText: 0.96 },
    planFloors: {
      kind: 0.99,
      clear: 0.99,
      owner: 0.99,
      outcome: 0.9,
      timescaleText: 0.97,
      precision: 0.99,
      recall: 0.99,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check28 was being tuned on: eight document types again new
    // (a joint Child in Need and Channel plan with a VAF column, a leaving worker's status-tagged
    // to-do list, a forced-marriage ICPC plan with a "Share with family?" column, an exploitation
    // plan under the four Ps, a Lifelong Links plan of "who - what - when" lines beside a network
    // list, a Setting Up Home Allowance spending table, a "Waiting Well" plan, a return home
    // interview whose "By:" means who). It was the estimate on unseen plans until
    // analysis-check30 was written; then it was tuned on (the spending table's columns, status
    // tags, coded actions, "Action: ... By: ... When:" fields, tick boxes, "If Jodie goes missing
    // again", days families name such as Pancake Day and key day).
    folder: 'analysis-check29',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 90.0 / clear 93.3 / owner 86.7 / outcome 86.7 / text 83.3; plans P 84.7 R 84.1, contingency 62.5, child views 100, kind 89.2, clear 91.0, owner 91.0, outcome 87.4, text 85.6. Reached: statements 96.7 / 98.3 / 95.0 / 90.0 / 91.7; plans P 96.3 R 98.5, contingency 100, child views 100, kind 96.2, clear 98.5, owner 97.7, outcome 89.2, text 92.3',
    statementFloors: { kind: 0.96, clear: 0.98, owner: 0.95, outcome: 0.9, timescaleText: 0.91 },
    planFloors: {
      kind: 0.96,
      clear: 0.98,
      owner: 0.97,
      outcome: 0.89,
      timescaleText: 0.92,
      precision: 0.96,
      recall: 0.98,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check29 was being tuned on: eight document types again new
    // (a neonatal discharge plan, a step-down form copying the CP actions with "Carry on under
    // CIN?", a hoarding ICPC plan whose steps start with [WHEN], a MAPPA review with tagged
    // actions, a twin-track interim care plan with a Track column, a "triple planning" pathway
    // plan, a bereavement plan with dated difficult days, a Quick Help menu where only ticked
    // lines are actions). It was the estimate on unseen plans until analysis-check31 was written;
    // then it was tuned on (a When in square brackets, the step-down table's columns, names with
    // their role in brackets, a ticked support menu, "agreed by the core group", doses and days).
    folder: 'analysis-check30',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 83.3 / clear 88.3 / owner 98.3 / outcome 93.3 / text 71.7; plans P 90.4 R 95.7, contingency 100, child views 87.5, kind 90.2, clear 96.2, owner 83.3, outcome 87.1, text 88.6. Reached: statements 96.7 / 98.3 / 98.3 / 93.3 / 83.3; plans P 95.2 R 100, contingency 100, child views 87.5, kind 92.0, clear 97.8, owner 96.4, outcome 90.6, text 90.6',
    statementFloors: { kind: 0.96, clear: 0.98, owner: 0.98, outcome: 0.93, timescaleText: 0.83 },
    planFloors: {
      kind: 0.92,
      clear: 0.97,
      owner: 0.96,
      outcome: 0.9,
      timescaleText: 0.9,
      precision: 0.95,
      recall: 1,
      contingency: 1,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check30 was being tuned on: eight document types again new
    // (an eating disorder plan with a "Helped by" column, a narrowboat family's "action / who /
    // when" lines, an online abuse ICPC table ending in the child's words, "We ask X to ..."
    // lines, a trafficking care plan with an "Explained to Minh?" column, a pregnancy countdown in
    // weeks, an Army deployment plan, a fire-setting form's "Action n: ... | Owner: ... | Due:"
    // lines). It was the estimate on unseen plans until analysis-check32 was written; then it was
    // tuned on (slash-separated fields under a key, "We ask X to", a table headed "#", numbered
    // fields, doses, fixed-date days, asides about the subject).
    folder: 'analysis-check31',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 85.0 / clear 85.0 / owner 96.7 / outcome 91.7 / text 78.3; plans P 98.4 R 91.0, contingency 87.5, child views 100, kind 87.6, clear 90.9, owner 74.4, outcome 81.0, text 81.8. Reached: statements 93.3 / 93.3 / 98.3 / 91.7 / 90.0; plans P 99.3 R 100, contingency 100, child views 100, kind 93.2, clear 94.0, owner 100, outcome 88.0, text 87.2',
    statementFloors: { kind: 0.93, clear: 0.93, owner: 0.98, outcome: 0.91, timescaleText: 0.9 },
    planFloors: {
      kind: 0.93,
      clear: 0.93,
      owner: 1,
      outcome: 0.87,
      timescaleText: 0.87,
      precision: 0.99,
      recall: 1,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check31 was being tuned on: eight document types again new
    // (a Traveller family's plan with a "While we are travelling" column, a missing-education
    // checklist, a plan after a practice review with Responsible and Accountable columns, a
    // cuckooing plan whose lines end with the mother's view, a section 20 agreement and interim
    // care plan, a rehab leaver's table with an "If I slip" column, a football trust's "match
    // plan", a social prescriber's "What matters to me" form). It was the estimate on unseen plans
    // until analysis-check33 was written; then it was tuned on (a themed table's columns, letter
    // codes, home standards, quoted wishes, notes saying a list is not actions, festivals).
    folder: 'analysis-check32',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 91.7 / clear 95.0 / owner 98.3 / outcome 91.7 / text 81.7; plans P 82.4 R 86.7, contingency 100, child views 87.5, kind 94.0, clear 96.6, owner 99.1, outcome 91.5, text 90.6. Reached: statements 100 / 100 / 98.3 / 91.7 / 91.7; plans P 97.1 R 100, contingency 100, child views 87.5, kind 96.3, clear 97.0, owner 99.3, outcome 91.1 (over 18 more actions found), text 93.3',
    statementFloors: { kind: 1, clear: 1, owner: 0.98, outcome: 0.91, timescaleText: 0.91 },
    planFloors: {
      kind: 0.96,
      clear: 0.96,
      owner: 0.99,
      outcome: 0.91,
      timescaleText: 0.93,
      precision: 0.97,
      recall: 1,
      contingency: 1,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check32 was being tuned on: eight document types again new
    // (a special guardianship support plan with a "Paid for by" column, a school safeguarding log
    // with ">" actions, a cannabis-ingestion ICPC plan with a ticked checklist, an IDVA safety plan
    // as "If this happens / What we will do", a child living on a hospital ward, an apprenticeship
    // pathway plan, a sleep plan with When first, an Acceptable Behaviour Contract). It was the
    // estimate on unseen plans until analysis-check34 was written; then it was tuned on ("[n]"
    // items with "-- Lead: -- Target:" fields, "my part of the plan", a key to codes, a "How
    // quickly" column, doses by the hour, open-ended waits).
    folder: 'analysis-check33',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 78.3 / clear 88.3 / owner 96.7 / outcome 88.3 / text 76.7; plans P 93.8 R 93.0, contingency 87.5, child views 75.0, kind 90.0, clear 95.8, owner 95.0, outcome 87.5, text 85.8. Reached: statements 91.7 / 93.3 / 96.7 / 88.3 / 90.0; plans P 98.5 R 100, contingency 87.5, child views 75.0, kind 96.9, clear 99.2, owner 99.2, outcome 87.6, text 93.0',
    statementFloors: { kind: 0.91, clear: 0.93, owner: 0.96, outcome: 0.88, timescaleText: 0.89 },
    planFloors: {
      kind: 0.96,
      clear: 0.99,
      owner: 0.96,
      outcome: 0.86,
      timescaleText: 0.92,
      precision: 0.97,
      recall: 1,
      contingency: 0.87,
      childsVoice: 0.74
    }
  },
  {
    // Written blind by a helper while check33 was being tuned on: eight document types again new
    // (a plan made while the mother is detained under the Mental Health Act, a section 37 report's
    // lettered proposals, a dog-bite ICPC table with a "So that" column, a core group's action
    // tracker, a care plan addendum with "[Lead: ...] [By: ...]" bullets, a pathway review done by
    // text message, a resettlement plan with Who and When first, Team Around the Child minutes
    // with an action log). It was the estimate on unseen plans until analysis-check35 was
    // written; then it was tuned on (message time stamps, "Plan is:", an agenda, "AP6" codes with
    // fields two spaces apart, "within the week", "tmrw", open-ended waits).
    folder: 'analysis-check34',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 76.7 / clear 86.7 / owner 96.7 / outcome 93.3 / text 70.0; plans P 88.8 R 89.6, contingency 87.5, child views 87.5, kind 92.2, clear 97.1, owner 88.3, outcome 86.4, text 91.3. Reached: statements 90.0 / 93.3 / 96.7 / 93.3 / 80.0; plans P 92.7 R 99.1, contingency 87.5, child views 87.5, kind 93.9, clear 98.2, owner 92.1, outcome 86.8, text 93.0',
    statementFloors: { kind: 0.89, clear: 0.93, owner: 0.96, outcome: 0.93, timescaleText: 0.79 },
    planFloors: {
      kind: 0.93,
      clear: 0.98,
      owner: 0.92,
      outcome: 0.86,
      timescaleText: 0.92,
      precision: 0.92,
      recall: 0.99,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check34 was being tuned on: eight document types again new
    // (a newborn with Down syndrome, a 15-year-old father's ">>" lines, steps that start "[When |
    // Who]", a task board's cards, a secure welfare order's "NEED -- action -- lead: -- by:"
    // lines, a review recorded in an email and its reply, a hospice-led plan in semicolon rows, a
    // gambling-harm plan's "n) action - lead: - due:" lines). It was the estimate on unseen plans
    // until analysis-check36 was written; then it was tuned on ("Each line reads: a / b / c" keys,
    // "[When | Who]" brackets, ">>" items, a task board's open and done cards).
    folder: 'analysis-check35',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 96.7 / clear 100 / owner 100 / outcome 98.3 / text 96.7; plans P 89.1 R 78.9, contingency 100, child views 87.5, kind 93.3, clear 96.7, owner 65.6, outcome 82.2, text 94.4. Reached: statements unchanged; plans P 94.1 R 97.4, contingency 100, child views 87.5, kind 93.7, clear 97.3, owner 96.4, outcome 82.9, text 94.6',
    statementFloors: { kind: 0.96, clear: 1, owner: 1, outcome: 0.98, timescaleText: 0.96 },
    planFloors: {
      kind: 0.93,
      clear: 0.97,
      owner: 0.96,
      outcome: 0.82,
      timescaleText: 0.94,
      precision: 0.94,
      recall: 0.97,
      contingency: 1,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check35 was being tuned on, never seeing the analyser:
    // eight document types again new (a short-breaks plan's "Who: / What: / When: / Better:"
    // lines, a private fostering plan, a supervised contact plan, a review plan written as a
    // letter to the child, a remand care plan's tab table, an adult-transition pathway plan with
    // "[Lead:] [Deadline:]", an attendance (EBSA) plan with "(who, when)" in brackets, a plan for
    // children whose father is in prison). It was the estimate on unseen plans until
    // analysis-check37 was written; then it was tuned on (lines with every part named, "(who,
    // when)" brackets, orders read as someone's action, habits given up or cut down).
    folder: 'analysis-check36',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 100 / clear 100 / owner 96.7 / outcome 91.7 / text 95.0; plans P 98.2 R 99.1, contingency 100, child views 100, kind 95.3, clear 97.2, owner 96.3, outcome 82.2, text 93.5. Reached: statements kind 100 / clear 100 / owner 98.3 / outcome 93.3 / text 98.3; plans P 98.2 R 99.1, contingency 100, child views 100, kind 98.1, clear 100, owner 99.1, outcome 92.5, text 97.2',
    statementFloors: { kind: 1, clear: 1, owner: 0.98, outcome: 0.93, timescaleText: 0.98 },
    planFloors: {
      kind: 0.98,
      clear: 1,
      owner: 0.99,
      outcome: 0.92,
      timescaleText: 0.97,
      precision: 0.98,
      recall: 0.99,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check36 was being tuned on, never seeing the analyser:
    // eight document types again new (a no-recourse-to-public-funds CIN plan's "Step n => ... =>
    // Owner: => Target: => Difference:" lines, a home visit record used as the plan for a child
    // taken out of school, a written agreement in columns of spaces, a home safety plan whose
    // lines start with the person in capitals, a placement-with-parents care plan's "A) ... ::
    // Responsible: :: Timescale:" lines, a first-person pathway plan built round a release from
    // custody, a child-to-parent violence plan under "Weeks 1-2" headings, a case system's CSV
    // export). It was the estimate on unseen plans until analysis-check38 was written; then it
    // was tuned on ("=>" cells, "WHO (NAME): order" lines, named fields in brackets, counts of
    // days from an event, "in week 3").
    folder: 'analysis-check37',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 96.7 / clear 98.3 / owner 98.3 / outcome 91.7 / text 91.7; plans P 98.0 R 87.7, contingency 100, child views 87.5, kind 92.0, clear 94.0, owner 90.0, outcome 91.0, text 90.0. Reached: statements kind 100 / clear 100 / owner 100 / outcome 91.7 / text 100; plans P 98.3 R 100, contingency 100, child views 87.5, kind 97.4, clear 98.2, owner 98.2, outcome 93.0, text 95.6',
    statementFloors: { kind: 1, clear: 1, owner: 1, outcome: 0.91, timescaleText: 1 },
    planFloors: {
      kind: 0.97,
      clear: 0.98,
      owner: 0.98,
      outcome: 0.92,
      timescaleText: 0.95,
      precision: 0.98,
      recall: 1,
      contingency: 1,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check37 was being tuned on, never seeing the analyser:
    // eight document types again new (an easy-read CIN plan for a parent with a learning
    // disability, a young carer's review pasted from a Word outline, a Signs of Safety family
    // safety plan's "Rule n (who; when): what", a health visitor's core group notes in NHS
    // shorthand, a placement planning record's "ACTION [owner]: what - when", a Staying Close
    // pathway plan tagged by area of life, a family group conference plan, a part-filled early
    // help form). A rule written for check37 (named fields in brackets) first lowered it and was
    // corrected after its mismatches were seen; it was the estimate on unseen plans until
    // analysis-check39 was written, and was then tuned on ("ACTION [owner]:" lines, a form's
    // blank boxes, "Outcome n:" bullets, a trigger's time, appositive owners, "one Friday in every
    // four", "this weekend").
    folder: 'analysis-check38',
    statements: 60,
    plans: 8,
    history:
      'untouched (before the check37 rules): statements kind 95.0 / clear 98.3 / owner 98.3 / outcome 95.0 / text 86.7; plans P 91.2 R 94.2, contingency 100, child views 100, kind 88.6, clear 93.0, owner 85.1, outcome 94.7, text 82.5. With the check37 rules as first written: plans kind 81.6, clear 87.7, owner 77.2, text 75.4; after the one correction: kind 89.5, clear 93.0, owner 86.8, outcome 94.7, text 84.2. Reached: statements kind 100 / clear 100 / owner 100 / outcome 96.7 / text 100; plans P 96.0 R 100, contingency 100, child views 100, kind 95.0, clear 96.7, owner 100, outcome 95.0, text 91.7',
    statementFloors: { kind: 1, clear: 1, owner: 1, outcome: 0.96, timescaleText: 1 },
    planFloors: {
      kind: 0.94,
      clear: 0.96,
      owner: 1,
      outcome: 0.94,
      timescaleText: 0.91,
      precision: 0.95,
      recall: 1,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check38 was being tuned on, never seeing the analyser:
    // eight everyday council templates (a CIN review with a red/amber/green progress column, CIN
    // minutes whose actions are "(n) It was agreed that ..." sentences, a conference plan with
    // Start and Target columns, a two-column "Action | Responsibility and timescale" table, an
    // IRO's "Rn. That ... Person responsible: ... Timescale:" recommendations, a first-person
    // pathway grid with codes, a school pastoral support plan's "Strategy / Staff / Check" lines,
    // a Family Star review). It was the estimate on unseen plans until analysis-check40 was
    // written; then it was tuned on ("What I/we will do" columns, a "Format:" key, a "Who and
    // when" column, "Person responsible:" sentences, an agreed passive's agent).
    folder: 'analysis-check39',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 91.7 / clear 95.0 / owner 98.3 / outcome 95.0 / text 86.7; plans P 94.4 R 74.3, contingency 100, child views 100, kind 83.3, clear 92.9, owner 82.1, outcome 96.4, text 82.1. Reached: statements kind 95.0 / clear 96.7 / owner 98.3 / outcome 95.0 / text 93.3; plans P 95.7 R 97.3, contingency 100, child views 100, kind 89.1, clear 96.4, owner 94.5, outcome 96.4, text 88.2',
    statementFloors: { kind: 0.95, clear: 0.96, owner: 0.98, outcome: 0.95, timescaleText: 0.93 },
    planFloors: {
      kind: 0.89,
      clear: 0.96,
      owner: 0.94,
      outcome: 0.96,
      timescaleText: 0.88,
      precision: 0.95,
      recall: 0.97,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check39 was being tuned on, never seeing the analyser:
    // eight document types again new (a diabetes plan in a case-system grid ruled with "+----+"
    // lines, an emailed plan forwarded with every line quoted "> ", a SMART-column neglect plan,
    // core group minutes with "CG2-nn (Owner) ... Due:" lines, a PEP with a pupil premium column,
    // a care leaver's university pathway plan, an Early Help Module print view, a Turnaround
    // youth justice plan's "Task n -" lines). It was the estimate on unseen plans until
    // analysis-check41 was written; then it was tuned on (quoted email lines, coded owner lines,
    // a Target column beside a By when column, "Assigned:" fields, "the first week of July").
    folder: 'analysis-check40',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 91.7 / clear 98.3 / owner 100 / outcome 91.7 / text 86.7; plans P 91.0 R 80.5, contingency 87.5, child views 87.5, kind 89.0, clear 91.2, owner 82.4, outcome 85.7, text 84.6. Reached: statements kind 96.7 / clear 100 / owner 100 / outcome 91.7 / text 96.7; plans P 98.2 R 99.1, contingency 100, child views 100, kind 98.2, clear 98.2, owner 98.2, outcome 86.6, text 94.6',
    statementFloors: { kind: 0.96, clear: 1, owner: 1, outcome: 0.91, timescaleText: 0.96 },
    planFloors: {
      kind: 0.98,
      clear: 0.98,
      owner: 0.98,
      outcome: 0.86,
      timescaleText: 0.94,
      precision: 0.98,
      recall: 0.99,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check40 was being tuned on, never seeing the analyser:
    // eight document types again new (a plan for a child with unexplained symptoms whose numbered
    // sentences start with their deadline, a plan sent as a letter to the parents, a conference
    // plan's table led by worry numbers, a transfer-in plan's "TI-nn (was AV-nn): ... Lead: ...
    // Timescale:" lines, a kinship care plan's "[who / when]" bullets, a returning care leaver's
    // pathway plan with dot leaders, a Supporting Families tab table, a health visitor's
    // "Problem / Goal / Plan:" care plan). It was the estimate on unseen plans until
    // analysis-check42 was written; then it was tuned on ("What Jess will notice" columns, "Plan:"
    // steps, "[who / when]" brackets, ages and team names in owners, "in the next ... meeting").
    folder: 'analysis-check41',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 98.3 / owner 96.7 / outcome 91.7 / text 90.0; plans P 99.1 R 93.2, contingency 100, child views 87.5, kind 98.2, clear 99.1, owner 87.2, outcome 84.4, text 94.5. Reached: statements kind 100 / clear 100 / owner 100 / outcome 91.7 / text 100; plans P 99.1 R 97.4, contingency 100, child views 87.5, kind 99.1, clear 99.1, owner 100, outcome 93.9, text 98.2',
    statementFloors: { kind: 1, clear: 1, owner: 1, outcome: 0.91, timescaleText: 1 },
    planFloors: {
      kind: 0.99,
      clear: 0.99,
      owner: 1,
      outcome: 0.93,
      timescaleText: 0.98,
      precision: 0.99,
      recall: 0.97,
      contingency: 1,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check41 was being tuned on, never seeing the analyser:
    // eight document types again new (a harmful sexual behaviour plan's table flattened with
    // commas, CIN actions typed up from a flipchart, a plan with Agency and Named lead columns, a
    // pre-proceedings written agreement's "E1." and "LA1." lines, a short-break care plan's
    // "Action n: ...; Who: ...; When:" lines, an Army-joining pathway plan under month headings,
    // a housing association's "||" table, a youth hub's "Step one -" lines). It was the estimate
    // on unseen plans until analysis-check43 was written; then it was tuned on (a table converted
    // to text with commas, a "Complete by" column, "Timescale: to be confirmed", "each stay").
    folder: 'analysis-check42',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 98.3 / clear 100 / owner 98.3 / outcome 90.0 / text 95.0; plans P 97.3 R 94.0, contingency 87.5, child views 87.5, kind 81.7, clear 87.2, owner 89.9, outcome 89.0, text 81.7. Reached: statements kind 100 / clear 100 / owner 98.3 / outcome 90.0 / text 100; plans P 97.5 R 100, contingency 87.5, child views 87.5, kind 99.1, clear 100, owner 96.6, outcome 92.2, text 99.1',
    statementFloors: { kind: 1, clear: 1, owner: 0.98, outcome: 0.9, timescaleText: 1 },
    planFloors: {
      kind: 0.99,
      clear: 1,
      owner: 0.96,
      outcome: 0.92,
      timescaleText: 0.99,
      precision: 0.97,
      recall: 1,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check42 was being tuned on, never seeing the analyser:
    // eight document types again new (a plan for a young carer who interprets for Deaf parents,
    // with the By when column first, professionals' meeting notes ending in the owner's initials,
    // an FGM-risk plan with the Who column first, a safe-sleep plan whose sentences start with
    // their timescale, an NHS health action plan's "Area - what. Resp: ... Target:" lines, a
    // going-home pathway plan's "What: | Who: | When:" fields, a parental conflict plan's
    // "n. [Owner] what - when" lines, a school attendance contract). It was the estimate on unseen
    // plans until analysis-check44 was written; then it was tuned on ("Who | Will do what | By
    // when | So that" tables, named cells under a key, owners' initials, "Target: 1/12").
    folder: 'analysis-check43',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 90.0 / clear 100 / owner 98.3 / outcome 93.3 / text 85.0; plans P 96.8 R 79.1, contingency 87.5, child views 87.5, kind 91.2, clear 96.7, owner 78.0, outcome 83.5, text 85.7. Reached: statements kind 96.7 / clear 100 / owner 98.3 / outcome 93.3 / text 93.3; plans P 98.3 R 98.3, contingency 87.5, child views 87.5, kind 94.7, clear 97.3, owner 97.3, outcome 84.1, text 89.4',
    statementFloors: { kind: 0.96, clear: 1, owner: 0.98, outcome: 0.93, timescaleText: 0.93 },
    planFloors: {
      kind: 0.94,
      clear: 0.97,
      owner: 0.97,
      outcome: 0.84,
      timescaleText: 0.89,
      precision: 0.98,
      recall: 0.98,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check43 was being tuned on, never seeing the analyser:
    // eight document types again new (a reunification support plan in a Markdown table, a
    // section 47 outcome record's lettered recommendations, a dental neglect plan's table led by
    // a priority number, a review conference plan whose lines start with the agency in brackets,
    // a delegated authority agreement's "what -> who -> when" lines, a pathway review's
    // subjectless "To ..." lines, a school readiness plan with a "For" column, a drug service
    // plan's owner-first "Who: | Action: | Timescale:" lines). It was first scored with the
    // check43 rules, written before it was seen (without them its owners were 74.8% right). It
    // was the estimate on unseen plans until analysis-check45 was written; then it was tuned on
    // ("(CSC)" agency tags, "Priya M. (SW)", "if and when", "as things come up").
    folder: 'analysis-check44',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 96.7 / clear 100 / owner 100 / outcome 95.0 / text 96.7; plans P 95.7 R 98.2, contingency 87.5, child views 100, kind 95.5, clear 97.3, owner 86.5, outcome 91.9, text 91.0. Reached: statements kind 100 / clear 100 / owner 100 / outcome 95.0 / text 100; plans P 95.7 R 98.2, contingency 87.5, child views 100, kind 96.4, clear 97.3, owner 98.2, outcome 92.8, text 91.9',
    statementFloors: { kind: 1, clear: 1, owner: 1, outcome: 0.95, timescaleText: 1 },
    planFloors: {
      kind: 0.96,
      clear: 0.97,
      owner: 0.98,
      outcome: 0.92,
      timescaleText: 0.91,
      precision: 0.95,
      recall: 0.98,
      contingency: 0.87,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check44 was being tuned on, never seeing the analyser:
    // eight document types again new (a CIN review action tracker with "Raised" and Status
    // columns, a hospital social worker's plan for a patient's sibling numbered "6.1"-"6.12", a
    // conference plan with columns set off by " ~ ", a review plan's "Who? ... What? ... When?"
    // lines, a reviewing officer's midway check with a progress column, a first-person pathway
    // plan whose lines end "(Responsible: ... Target date: ...)", a "You said / We will / Who /
    // When" plan, a school nurse's "To do:" lines). It was the estimate on unseen plans until
    // analysis-check46 was written; then it was tuned on ("Action agreed at review" and "We will"
    // columns, "Who? What? When?" lines, fields in a bracket set apart by full stops).
    folder: 'analysis-check45',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 98.3 / owner 100 / outcome 95.0 / text 91.7; plans P 97.7 R 75.9, contingency 100, child views 100, kind 83.5, clear 85.9, owner 69.4, outcome 90.6, text 83.5. Reached: statements unchanged; plans P 99.1 R 98.2, contingency 100, child views 100, kind 97.3, clear 100, owner 99.1, outcome 93.6, text 96.4',
    statementFloors: { kind: 0.95, clear: 0.98, owner: 1, outcome: 0.95, timescaleText: 0.91 },
    planFloors: {
      kind: 0.97,
      clear: 1,
      owner: 0.99,
      outcome: 0.93,
      timescaleText: 0.96,
      precision: 0.99,
      recall: 0.98,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check45 was being tuned on, never seeing the analyser:
    // eight document types again new (a joint housing assessment with "Lead" and "Supported by"
    // columns, an online meeting's recap of "- [ ] @Name" tasks, a conference plan of small tables
    // under each outcome heading, bullets under timing headings, a placement stability record's
    // "n. CODE: what (when)" lines, a first-person table with ditto marks, "will" sentences under
    // who-headings, a school's Operation Encompass "Next step:" lines). It was the estimate on
    // unseen plans until analysis-check47 was written; then it was tuned on ("@Name" tasks,
    // "before school breaks up", "before his review starts").
    folder: 'analysis-check46',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 100 / owner 96.7 / outcome 93.3 / text 88.3; plans P 94.9 R 99.1, contingency 87.5, child views 100, kind 93.8, clear 96.4, owner 90.2, outcome 94.6, text 89.3. Reached: statements kind 95.0 / clear 100 / owner 96.7 / outcome 93.3 / text 90.0; plans P 94.9 R 99.1, contingency 87.5, child views 100, kind 95.5, clear 98.2, owner 97.3, outcome 94.6, text 92.0',
    statementFloors: { kind: 0.95, clear: 1, owner: 0.96, outcome: 0.93, timescaleText: 0.9 },
    planFloors: {
      kind: 0.95,
      clear: 0.98,
      owner: 0.97,
      outcome: 0.94,
      timescaleText: 0.91,
      precision: 0.94,
      recall: 0.99,
      contingency: 0.87,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check46 was being tuned on, never seeing the analyser:
    // eight document types (a Child and Family Assessment summary with its first CIN plan, a case
    // closure summary with exported open tasks, a conference plan with " // " between fields, a
    // strategy discussion record mixing Decision and Action lines, an adoption placement plan, a
    // care leaver's tab table, a transition plan with a tick column, a family navigator's
    // shorthand note); its writer says the layouts are close to earlier ones, the document types
    // new. It was the estimate on unseen plans until analysis-check48 was written; then it was
    // tuned on (" // " fields with a "Kayla will notice:" field, a "What I want" column, tasks
    // "(unassigned)").
    folder: 'analysis-check47',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 98.3 / clear 98.3 / owner 98.3 / outcome 93.3 / text 95.0; plans P 89.1 R 99.1, contingency 87.5, child views 62.5, kind 93.0, clear 94.8, owner 89.6, outcome 73.9, text 90.4. Reached: statements unchanged; plans P 90.6 R 99.1, contingency 87.5, child views 87.5, kind 93.9, clear 95.7, owner 99.1, outcome 94.8, text 92.2',
    statementFloors: { kind: 0.98, clear: 0.98, owner: 0.98, outcome: 0.93, timescaleText: 0.95 },
    planFloors: {
      kind: 0.93,
      clear: 0.94,
      owner: 0.97,
      outcome: 0.87,
      timescaleText: 0.9,
      precision: 0.89,
      recall: 0.99,
      contingency: 0.87,
      childsVoice: 0.62
    }
  },
  {
    // Written blind by a helper while check47 was being tuned on, never seeing the analyser:
    // eight document types again new (a CIN plan for a pregnant 14-year-old, a disabilities
    // team's direct payments review, a conference plan for a teenager in an abusive
    // relationship, a school's staff briefing on a child protection plan, an arrival care plan
    // for an unaccompanied asylum-seeking child, a pathway review at 20, a Family Hub plan for a
    // father with postnatal depression, a school's late-collection record). It was the estimate on
    // unseen plans until analysis-check49 was written; then it was tuned on (vague phrases such as
    // "without fail" and "pending the police investigation", a cadence over a period, the
    // 9-month check, a log of past events, consent lines, skills a child learns, safe sleep).
    folder: 'analysis-check48',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 86.7 / clear 96.7 / owner 95.0 / outcome 93.3 / text 80.0; plans P 93.5 R 99.1, contingency 100, child views 87.5, kind 89.6, clear 97.4, owner 100, outcome 84.3, text 89.6. Reached: statements kind 98.3 / clear 98.3 / owner 98.3 / outcome 100 / text 96.7; plans P 99.1 R 99.1, contingency 100, child views 87.5, kind 96.5, clear 99.1, owner 100, outcome 87.8, text 96.5',
    statementFloors: { kind: 0.98, clear: 0.98, owner: 0.98, outcome: 1, timescaleText: 0.96 },
    planFloors: {
      kind: 0.96,
      clear: 0.99,
      owner: 1,
      outcome: 0.87,
      timescaleText: 0.96,
      precision: 0.99,
      recall: 0.99,
      contingency: 1,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check48 was being tuned on, never seeing the analyser:
    // eight document types again new (a parenting assessment's recommendations with the CIN plan
    // built on them, a team manager's oversight record, a Family Safeguarding team's conference
    // plan, a MARAC action log, a family time review, a care leaver's money plan, a refuge
    // move-on plan, an early help allocation panel's minutes). Scored first with the rules from
    // check48; before them it read the same but for plans P 90.7 and statements outcome 85.0, text
    // 86.7. It was the estimate on unseen plans until analysis-check50 was written; then it was
    // tuned on (a manager's directions, an agency-led action log, "What we agreed" tables, a Goal
    // column beside How we will know, the plan's named parents in that cell).
    folder: 'analysis-check49',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 91.7 / clear 100 / owner 93.3 / outcome 86.7 / text 88.3; plans P 91.5 R 82.9, contingency 87.5, child views 87.5, kind 95.9, clear 96.9, owner 93.8, outcome 88.7, text 95.9. Reached: statements kind 98.3 / clear 100 / owner 98.3 / outcome 88.3 / text 95.0; plans P 93.6 R 100, contingency 87.5, child views 87.5, kind 100, clear 100, owner 99.1, outcome 94.9, text 99.1',
    statementFloors: { kind: 0.98, clear: 1, owner: 0.98, outcome: 0.88, timescaleText: 0.95 },
    planFloors: {
      kind: 1,
      clear: 1,
      owner: 0.99,
      outcome: 0.94,
      timescaleText: 0.99,
      precision: 0.93,
      recall: 1,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check49 was waiting to be tuned on, never seeing the
    // analyser: eight document types again new (a children's ward discharge record after an
    // overdose, a complaint response letter, a supervision order support plan, a child protection
    // medical report, a residential parenting assessment's working agreement, a Care, Education
    // and Treatment Review, an integrated review at two, a charity volunteer's agreement).
    // Scored with the rules from check48 and without them, and with the rules from check49: the
    // same each time. It was tuned on after check51 and check52 were written (a "Requirement or
    // action" column, group titles over numbered items, whose views a heading gives: an adult's,
    // a parent's in a letter to her, a baby's as she is seen, a child's by name or in own words).
    folder: 'analysis-check50',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 93.3 / clear 96.7 / owner 100 / outcome 93.3 / text 90.0; plans P 90.4 R 88.0, contingency 100, child views 25.0, kind 97.1, clear 97.1, owner 100, outcome 87.4, text 96.1. Reached: statements kind 100 / clear 100 / owner 100 / outcome 95.0 / text 96.7; plans P 95.9 R 99.1, contingency 100, child views 100, kind 98.3, clear 99.1, owner 100, outcome 86.2, text 97.4',
    statementFloors: { kind: 1, clear: 1, owner: 1, outcome: 0.95, timescaleText: 0.96 },
    planFloors: {
      kind: 0.98,
      clear: 0.99,
      owner: 1,
      outcome: 0.86,
      timescaleText: 0.97,
      precision: 0.95,
      recall: 0.99,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check49 was being tuned on, never seeing the analyser:
    // eight document types again new (an EHCP annual review held with the CIN review, a
    // Personalised Housing Plan, a Hidden Harm joint plan, a Graded Care Profile 2 summary, a
    // statutory visit record, a move-on readiness review, a Mental Health Support Team plan, a
    // school's SEN support plan). Scored first with the rules from check49 (not yet committed);
    // before them it read the same but for plans outcome 86.5. Tuned on after check53 was written
    // ("action -- who -- when" lines, a "Provision or action" column, "(person: action)" lines).
    folder: 'analysis-check51',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 96.7 / owner 98.3 / outcome 95.0 / text 93.3; plans P 98.0 R 82.8, contingency 87.5, child views 62.5, kind 95.8, clear 96.9, owner 86.5, outcome 89.6, text 95.8. Reached: statements kind 95.0 / clear 96.7 / owner 98.3 / outcome 96.7 / text 93.3; plans P 98.3 R 98.3, contingency 87.5, child views 62.5, kind 96.5, clear 97.4, owner 100, outcome 91.2, text 96.5',
    statementFloors: { kind: 0.95, clear: 0.96, owner: 0.98, outcome: 0.96, timescaleText: 0.93 },
    planFloors: {
      kind: 0.96,
      clear: 0.97,
      owner: 1,
      outcome: 0.91,
      timescaleText: 0.96,
      precision: 0.98,
      recall: 0.98,
      contingency: 0.87,
      childsVoice: 0.62
    }
  },
  {
    // Written blind by a helper while check50 was being tuned on, never seeing the analyser:
    // eight document types again new (a hospital "Was Not Brought" follow-up, a youth justice
    // referral order contract, an adult mental health CPA review with the child protection
    // actions, a legal planning meeting's log, a foster carers' safer caring plan, a Staying Put
    // agreement, a managed move agreement, a Portage visit record). Scored first with the rules
    // from check50 (not yet committed); before them it read the same but for statements kind
    // 95.0, clear 96.7, text 90.0. Tuned on after check54 was asked for ("Owner:" after the
    // action, "nearer the time", "morning and night", a date in a "who stayed" clause).
    folder: 'analysis-check52',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 96.7 / clear 98.3 / owner 100 / outcome 85.0 / text 91.7; plans P 96.5 R 94.9, contingency 87.5, child views 100, kind 97.3, clear 98.2, owner 90.1, outcome 84.7, text 97.3. Reached: statements kind 100 / clear 100 / owner 100 / outcome 85.0 / text 98.3; plans P 96.5 R 94.9, contingency 87.5, child views 100, kind 97.3, clear 98.2, owner 97.3, outcome 84.7, text 97.3',
    statementFloors: { kind: 1, clear: 1, owner: 1, outcome: 0.85, timescaleText: 0.98 },
    planFloors: {
      kind: 0.97,
      clear: 0.98,
      owner: 0.97,
      outcome: 0.84,
      timescaleText: 0.97,
      precision: 0.96,
      recall: 0.94,
      contingency: 0.87,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check50 was being tuned on, never seeing the analyser:
    // eight document types again new (an occupational therapy home safety assessment, a GP
    // practice's safeguarding meeting minutes, a location assessment with a place-based safety
    // plan, a drug and alcohol testing agreement, a missing-from-care risk plan, a claimant
    // commitment with a pathway review, a family weight programme plan, a childminder's record of
    // concern). Scored with the rules from check50 and without them: the same but for
    // statements kind 93.3, clear 98.3, text 90.0 without. Tuned on last, with check54 left
    // untouched ("Risk reduction plan", "Small step | ... | How we will check", "Why:" fields).
    folder: 'analysis-check53',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 100 / owner 98.3 / outcome 95.0 / text 91.7; plans P 92.0 R 70.4, contingency 87.5, child views 87.5, kind 97.5, clear 100, owner 98.8, outcome 74.1, text 93.8. Reached: statements unchanged; plans P 94.3 R 100, contingency 87.5, child views 87.5, kind 99.1, clear 99.1, owner 99.1, outcome 89.6, text 96.5',
    statementFloors: { kind: 0.95, clear: 1, owner: 0.98, outcome: 0.95, timescaleText: 0.91 },
    planFloors: {
      kind: 0.99,
      clear: 0.99,
      owner: 0.99,
      outcome: 0.86,
      timescaleText: 0.96,
      precision: 0.94,
      recall: 0.99,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check52 was being tuned on, never seeing the analyser:
    // eight document types again new (a family assistance order support plan, an environmental
    // health housing inspection, a probation risk management plan, a maternity safeguarding birth
    // plan, an identity and heritage plan, a care leavers' EET panel plan, an educational
    // psychologist's consultation record, a Citizens Advice action plan letter). Scored with the
    // rules from check52 and without them: the same. Tuned on last, with check55 left untouched
    // (lines naming who and when after the views, "[when] Who: what" lines).
    folder: 'analysis-check54',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 100 / clear 100 / owner 96.7 / outcome 93.3 / text 98.3; plans P 95.2 R 84.7, contingency 100, child views 75.0, kind 99.0, clear 99.0, owner 90.0, outcome 92.0, text 97.0. Reached: statements unchanged; plans P 96.7 R 100, contingency 100, child views 75.0, kind 98.3, clear 98.3, owner 99.2, outcome 90.7, text 96.6',
    statementFloors: { kind: 1, clear: 1, owner: 0.96, outcome: 0.93, timescaleText: 0.98 },
    planFloors: {
      kind: 0.98,
      clear: 0.98,
      owner: 0.99,
      outcome: 0.9,
      timescaleText: 0.96,
      precision: 0.95,
      recall: 1,
      contingency: 1,
      childsVoice: 0.75
    }
  },
  {
    // Written blind by a helper while check54 was being tuned on, never seeing the analyser:
    // eight document types again new (a parent carer's needs assessment plan, a school
    // reintegration meeting after a suspension, a Caring Dads review, a school's report to
    // conference, a fostering disruption meeting, a care leavers' mentoring agreement, a
    // parenting course's end-of-course report, a holiday club's welfare concern form). Scored
    // with the rules from check54 and without them: the same. Tuned on last, with check56 left
    // untouched ("Agreed:" lines, to-do boxes none of which is ticked, "(Owner - X. Target - Y.)").
    folder: 'analysis-check55',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 96.7 / owner 98.3 / outcome 95.0 / text 93.3; plans P 100 R 88.1, contingency 75.0, child views 87.5, kind 98.1, clear 99.0, owner 88.5, outcome 95.2, text 97.1. Reached: statements kind 100 / clear 100 / owner 98.3 / outcome 95.0 / text 98.3; plans P 100 R 100, contingency 75.0, child views 87.5, kind 98.3, clear 99.2, owner 99.2, outcome 95.8, text 97.5',
    statementFloors: { kind: 1, clear: 1, owner: 0.98, outcome: 0.95, timescaleText: 0.98 },
    planFloors: {
      kind: 0.98,
      clear: 0.99,
      owner: 0.99,
      outcome: 0.95,
      timescaleText: 0.97,
      precision: 1,
      recall: 1,
      contingency: 0.75,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while the Moderation screen was being worked on, never seeing the
    // analyser: eight document types again new (a vision specialist teacher's report, an
    // out-of-hours duty handover, a prison mother and baby unit review board, a Clare's Law
    // disclosure and safety plan, a life story work plan, a young person's statement sent through
    // a views app, a nurture group entry plan, a detached youth work session log). Scored with the
    // rules from check54 and without them: the same. Tuned on last, with check57 left untouched
    // (steps with Who and When fields, a manager's "Added:", columns listed in words).
    folder: 'analysis-check56',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 88.3 / clear 98.3 / owner 98.3 / outcome 93.3 / text 85.0; plans P 90.7 R 82.9, contingency 75.0, child views 75.0, kind 97.9, clear 99.0, owner 84.5, outcome 76.3, text 93.8. Reached: statements kind 98.3 / clear 100 / owner 100 / outcome 93.3 / text 96.7; plans P 96.7 R 100, contingency 75.0, child views 75.0, kind 98.3, clear 100, owner 98.3, outcome 89.7, text 95.7',
    statementFloors: { kind: 0.98, clear: 1, owner: 1, outcome: 0.93, timescaleText: 0.96 },
    planFloors: {
      kind: 0.98,
      clear: 1,
      owner: 0.98,
      outcome: 0.89,
      timescaleText: 0.95,
      precision: 0.96,
      recall: 1,
      contingency: 0.75,
      childsVoice: 0.75
    }
  },
  {
    // Written blind by a helper while check55 was being tuned on, never seeing the analyser:
    // eight document types again new (an NHS continuing care review held with the CIN review, an
    // emergency department liaison nurse's notification, an MST-CAN treatment plan, a father's
    // own report to conference, a fostering agency's monthly report, a leaving-care health
    // passport, a speech and language therapy report, a restorative meeting agreement). Scored
    // with the rules from check55 and without them: the same. Tuned on last, with check58 left
    // untouched ("//" rows under a key in words, a form's question with a note, goals headings).
    folder: 'analysis-check57',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 98.3 / owner 98.3 / outcome 88.3 / text 86.7; plans P 91.6 R 85.2, contingency 75.0, child views 87.5, kind 83.7, clear 87.8, owner 86.7, outcome 80.6, text 82.7. Reached: statements kind 96.7 / clear 98.3 / owner 98.3 / outcome 88.3 / text 91.7; plans P 97.4 R 99.1, contingency 75.0, child views 87.5, kind 99.1, clear 100, owner 100, outcome 88.6, text 97.4',
    statementFloors: { kind: 0.96, clear: 0.98, owner: 0.98, outcome: 0.88, timescaleText: 0.91 },
    planFloors: {
      kind: 0.99,
      clear: 1,
      owner: 1,
      outcome: 0.88,
      timescaleText: 0.97,
      precision: 0.97,
      recall: 0.99,
      contingency: 0.75,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check56 was being tuned on, never seeing the analyser:
    // eight document types again new (a medical needs education plan held with the CIN review, a
    // sexual health clinic's Spotting the Signs proforma, a Sanctuary Scheme home security survey,
    // a Child Abduction Warning Notice record, an independent visitor match agreement, a youth
    // justice to probation transfer plan, a young carers' needs assessment, a fire service Safe
    // and Well visit). Scored with the rules from check56 and without them: the same. Tuned on
    // last, with check59 left untouched ("Follow-up", "Clinic plan", dated duty notes, a
    // referral marked done, a recorded decision).
    folder: 'analysis-check58',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 98.3 / clear 100 / owner 100 / outcome 95.0 / text 96.7; plans P 96.5 R 95.7, contingency 75.0, child views 100, kind 97.3, clear 100, owner 99.1, outcome 87.3, text 95.5. Reached: statements kind 100 / clear 100 / owner 100 / outcome 96.7 / text 98.3; plans P 100 R 100, contingency 75.0, child views 100, kind 99.1, clear 100, owner 99.1, outcome 87.8, text 97.4',
    statementFloors: { kind: 1, clear: 1, owner: 1, outcome: 0.96, timescaleText: 0.98 },
    planFloors: {
      kind: 0.99,
      clear: 1,
      owner: 0.99,
      outcome: 0.87,
      timescaleText: 0.97,
      precision: 1,
      recall: 1,
      contingency: 0.75,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check57 was being tuned on, never seeing the analyser:
    // eight document types again new (an advocacy service's issues record, a child employment
    // officer's inspection record, a conference chair's midpoint review, a LADO allegation
    // meeting record, a Family Drug and Alcohol Court review, a records team's letter on a care
    // leaver's request to see her file, a paediatrician's letter after an ADHD diagnosis, a stop
    // smoking service's quit plan). Scored with the rules from check57 and without them: the
    // same. Tuned on last, with check60 left untouched (dated duty notes, "Action CP3 (Who;
    // When):", status rows marked Done, "Frankie told me:").
    folder: 'analysis-check59',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 98.3 / clear 100 / owner 95.0 / outcome 96.7 / text 93.3; plans P 91.7 R 87.6, contingency 100, child views 50.0, kind 93.9, clear 97.0, owner 89.9, outcome 85.9, text 92.9. Reached: statements kind 100 / clear 100 / owner 95.0 / outcome 96.7 / text 95.0; plans P 94.9 R 98.2, contingency 100, child views 62.5, kind 94.6, clear 96.4, owner 100, outcome 86.5, text 93.7',
    statementFloors: { kind: 1, clear: 1, owner: 0.95, outcome: 0.96, timescaleText: 0.95 },
    planFloors: {
      kind: 0.94,
      clear: 0.96,
      owner: 1,
      outcome: 0.86,
      timescaleText: 0.93,
      precision: 0.94,
      recall: 0.98,
      contingency: 1,
      childsVoice: 0.62
    }
  },
  {
    // Written blind by a helper while check59 was being tuned on, never seeing the analyser:
    // eight document types again new (a school reduced-timetable agreement, a police public
    // protection notice with the MASH triage outcome, an ICON crying plan, an animal welfare
    // officer's improvement notice, a Regulation 44 visitor's report, an adult crisis team's
    // discharge letter, a neighbour mediation agreement, a bladder and bowel clinic record).
    // Scored with the rules from check59 and without them: the same. Tuned on last, with check61
    // left untouched ("Start or deadline", "Plan discussed with ...", fields in curly brackets).
    folder: 'analysis-check60',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 98.3 / clear 98.3 / owner 96.7 / outcome 93.3 / text 96.7; plans P 99.1 R 94.7, contingency 87.5, child views 100, kind 85.2, clear 87.0, owner 96.3, outcome 85.2, text 82.4. Reached: statements unchanged; plans P 99.1 R 99.1, contingency 87.5, child views 100, kind 96.5, clear 97.3, owner 98.2, outcome 85.8, text 93.8',
    statementFloors: { kind: 0.98, clear: 0.98, owner: 0.96, outcome: 0.93, timescaleText: 0.96 },
    planFloors: {
      kind: 0.96,
      clear: 0.97,
      owner: 0.98,
      outcome: 0.85,
      timescaleText: 0.93,
      precision: 0.99,
      recall: 0.99,
      contingency: 0.87,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check60 was being tuned on, never seeing the analyser:
    // eight document types again new (a Three Houses direct work record, a school transport
    // incident report, a summer holiday safety plan, a multi-agency chronology with the
    // conference's actions, a sibling together-or-apart assessment, a care leavers' housing
    // panel decision, a school's sharing-nudes incident record, a parent's online self-referral).
    // Scored with the rules from check60 and without them: the same. Tuned on once check62 and
    // check63 were written, with check63 left untouched ("Lead - SW. By - Friday", a duty social
    // worker's dated note, "Summary of what we will do:", "Role (Name): teach ...").
    folder: 'analysis-check61',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 98.3 / owner 100 / outcome 91.7 / text 91.7; plans P 95.2 R 90.1, contingency 100, child views 100, kind 92.0, clear 98.0, owner 88.0, outcome 85.0, text 92.0. Reached: statements kind 98.3 / clear 98.3 / owner 100 / outcome 91.7 / text 96.7; plans P 97.4 R 100, contingency 100, child views 100, kind 93.7, clear 99.1, owner 98.2, outcome 85.6, text 92.8',
    statementFloors: { kind: 0.98, clear: 0.98, owner: 1, outcome: 0.91, timescaleText: 0.96 },
    planFloors: {
      kind: 0.93,
      clear: 0.99,
      owner: 0.98,
      outcome: 0.85,
      timescaleText: 0.92,
      precision: 0.97,
      recall: 1,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while the analyser's hints were being rebuilt, never seeing the
    // analyser: eight document types again new, all from the council's own teams (a disabled
    // children's team's positive behaviour support plan, a front door consultation line record,
    // an edge of care intervention plan, a social worker's report to a review conference, a
    // children's home impact risk assessment, a leaving care "out of touch" record, a youth
    // justice out of court disposal panel record, a family network meeting's notes). Scored
    // with the one-pass hints and without them: the same. Tuned on after check61, with check63
    // left untouched ("[When] Who - what - why" rows, a "Worker" column beside one of timescales,
    // "Voluntary intervention plan", "the shift leader").
    folder: 'analysis-check62',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 98.3 / clear 100 / owner 98.3 / outcome 98.3 / text 96.7; plans P 96.8 R 80.7, contingency 75.0, child views 87.5, kind 92.4, clear 97.8, owner 92.4, outcome 92.4, text 90.2. Reached: statements kind 98.3 / clear 100 / owner 100 / outcome 98.3 / text 96.7; plans P 98.3 R 100, contingency 75.0, child views 87.5, kind 94.7, clear 99.1, owner 100, outcome 91.2, text 93.9',
    statementFloors: { kind: 0.98, clear: 1, owner: 1, outcome: 0.98, timescaleText: 0.96 },
    planFloors: {
      kind: 0.94,
      clear: 0.99,
      owner: 1,
      outcome: 0.91,
      timescaleText: 0.93,
      precision: 0.98,
      recall: 1,
      contingency: 0.75,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check61 was being tuned on, never seeing the analyser:
    // eight document types again new, all from partner agencies (a midwife's postnatal handover,
    // a probation curfew address check, a nursery's safeguarding support plan, a police
    // protection order record and safety plan, a Pupil Premium Plus request, a college's support
    // agreement, a school healthcare plan, a SENCo's EHC needs assessment request).
    // Scored with the first rules from check61 and without them: the same. Tuned on with check64
    // once check65 was written ("What they will do" columns, college days, a role with its
    // holder in brackets), and again later ("Agreed points", "if the points below are agreed";
    // outcome's share fell from 94.2 as three more actions were found).
    folder: 'analysis-check63',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 93.3 / clear 96.7 / owner 100 / outcome 90.0 / text 88.3; plans P 94.5 R 92.9, contingency 100, child views 100, kind 87.5, clear 94.2, owner 94.2, outcome 94.2, text 86.5. Reached: statements kind 95.0 / clear 96.7 / owner 100 / outcome 90.0 / text 90.0; plans P 94.7 R 95.5, contingency 100, child views 100, kind 90.7, clear 97.2, owner 99.1, outcome 93.5, text 88.8',
    statementFloors: { kind: 0.95, clear: 0.96, owner: 1, outcome: 0.9, timescaleText: 0.9 },
    planFloors: {
      kind: 0.9,
      clear: 0.97,
      owner: 0.99,
      outcome: 0.93,
      timescaleText: 0.88,
      precision: 0.94,
      recall: 0.95,
      contingency: 1,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check62 was being tuned on, never seeing the analyser:
    // eight document types again new, from the council's least used teams (an adoption support
    // plan, a 16-17 homelessness prevention visit, a day team's alert to the emergency duty
    // team, an entry to care panel decision, a kinship viability assessment, a refugee care
    // leaver's move-on plan, an education welfare meeting before a notice to improve, a Fair
    // Access Panel's minutes). Scored with the rules from check61 and check62 and without
    // them: the same. Tuned on with check63, with check65 left untouched (a table whose action
    // column is headed "What they will do", another's "What I will do or get").
    folder: 'analysis-check64',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 91.7 / clear 96.7 / owner 96.7 / outcome 83.3 / text 90.0; plans P 94.3 R 73.2, contingency 75.0, child views 100, kind 89.0, clear 97.6, owner 91.5, outcome 97.6, text 87.8. Reached: statements unchanged; plans P 95.7 R 98.2, contingency 75.0, child views 100, kind 90.9, clear 98.2, owner 94.5, outcome 96.4, text 90.0',
    statementFloors: { kind: 0.91, clear: 0.96, owner: 0.96, outcome: 0.83, timescaleText: 0.9 },
    planFloors: {
      kind: 0.9,
      clear: 0.98,
      owner: 0.94,
      outcome: 0.96,
      timescaleText: 0.89,
      precision: 0.95,
      recall: 0.98,
      contingency: 0.75,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper alongside check64, never seeing the analyser: eight document
    // types again new, from partner agencies (a trauma ward's discharge planning record, a
    // police repeat missing review, an alcohol service's home detox plan, a housing
    // association's emergency move request, a refugee charity's family tracing record, a
    // perinatal mental health care plan, a children's centre record, a church youth club's
    // record of concern). Scored with the rules from check61 and check62 and without them: the
    // same but one owner more with them. Tuned on with check66, with check67 left untouched
    // ("Checklist agreed at the TAF"), and again later: a core group's dated title over its
    // steps, "with the points below added", and "Health and feelings" as a domain heading.
    folder: 'analysis-check65',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 90.0 / clear 96.7 / owner 98.3 / outcome 90.0 / text 88.3; plans P 96.7 R 75.9, contingency 75.0, child views 100, kind 95.5, clear 98.9, owner 100, outcome 90.9, text 92.0. Reached: statements unchanged; plans P 98.3 R 99.1, contingency 75.0, child views 100, kind 96.5, clear 99.1, owner 98.3, outcome 92.2, text 93.9',
    statementFloors: { kind: 0.9, clear: 0.96, owner: 0.98, outcome: 0.9, timescaleText: 0.88 },
    planFloors: {
      kind: 0.96,
      clear: 0.99,
      owner: 0.98,
      outcome: 0.92,
      timescaleText: 0.93,
      precision: 0.97,
      recall: 0.99,
      contingency: 0.75,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check63 and check64 were being tuned on, never seeing the
    // analyser: eight document types again new, from a council's own teams (a CIN plan printed
    // from a case management system, a section 17 payment request, a Words and Pictures story
    // with the family's safety rules, a case file audit's required actions, a permanence
    // planning meeting, a "Countdown to 18" meeting, an early help closure plan, a
    // practitioner's case supervision record). Scored with the rules from check63 and check64
    // and without them: the same. Looked at with check65, with check67 left untouched; none of
    // its misses gave a rule that held then. Tuned on later, with check67 and check68: "Service:
    // ... Will: ... When: ..." records, "Action - ..." lines in a run, "Aisling" as a name, and
    // vague "when things settle", "further down the road" and "as funds permit".
    // Timescale kind fell from 97.1 as seven more actions were found, one of them "When: tbc",
    // which this set labels as no timescale where others call it vague.
    folder: 'analysis-check66',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 91.7 / clear 96.7 / owner 100 / outcome 91.7 / text 86.7; plans P 93.6 R 89.5, contingency 50.0, child views 87.5, kind 97.1, clear 100, owner 96.1, outcome 94.1, text 94.1. Reached: statements kind 96.7 / clear 96.7 / owner 100 / outcome 91.7 / text 91.7; plans P 94.9 R 97.4, contingency 50.0, child views 87.5, kind 96.4, clear 100, owner 100, outcome 94.6, text 93.7',
    statementFloors: { kind: 0.96, clear: 0.96, owner: 1, outcome: 0.91, timescaleText: 0.91 },
    planFloors: {
      kind: 0.96,
      clear: 1,
      owner: 1,
      outcome: 0.94,
      timescaleText: 0.93,
      precision: 0.94,
      recall: 0.97,
      contingency: 0.5,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper alongside check66, never seeing the analyser: eight document
    // types again new, from partner agencies (a feeding clinic letter, an adult social care
    // support plan, a young witness service's support plan, a children's ward visiting
    // agreement, a children's guardian's initial analysis, a sickle cell transition plan, an
    // asthma nurse's home visit record, an emergency department youth worker's record).
    // Scored with the rules from check63 and check64 and without them: statements kind 96.7 and
    // text 90.0 without them. Left untouched while check65 and check66 were tuned on (their rules
    // raised its recall to 91.6), then tuned on with check68 once check69 was written: "OUTCOME
    // 1: ..." over numbered steps, "(a) that the local authority file ...", "core group 2", an
    // "Aim" column.
    folder: 'analysis-check67',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 98.3 / clear 100 / owner 100 / outcome 91.7 / text 91.7; plans P 96.3 R 86.6, contingency 87.5, child views 87.5, kind 94.2, clear 97.1, owner 90.3, outcome 85.4, text 89.3. Still never tuned on, after the rules from check65 and check66: plans P 96.5 R 91.6, kind 94.5, clear 97.2, owner 89.9 (more actions found), outcome 86.2, text 89.9. Reached: statements unchanged; plans P 96.7 R 98.3, contingency 87.5, child views 87.5, kind 94.0, clear 96.6, owner 96.6, outcome 89.7, text 90.6',
    statementFloors: { kind: 0.98, clear: 1, owner: 1, outcome: 0.91, timescaleText: 0.91 },
    planFloors: {
      kind: 0.94,
      clear: 0.96,
      owner: 0.96,
      outcome: 0.89,
      timescaleText: 0.9,
      precision: 0.96,
      recall: 0.98,
      contingency: 0.87,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper while check65 and check66 were being tuned on, never seeing the
    // analyser: eight document types again new, from a council's own teams (a Virtual School
    // education plan, a courtesy visit request between two councils, a rota of who sees the
    // children, a request to take the children abroad, an IRO's dispute resolution record, a
    // Local Offer checklist, a Family Hub transfer, a one-page profile in the child's words).
    // Scored with the rules from check65 and check66 and without them: recall 84.5 without them.
    // Tuned on with check67 ("[T1]" codes under "Tasks we are asking Ouselby to do", "Decision:
    // Agreed, with the changes below", "How best to support me").
    folder: 'analysis-check68',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 98.3 / clear 98.3 / owner 96.7 / outcome 91.7 / text 93.3; plans P 96.2 R 87.1, contingency 50.0, child views 87.5, kind 99.0, clear 100, owner 98.0, outcome 92.1, text 95.0. Reached: statements kind 98.3 / clear 98.3 / owner 98.3 / outcome 91.7 / text 95.0; plans P 98.3 R 99.1, contingency 50.0, child views 87.5, kind 99.1, clear 100, owner 98.3, outcome 93.0, text 96.5',
    statementFloors: { kind: 0.98, clear: 0.98, owner: 0.98, outcome: 0.91, timescaleText: 0.95 },
    planFloors: {
      kind: 0.99,
      clear: 1,
      owner: 0.98,
      outcome: 0.93,
      timescaleText: 0.96,
      precision: 0.96,
      recall: 0.99,
      contingency: 0.5,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper alongside check68, never seeing the analyser: eight document
    // types again new, from partner agencies (a physiotherapy review, a ward councillor's enquiry
    // and its reply, a TB service's observed therapy agreement, a sexual assault referral
    // centre's aftercare checklist, a police and council meeting on not criminalising children in
    // care, a liaison and diversion plan, a home energy advice visit, a library's concern form).
    // Scored with the rules from check65 and check66 and without them: the same. Left untouched
    // while check67 and check68 were tuned on; tuned on with check70 once check71 was written
    // ("Ask n: ... Response: ...", "Actions (owner - action - due)" rows, "Measure" columns,
    // "the points below to stand as the plan", "[ ] GP to be told ...").
    folder: 'analysis-check69',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 100 / clear 100 / owner 98.3 / outcome 95.0 / text 100; plans P 96.8 R 77.1, contingency 75.0, child views 100, kind 95.6, clear 96.7, owner 86.8, outcome 94.5, text 93.4. Reached: statements unchanged; plans P 98.3 R 100, contingency 75.0, child views 100, kind 94.1, clear 96.6, owner 97.5, outcome 94.9, text 93.2',
    statementFloors: { kind: 1, clear: 1, owner: 0.98, outcome: 0.95, timescaleText: 1 },
    planFloors: {
      kind: 0.94,
      clear: 0.96,
      owner: 0.97,
      outcome: 0.94,
      timescaleText: 0.93,
      precision: 0.98,
      recall: 1,
      contingency: 0.75,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check67 and check68 were being tuned on, never seeing the
    // analyser: eight document types again new, from a council's own teams (social care advice
    // for an EHC needs assessment, a staff safety risk assessment, a no access visits record, an
    // approved alternative carers form, a care plan for an emergency protection order's first
    // week, an accommodation suitability check, a family online safety agreement, an "attempts
    // to engage" record). Scored with this session's rules and without them: the same. Tuned
    // on with check69 once check71 was written ("Each line: Code; Need; Provision; ..." rows
    // read by their fields' names, "What must happen", "Control measures", "How the children
    // will still be seen", "Section A. What happened", "by the last day of January").
    folder: 'analysis-check70',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 98.3 / clear 98.3 / owner 100 / outcome 91.7 / text 96.7; plans P 92.5 R 83.9, contingency 75.0, child views 87.5, kind 85.9, clear 88.9, owner 86.9, outcome 85.9, text 84.8. Reached: statements kind 100 / clear 100 / owner 100 / outcome 91.7 / text 98.3; plans P 95.1 R 99.2, contingency 75.0, child views 87.5, kind 98.3, clear 98.3, owner 100, outcome 92.3, text 98.3',
    statementFloors: { kind: 1, clear: 1, owner: 1, outcome: 0.91, timescaleText: 0.98 },
    planFloors: {
      kind: 0.98,
      clear: 0.98,
      owner: 1,
      outcome: 0.92,
      timescaleText: 0.98,
      precision: 0.95,
      recall: 0.99,
      contingency: 0.75,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper alongside check70, never seeing the analyser: eight document
    // types again new, from partner agencies (a hearing clinic letter, a pest control record, a
    // firearms licensing decision, a pharmacy's supervised dosing agreement, a play therapist's
    // review, a Victim Support plan, an ESOL learning plan review, a road safety team's visit).
    // Scored with this session's rules and without them: the same. Left untouched while check69
    // and check70 were tuned on; tuned on with check72 once check73 was written ("Will do"
    // columns, "What will be safer for ...", a letter's greeting and opening, "Technician's
    // notes", "If Kofi gets worse" as a heading).
    folder: 'analysis-check71',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 96.7 / clear 100 / owner 98.3 / outcome 85.0 / text 93.3; plans P 84.2 R 87.1, contingency 87.5, child views 100, kind 88.1, clear 93.1, owner 98.0, outcome 96.0, text 85.1. Still never tuned on, after the rules from check69 and check70: plans P 84.9, the rest unchanged. Reached: statements unchanged; plans P 95.0 R 98.3, contingency 87.5, child views 100, kind 89.5, clear 93.9, owner 98.2, outcome 93.9, text 86.0',
    statementFloors: { kind: 0.96, clear: 1, owner: 0.98, outcome: 0.85, timescaleText: 0.93 },
    planFloors: {
      kind: 0.89,
      clear: 0.93,
      owner: 0.98,
      outcome: 0.93,
      timescaleText: 0.85,
      precision: 0.95,
      recall: 0.98,
      contingency: 0.87,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper while check69 and check70 were being tuned on, never seeing the
    // analyser: eight document types again new, from a council's own teams (a review the child
    // chaired, a leave cover sheet, an assessment of a person who may pose a risk, a peer group
    // mapping record, a child in care's money record, an emergency flat's move-on plan, an
    // exploitation screening tool, a home conditions checklist). Scored with this session's
    // rules and without them: the same. Tuned on with check71 once check73 was written ("What I
    // asked for" columns, "->" lines under "Things to do", "when in stock", "Mr Hale's flat").
    folder: 'analysis-check72',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 100 / clear 100 / owner 96.7 / outcome 95.0 / text 95.0; plans P 92.5 R 97.4, contingency 75.0, child views 87.5, kind 91.9, clear 96.4, owner 92.8, outcome 85.6, text 89.2. Reached: statements kind 100 / clear 100 / owner 100 / outcome 95.0 / text 95.0; plans P 93.4 R 100, contingency 75.0, child views 87.5, kind 93.0, clear 96.5, owner 99.1, outcome 88.6, text 90.4',
    statementFloors: { kind: 1, clear: 1, owner: 1, outcome: 0.95, timescaleText: 0.95 },
    planFloors: {
      kind: 0.92,
      clear: 0.96,
      owner: 0.99,
      outcome: 0.88,
      timescaleText: 0.9,
      precision: 0.93,
      recall: 1,
      contingency: 0.75,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper alongside check72, never seeing the analyser: eight document
    // types again new, from partner agencies (an allergy clinic's shared care plan, an ambulance
    // service's frequent caller review, a prison's child contact plan, a contact centre's
    // agreement, funeral planning minutes, a supported internship agreement, an illegal money
    // lending team's support plan, a rugby club's concern record). Scored with this session's
    // rules and without them: plans precision 90.9 and text 94.0 without them. Left untouched
    // while check71 and check72 were tuned on; tuned on with check74 once check75 was written
    // ("[SO] ..." minutes with the owner's initials first, "Part 1 - Victim support (VLO)").
    folder: 'analysis-check73',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 91.7 / clear 98.3 / owner 100 / outcome 91.7 / text 91.7; plans P 93.5 R 85.5, contingency 75.0, child views 75.0, kind 94.0, clear 97.0, owner 99.0, outcome 86.0, text 95.0. Still never tuned on, after the rules from check71 and check72: plans P 93.0 R 91.5, kind 93.5, clear 96.3, owner 98.1, outcome 91.6, text 94.4 (shares moved with more actions found). Reached: statements unchanged; plans P 93.5 R 99.1, contingency 75.0, child views 75.0, kind 93.1, clear 95.7, owner 98.3, outcome 92.2, text 94.0',
    statementFloors: { kind: 0.91, clear: 0.98, owner: 1, outcome: 0.91, timescaleText: 0.91 },
    planFloors: {
      kind: 0.93,
      clear: 0.95,
      owner: 0.98,
      outcome: 0.91,
      timescaleText: 0.93,
      precision: 0.92,
      recall: 0.99,
      contingency: 0.75,
      childsVoice: 0.75
    }
  },
  {
    // Written blind by a helper while check71 and check72 were being tuned on, never seeing the
    // analyser: eight document types again new, from a council's own teams (an ecomap session
    // record, a "day in the life" observation, a family's fridge copy of the safety plan, an
    // evening visit record, a Christmas arrangements plan, a training flat review, a Video
    // Interaction Guidance review, a home visit slip). Scored with this session's rules and
    // without them: plans P 94.0 R 92.4 without them (kind 96.4, text 95.5). Tuned on with
    // check73 once check75 was written ("the two points below are the CIN plan", "whenever Mum
    // has a hospital appointment", "within 3 days of the strategy discussion").
    folder: 'analysis-check74',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 91.7 / clear 96.7 / owner 93.3 / outcome 86.7 / text 83.3; plans P 96.5 R 93.3, contingency 62.5, child views 100, kind 95.5, clear 99.1, owner 99.1, outcome 91.9, text 94.6. Reached: statements kind 95.0 / clear 96.7 / owner 95.0 / outcome 86.7 / text 88.3; plans P 97.4 R 95.0, contingency 62.5, child views 100, kind 95.6, clear 99.1, owner 99.1, outcome 92.0, text 94.7',
    statementFloors: { kind: 0.95, clear: 0.96, owner: 0.95, outcome: 0.86, timescaleText: 0.88 },
    planFloors: {
      kind: 0.95,
      clear: 0.99,
      owner: 0.99,
      outcome: 0.91,
      timescaleText: 0.94,
      precision: 0.97,
      recall: 0.94,
      contingency: 0.62,
      childsVoice: 1
    }
  },
  {
    // Written blind by a helper alongside check74, never seeing the analyser: eight document
    // types again new, from partner agencies (an epilepsy nurse's care plan, a gas engineer's
    // concern form, a learning disability team's parenting plan, a school trip risk assessment,
    // a CAMHS consultation record, a law centre's letter, a mediation parenting plan, a council
    // tax officer's referral). Scored with this session's rules and without them: plans P 92.2
    // R 93.0 without them. Left untouched while check73 and check74 were tuned on; tuned on with
    // check76 once check77 was written ("action -- who, when" lines).
    folder: 'analysis-check75',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 100 / clear 100 / owner 98.3 / outcome 95.0 / text 96.7; plans P 91.5 R 93.9, contingency 75.0, child views 75.0, kind 93.5, clear 93.5, owner 81.3, outcome 90.7, text 89.7. Reached: statements unchanged; plans P 91.5 R 93.9, contingency 75.0, child views 75.0, kind 94.4, clear 94.4, owner 92.5, outcome 90.7, text 91.6',
    statementFloors: { kind: 1, clear: 1, owner: 0.98, outcome: 0.95, timescaleText: 0.96 },
    planFloors: {
      kind: 0.94,
      clear: 0.94,
      owner: 0.92,
      outcome: 0.9,
      timescaleText: 0.91,
      precision: 0.91,
      recall: 0.93,
      contingency: 0.75,
      childsVoice: 0.75
    }
  },
  {
    // Written blind by a helper while check73 and check74 were being tuned on, never seeing the
    // analyser: eight document types again new, from a council's own teams (a communication
    // passport, a practice observation record, a father's staged return home, a family support
    // session record, a foster carers' supervision record, a rent guarantor agreement, a youth
    // service goal plan, a Family Hub welcome call). Scored with this session's rules and without
    // them: the same. Tuned on once check77 was written ("THINGS WE SAID WE WOULD DO", "Me: ..."
    // steps under a goal).
    folder: 'analysis-check76',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 95.0 / clear 96.7 / owner 100 / outcome 91.7 / text 93.3; plans P 94.5 R 77.5, contingency 75.0, child views 75.0, kind 98.8, clear 100, owner 96.5, outcome 86.0, text 94.2. Reached: statements unchanged; plans P 95.7 R 99.1, contingency 75.0, child views 87.5, kind 99.1, clear 100, owner 97.3, outcome 86.4, text 94.5',
    statementFloors: { kind: 0.95, clear: 0.96, owner: 1, outcome: 0.91, timescaleText: 0.93 },
    planFloors: {
      kind: 0.99,
      clear: 1,
      owner: 0.97,
      outcome: 0.86,
      timescaleText: 0.94,
      precision: 0.95,
      recall: 0.99,
      contingency: 0.75,
      childsVoice: 0.87
    }
  },
  {
    // Written blind by a helper alongside check76, never seeing the analyser: eight document
    // types again new, from partner agencies (a hospital play specialist's plan, a railway
    // station's concern form, an eczema treatment plan, a family hostel's safety agreement, a
    // children's home restraint debrief, a tenancy relations record, a forest school review, a
    // baby bank referral). Untouched, and never tuned on: its floors sit just under its first
    // figures. Scored with this session's rules and without them: plans P 96.1 R 87.5 without them.
    folder: 'analysis-check77',
    statements: 60,
    plans: 8,
    history:
      'untouched: statements kind 93.3 / clear 98.3 / owner 98.3 / outcome 90.0 / text 93.3; plans P 97.1 R 88.4, contingency 62.5, child views 62.5, kind 96.0, clear 96.0, owner 89.9, outcome 87.9, text 97.0',
    statementFloors: { kind: 0.93, clear: 0.98, owner: 0.98, outcome: 0.9, timescaleText: 0.93 },
    planFloors: {
      kind: 0.95,
      clear: 0.95,
      owner: 0.89,
      outcome: 0.87,
      timescaleText: 0.96,
      precision: 0.97,
      recall: 0.88,
      contingency: 0.62,
      childsVoice: 0.62
    }
  }
]

describe.each(SETS)('the blind set $folder', (set) => {
  const dir = resolve(repoRoot, 'tests/fixtures', set.folder)

  it(`labels its ${set.statements} statements above the floors`, () => {
    const statements = readJsonl<LabelledStatement>(resolve(dir, 'statements.jsonl'))
    const result = scoreStatements(statements)
    console.log(`${set.folder} (${set.history})`)
    console.log(formatScores(`${set.folder} statements`, result.scores))
    if (result.mismatches.length) console.log(formatMismatches(result.mismatches))
    expect(statements).toHaveLength(set.statements)
    expect(result.analysed).toBe(set.statements)
    expectFloors(`${set.folder} statements`, result.scores, set.statementFloors)
  })

  it(`finds the actions of its ${set.plans} plans and labels them`, () => {
    const plansDir = resolve(dir, 'plans')
    const plans = JSON.parse(
      readFileSync(resolve(plansDir, 'labels.json'), 'utf8')
    ) as LabelledPlan[]
    const result = scorePlans(plansDir, plans)
    printPlans(`${set.folder} plans`, result)
    expect(plans).toHaveLength(set.plans)
    const floors = set.planFloors
    expect(result.precision, 'action precision').toBeGreaterThanOrEqual(floors.precision)
    expect(result.recall, 'action recall').toBeGreaterThanOrEqual(floors.recall)
    expect(result.contingency, 'contingency present').toBeGreaterThanOrEqual(floors.contingency)
    expect(result.childsVoice, "child's views present").toBeGreaterThanOrEqual(floors.childsVoice)
    expectFloors(`${set.folder} plans`, result.fields, floors)
  })
})
