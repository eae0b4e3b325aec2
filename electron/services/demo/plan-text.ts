import type { PlanType } from '../../../shared/domain'
import { CLA_CONTENT, PATHWAY_CONTENT } from './content-care'
import { CIN_CONTENT, CP_CONTENT, EARLY_HELP_CONTENT } from './content-family'
import type { DemoCase, DemoPlanVersion } from './cases'
import { planContext } from './context'
import type { PlanContext } from './context'
import { addDays, numericDate } from './dates'
import { DEMO_COUNCIL, LEAVING_CARE } from './names'
import type { PlanQuality } from './names'
import type { DemoRandom } from './random'
import { capitalise, GENERIC_CONTINGENCY, PROCESS_MEASURES, VAGUE_TIMESCALES } from './templates'
import type { ActionTemplate, PlanTypeContent, Text, Theme } from './templates'

const CONTENT: Record<PlanType, PlanTypeContent> = {
  CIN: CIN_CONTENT,
  CP: CP_CONTENT,
  CLA: CLA_CONTENT,
  PATHWAY: PATHWAY_CONTENT,
  EARLY_HELP: EARLY_HELP_CONTENT
}

/** How a plan's actions are set out: the shapes council Word templates come out of text in. */
type ActionLayout = 'pipe-table' | 'tab-table' | 'grouped-tables' | 'numbered' | 'bullets' | 'plain'

const LAYOUTS: Record<PlanQuality, readonly (readonly [ActionLayout, number])[]> = {
  good: [
    ['pipe-table', 35],
    ['tab-table', 20],
    ['grouped-tables', 20],
    ['numbered', 25]
  ],
  mediocre: [
    ['numbered', 35],
    ['pipe-table', 25],
    ['bullets', 25],
    ['tab-table', 15]
  ],
  poor: [
    ['bullets', 45],
    ['plain', 30],
    ['numbered', 25]
  ]
}

/** One action as the plan will print it, in table cells and as a sentence. */
interface ActionRow {
  domain: string
  action: string
  who: string
  when: string
  measure: string
  sentence: string
}

/* ----------------------------- actions ----------------------------- */

function smartRow(template: ActionTemplate, x: PlanContext, domain: string): ActionRow {
  const who = template.who(x)
  const action = `${who} to ${template.task(x)}`
  const when = template.when(x)
  const so = template.so?.(x)
  return {
    domain,
    action,
    who,
    when,
    measure: template.measure(x),
    sentence: `${action} ${when}${so ? `, so that ${so}` : ''}.`
  }
}

/**
 * A mediocre plan's version of a SMART action: the same intention, with some of a vague
 * timescale, nobody named, or success measured by attendance rather than change for the child.
 */
function weakenedRow(template: ActionTemplate, x: PlanContext, domain: string): ActionRow {
  const random = x.random
  const vague = random.chance(0.5)
  const ownerless = template.passive !== undefined && random.chance(0.35)
  const process = random.chance(0.6)
  const who = ownerless ? '' : template.who(x)
  const action = ownerless ? template.passive!(x) : `${who} to ${template.task(x)}`
  const vagueWords = random.pick(VAGUE_TIMESCALES)
  const when = vague ? vagueWords : template.when(x)
  const so = process ? undefined : template.so?.(x)
  const sentenceWhen = !vague ? ` ${when}` : vagueWords === 'ongoing' ? ' (ongoing)' : ` ${when}`
  return {
    domain,
    action,
    who,
    when,
    measure: process ? random.pick(PROCESS_MEASURES) : template.measure(x),
    sentence: `${action}${sentenceWhen}${so ? `, so that ${so}` : ''}.`
  }
}

/** A line of a poor plan, set out in a table as well as it can be: no who, no when. */
function processRow(line: string, domain: string): ActionRow {
  return { domain, action: line.replace(/\.$/, ''), who: '', when: '', measure: '', sentence: line }
}

