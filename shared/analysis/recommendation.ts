// "That the social worker presents the match to panel on 14/09/2027": how an IRO or a conference
// writes its recommendations. Read as "the social worker will present the match ...", keeping the
// subject where it was, so an owner found in the rewritten text is found in the original too.

import { classifyNounPhrase, isAgentKind } from './grammar'
import {
  CARE_VERBS,
  CHILD_TASK_VERBS,
  CONTACT_VERBS,
  NON_AGENTIVE_VERBS,
  PROCESS_VERBS,
  PROVISION_VERBS,
  STATE_VERBS
} from './lexicon'
import { matchesOf } from './matches'

/** Verbs the lexicon knows, in their base form, and a few that recommendations often use. */
const KNOWN_VERBS = new Set(
  [
    ...CARE_VERBS,
    ...CHILD_TASK_VERBS,
    ...CONTACT_VERBS,
    ...NON_AGENTIVE_VERBS,
    ...PROCESS_VERBS,
    ...PROVISION_VERBS,
    ...STATE_VERBS,
    'present',
    'apply',
    'arrange',
    'hold',
    'join',
    'carry',
    'consult',
    'do',
    'be',
    'take',
    'give',
    'book',
    'write',
    'send',
    'agree',
    'ensure',
    'explore',
    'seek',
    'make',
    'see',
    'weigh',
    'keep',
    'share',
    'tell',
    'ring',
    'call',
    'check',
    'refer',
    'help',
    'support',
    'provide',
    'complete',
    'attend',
    'visit',
    'request',
    'update',
    'liaise',
    'chase',
    'offer',
    // Orders to teach, show or encourage: "PSHE lead: teach a Year 8 lesson on consent".
    'teach',
    'use',
    'show',
    'explain',
    'learn',
    'practise',
    'read',
    'organise',
    'collect',
    'pay',
    'remind',
    'encourage',
    'praise',
    'listen',
    'reward',
    'train',
    'coach',
    'mentor',
    // A court's or guardian's recommendations: "that the local authority file a parenting
    // assessment".
    'file',
    // "Every other Saturday: Dad (Marek) has all three children": a rota's who has whom.
    'have',
    'instruct',
    'disclose',
    'serve'
  ].flatMap((verb) => verb.split(/\s+/).slice(0, 1))
)

const THAT =
  /^(?:(?:[Rr]ec(?:ommendation)?\.?|R)\s*\d{1,3}\s*[:.)–-]\s*)?(?:[Tt]hat|It is (?:recommended|proposed|suggested) that)\s+/

/** A present-tense verb after its subject: "presents" -> "present", "applies" -> "apply". */
export function baseForm(verb: string): string {
  const irregular: Record<string, string> = {
    is: 'be',
    are: 'be',
    has: 'have',
    does: 'do',
    goes: 'go'
  }
  if (irregular[verb]) return irregular[verb]
  if (/[^aeiou]ies$/.test(verb)) return verb.slice(0, -3) + 'y'
  if (/(?:ch|sh|ss|x|z)es$/.test(verb)) return verb.slice(0, -2)
  if (/[^s]s$/.test(verb)) return verb.slice(0, -1)
  return verb
}

/** Whether a word is a verb the analyser knows, in its base form ("see", "book", "weigh"). */
export function isKnownVerb(word: string): boolean {
  return KNOWN_VERBS.has(word.toLowerCase())
}

/**
 * The recommendation as an action with "will", or null when the text is no "That ..."
 * recommendation with a person or service as its subject. The subject keeps its offsets.
 */
export function asDirective(text: string): string | null {
  const that = THAT.exec(text)
  if (!that) return null
  const body = text.slice(that[0].length)
  const words = [...matchesOf(/\S+/g, body)]
  // The shortest subject of up to eight words that names someone, followed by a verb it knows
  // ("the designated teacher and the Virtual School update ...").
  for (let count = 1; count <= Math.min(8, words.length - 1); count += 1) {
    const verb = words[count]![0]
    if (!/^[a-z]+$/.test(verb) || !KNOWN_VERBS.has(baseForm(verb))) continue
    const subject = body.slice(0, words[count - 1]!.index + words[count - 1]![0].length)
    if (!isAgentKind(classifyNounPhrase(subject))) continue
    const rest = body.slice(words[count]!.index + verb.length)
    return `${' '.repeat(that[0].length)}${subject} will ${baseForm(verb)}${rest}`
  }
  return null
}

/** "Under no circumstances should Mr T. collect ...": a prohibition with its modal put first. */
const NEGATIVE_INVERSION =
  /^(?:under no circumstances|in no circumstances|on no account|at no (?:point|time))\s*,?\s+(should|must|will|shall|is|are|can)\s+/i

/**
 * The prohibition in the usual order, "Mr T. should not collect ...", with the subject in place;
 * null for any other text.
 */
export function inUsualOrder(text: string): string | null {
  const inversion = NEGATIVE_INVERSION.exec(text)
  if (!inversion) return null
  const modal = (inversion[1] ?? '').toLowerCase()
  const body = text.slice(inversion[0].length)
  const words = [...matchesOf(/\S+/g, body)]
  for (let count = 1; count <= Math.min(6, words.length - 1); count += 1) {
    const next = words[count]!
    if (!/^[a-z]+$/.test(next[0])) continue
    const subject = body.slice(0, words[count - 1]!.index + words[count - 1]![0].length)
    if (!isAgentKind(classifyNounPhrase(subject))) continue
    // "Under no circumstances is Dad to collect ...": "Dad is not to collect".
    const negated = next[0] === 'to' ? `${modal} not` : `${modal} not ${next[0]}`
    const rest = body.slice(next.index + next[0].length)
    return `${' '.repeat(inversion[0].length)}${subject} ${negated}${next[0] === 'to' ? ' to' : ''}${rest}`
  }
  return null
}