/** Where visits and meetings go in a plan grouped by area of the child's life. */
const STANDING_DOMAIN = 'Support'

/**
 * Up to six owned, dated actions: one or two for each need, and the visits and meetings that
 * keep the plan under review. Contingency lines come on top, so the plan stays manageable.
 */
function goodActions(themes: readonly Theme[], content: PlanTypeContent, x: PlanContext) {
  const rows = themes.flatMap((theme) =>
    theme.actions
      .slice(0, x.random.chance(0.4) ? 2 : 1)
      .map((template) => smartRow(template, x, theme.domain))
  )
  const standing = content.standing.map((template) => smartRow(template, x, STANDING_DOMAIN))
  return [...rows, ...standing].slice(0, 6)
}

function mediocreActions(themes: readonly Theme[], content: PlanTypeContent, x: PlanContext) {
  const rows = themes.map((theme) => weakenedRow(theme.actions[0]!, x, theme.domain))
  const extra = x.random.some(
    themes.flatMap((theme) => theme.poor.map((line) => processRow(line(x), theme.domain))),
    x.random.int(1, 2)
  )
  const standing = x.random.chance(0.5)
    ? [weakenedRow(x.random.pick(content.standing), x, STANDING_DOMAIN)]
    : []
  return [...rows, ...extra, ...standing]
}

function poorActions(themes: readonly Theme[], content: PlanTypeContent, x: PlanContext) {
  const own = themes.flatMap((theme) => theme.poor.map((line) => processRow(line(x), theme.domain)))
  const generic = x.random
    .some(content.genericPoor, x.random.int(2, 3))
    .map((line) => processRow(line(x), 'Other'))
  return [...own, ...generic].slice(0, 9)
}

/* ----------------------------- layouts ----------------------------- */

const TABLE_HEADERS = [
  ['What needs to happen', 'Who', 'By when', 'How will we know it is working?'],
  ['Action', 'Who', 'By when', 'How will we know?'],
  [
    'What needs to happen',
    'Who is responsible',
    'Timescale',
    'What will be different for the child?'
  ]
] as const

function tableLines(rows: readonly ActionRow[], separator: string, header: readonly string[]) {
  return [
    header.join(separator),
    ...rows.map((row) =>
      [row.action, row.who, capitalise(row.when), row.measure].join(separator).trimEnd()
    )
  ]
}

function layoutActions(layout: ActionLayout, rows: readonly ActionRow[], x: PlanContext): string[] {
  const pipe = ' | '
  switch (layout) {
    case 'pipe-table':
      return tableLines(rows, pipe, x.random.pick(TABLE_HEADERS))
    case 'tab-table':
      return tableLines(rows, '\t', x.random.pick(TABLE_HEADERS))
    case 'grouped-tables': {
      // One table per area of the child's life, each under its own subheading.
      const header = x.random.pick(TABLE_HEADERS)
      const domains = [...new Set(rows.map((row) => row.domain))]
      return domains.flatMap((domain, index) => [
        ...(index > 0 ? [''] : []),
        domain,
        ...tableLines(
          rows.filter((row) => row.domain === domain),
          '\t',
          header
        )
      ])
    }
    case 'numbered':
      return rows.map((row, index) => `${index + 1}. ${row.sentence}`)
    case 'bullets': {
      const bullet = x.random.pick(['•', '-', '*'])
      return rows.map((row) => `${bullet} ${row.sentence}`)
    }
    case 'plain':
      return rows.map((row) => row.sentence)
  }
}

/* ----------------------------- sections ----------------------------- */

function header(
  content: PlanTypeContent,
  themes: readonly Theme[],
  x: PlanContext,
  quality: PlanQuality
): string[] {
  const planDate = numericDate(x.planDate)
  const review = numericDate(addDays(x.planDate, x.planType === 'CP' ? 91 : 182))
  const leadLine: Record<PlanType, string> = {
    CIN: `Lead social worker: ${x.worker}, Social Worker, ${x.team}`,
    CP: `Lead social worker: ${x.worker}, Social Worker, ${x.team}`,
    CLA: `Lead social worker: ${x.worker}, ${x.team}`,
    PATHWAY:
      x.team === LEAVING_CARE
        ? `Personal Adviser (PA): ${x.worker}, ${x.team}`
        : `Lead social worker: ${x.worker}, ${x.team}. Personal Adviser (PA): to be allocated`,
    EARLY_HELP: `Lead professional: ${x.worker}, Early Help Key Worker`
  }
  const lines = [
    'OFFICIAL - SENSITIVE',
    DEMO_COUNCIL,
    `Children's Services - ${x.team}`,
    x.random.pick(content.title),
    'SYNTHETIC DEMO PLAN - NOT A REAL CHILD OR FAMILY',
    '',
    `${x.planType === 'PATHWAY' ? 'Young person' : 'Child'}: ${x.initials}`,
    `Age: ${x.age === 0 ? 'under 1' : `${x.age} years`}`,
    `Plan type: ${content.planTypeLine}`
  ]
  if (x.planType === 'CP') lines.push(`Category of harm: ${categoryOfHarm(themes, x)}`)
  if (x.case.legalStatus) lines.push(`Legal status: ${x.case.legalStatus}`)
  lines.push(`Date of plan: ${planDate}`, leadLine[x.planType], `Team manager: ${x.manager}`)
  // A poor plan often leaves its review date blank or "TBC", which is itself a finding.
  lines.push(`Review date: ${quality === 'poor' && x.random.chance(0.5) ? 'TBC' : review}`)
  return lines
}

/** The category a conference would choose for the plan's most serious need. */
function categoryOfHarm(themes: readonly Theme[], x: PlanContext): string {
  const keys = themes.map((theme) => theme.key)
  if (keys.includes('domestic-abuse') || keys.includes('emotional')) return 'Emotional abuse'
  if (keys.includes('neglect') || keys.includes('alcohol')) return 'Neglect'
  return x.random.pick(['Neglect', 'Emotional abuse'])
}

function narrative(
  content: PlanTypeContent,
  themes: readonly Theme[],
  x: PlanContext,
  quality: PlanQuality
): string[] {
  const worries = themes.map((theme) => theme.worry(x))
  const strengths = x.random.some(content.strengths, quality === 'poor' ? 1 : x.random.int(2, 3))
  const asBullets = x.random.chance(0.3)
  const list = (items: readonly string[]): string[] =>
    asBullets ? items.map((item) => `- ${item}`) : [...items]
  return [
    x.random.pick(content.reasonHeading),
    content.reason(x),
    '',
    x.random.pick(['What are we worried about?', 'Worries', 'Concerns']),
    ...list(quality === 'poor' ? worries.slice(0, 2) : worries),
    '',
    x.random.pick(["What's working well?", 'Strengths', "What's going well"]),
    ...list(strengths.map((strength) => strength(x)))
  ]
}

function childsViews(content: PlanTypeContent, x: PlanContext, quality: PlanQuality): string[] {
  if (quality === 'poor') {
    return x.random.chance(0.5)
      ? [
          "Child's views",
          `Not gathered - ${x.name} ${x.age >= 16 ? 'was out' : 'was at school'} when the worker visited.`
        ]
      : []
  }
  if (quality === 'mediocre') {
    return [
      x.random.pick(["Child's views", `${x.name}'s views`]),
      x.random.pick([
        `${x.name} was seen at home with ${x.homeAdult} and said things are "ok".`,
        `${x.name} said ${x.he} is happy at home (reported by ${x.homeAdult}).`,
        `${x.name}'s views were gathered by ${x.school}: ${x.he} says ${x.he} likes ${x.his} ${x.age >= 16 ? 'tutor' : 'teacher'}.`
      ])
    ]
  }
  const heading = x.random.pick([`What ${x.name} said`, `${x.name}'s views and wishes`])
  if (x.age < 4) {
    return [
      heading,
      `${x.name} is too young to tell us in words, so I watched ${x.him} at home on ${x.date(-6)}: ${x.he} smiled and reached for ${x.mum}, settled quickly when she picked ${x.him} up, and played with the toys she had put out for ${x.him}.`
    ]
  }
  const place = x.age >= 16 ? `a café ${x.he} chose` : x.school
  return [
    heading,
    `I met ${x.name} on ${x.his} own at ${place} on ${x.date(-5)}.`,
    ...x.random
      .some(x.age < 7 ? YOUNG_QUOTES : content.quotes, 2)
      .map((quote) => `${x.name} said: ${quote(x)}`),
    `${x.name} helped to choose the actions in this plan and has a copy written for ${x.him}.`
  ]
}

/** What a four to six year old tells a worker who plays with them. */
const YOUNG_QUOTES: readonly Text[] = [
  () => '"I like playing with my cars."',
  () => '"Nanny reads me stories."',
  () => '"I don\'t like it when it\'s loud."',
  () => '"My teacher gives me stickers."'
]

function outcomes(themes: readonly Theme[], x: PlanContext): string[] {
  return [
    x.random.pick([`Outcomes we want for ${x.name}`, 'What we want to achieve']),
    ...themes.map((theme) => theme.outcome(x))
  ]
}

function contingency(
  content: PlanTypeContent,
  themes: readonly Theme[],
  x: PlanContext,
  quality: PlanQuality
): string[] {
  if (quality === 'poor') return []
  if (quality === 'mediocre') {
    return x.random.chance(0.6) ? ['Contingency plan', x.random.pick(GENERIC_CONTINGENCY)] : []
  }
  const keys = new Set(themes.map((theme) => theme.key))
  const lines = content.contingency.flatMap((line) =>
    typeof line === 'function' ? [line(x)] : keys.has(line.theme) ? [line.text(x)] : []
  )
  return ['Contingency plan', ...lines]
}

function signOff(x: PlanContext): string[] {
  return [
    'Signatures',
    `Parent or young person: ____________  ${x.lead}: ____________  Date: ____________`
  ]
}

/** The themes a plan is about: needs that make sense at the child's age. */
function chooseThemes(content: PlanTypeContent, x: PlanContext): Theme[] {
  const fitting = content.themes.filter(
    (theme) => !theme.ages || (x.age >= theme.ages[0] && x.age <= theme.ages[1])
  )
  return x.random.some(fitting, 3)
}

/**
 * Writes one synthetic plan: a council template's header block (the child by initials only), the
 * narrative, the child's views, the actions in one of several layouts, and a contingency plan, at
 * the quality asked for. Good plans have SMART, owned, dated actions with measures of change for
 * the child; poor ones list process ("SW to monitor", "ongoing") with nobody named.
 */
export function writePlan(
  demoCase: DemoCase,
  version: DemoPlanVersion,
  random: DemoRandom
): string {
  const x = planContext(demoCase, new Date(`${version.planDate}T00:00:00Z`), random)
  const content = CONTENT[demoCase.planType]
  const quality = version.quality
  const themes = chooseThemes(content, x)
  const rows =
    quality === 'good'
      ? goodActions(themes, content, x)
      : quality === 'mediocre'
        ? mediocreActions(themes, content, x)
        : poorActions(themes, content, x)
  const layout = random.weighted(LAYOUTS[quality])
  const sections = [
    header(content, themes, x, quality),
    narrative(content, themes, x, quality),
    childsViews(content, x, quality),
    quality === 'good' || (quality === 'mediocre' && random.chance(0.4)) ? outcomes(themes, x) : [],
    [random.pick(content.actionsHeading), ...layoutActions(layout, rows, x)],
    contingency(content, themes, x, quality),
    signOff(x)
  ]
  const text = sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')
  // A sentence ending on an initial ("referral for K.") has one full stop, not two.
  return `${text.replace(/([A-Z])\.\.(?=\s|$)/g, '$1.')}\n`
}
