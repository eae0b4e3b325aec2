/**
 * Cheap first looks at a sentence: which families of timescale patterns could match it at all.
 *
 * Each family was once its own case-insensitive expression of a few dozen words ("jan|feb|...|
 * week"), and the two dozen of them, each scanning the whole sentence, took about a tenth of the
 * analyser's time. Here one pass over the sentence finds every family's pieces at once.
 *
 * A piece is letters and digits, and a space in it stands for any run of other characters, or
 * for the start or end of the text: " rev " is the word "rev" on its own, "ly " a word's ending,
 * "x 2" an x, a gap and a 2. Every match of a family's patterns holds one of its pieces ("end" for
 * "end of", "catch" for "catch-up"), so a family's hint is never stricter than the expressions it
 * guards: it only spares them sentences they could not match.
 */

export const HINT = {
  /** A date, a day or month name, or a word about a birth. */
  date: 1 << 0,
  /** A school term, a holiday or a season. */
  term: 1 << 1,
  /** A unit of time: "6 weeks", "48 hrs", "2/52". */
  unit: 1 << 2,
  /** One of the whole phrases: "week 20 of proceedings", "the same day", "by Eid". */
  phrase: 1 << 3,
  /** A day fixed in the calendar: "Valentine's Day", "Christmas Eve". */
  fixedDay: 1 << 4,
  /** A meeting, review or visit. */
  meeting: 1 << 5,
  /** A cadence: "weekly", "every other Saturday", "2x a week", "BD". */
  frequency: 1 << 6,
  /** A month's name. */
  month: 1 << 7,
  /** A day's name, or "day". */
  weekday: 1 << 8,
  /** A birth: "born", "baby", "due date". */
  birth: 1 << 9,
  // The rest each guard one or two of the cadence patterns.
  /** "any", "each", "every", "all". */
  quantifier: 1 << 10,
  /** A word ending in "ly": "weekly", "fortnightly". */
  ly: 1 << 11,
  /** "on a weekly basis". */
  basis: 1 << 12,
  /** "on", "at": "on Mondays", "at weekends". */
  onAt: 1 << 13,
  /** A part of the day: "mornings", "bedtimes". */
  dayPart: 1 << 14,
  /** A prescription's doses: "TDS", "nocte". */
  doses: 1 << 15,
  /** A unit of time standing alone: "a week", "per month", "/ day". */
  unitWord: 1 << 16,
  /** "alternate". */
  alternate: 1 << 17,
  /** "2x", "x 3", "pw". */
  timesX: 1 << 18,
  /** "2/52", "3/12": clinical shorthand. */
  clinical: 1 << 19,
  /** "two" to "six", or 2 to 6: "one weekend in three". */
  smallNumber: 1 << 20,
  /** "sessions", "groups", "clubs": a weekday's sessions. */
  sessions: 1 << 21,
  /** A time of day: "at bedtimes", "in the mornings", "at night". */
  timeOfDay: 1 << 22,
  // These three guard the period-end patterns, which every text with a digit used to try.
  /** "the end of the month", "start of next week", "eow". */
  periodEnd: 1 << 23,
  /** "this week", "next month", "weekend". */
  thisNext: 1 << 24,
  /** "today", "tomorrow", "tonight". */
  today: 1 << 25
} as const

interface Family {
  bit: number
  pieces: readonly string[]
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const WEEKDAYS = ['day', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
/** Whole words: " rev ". */
const words = (...list: string[]): string[] => list.map((word) => ` ${word} `)

/** Exported for the tests, which check the automaton against a plain reading of the pieces. */
export const HINT_FAMILIES: readonly Family[] = [
  {
    bit: HINT.date,
    pieces: [
      ...DIGITS,
      ...MONTHS,
      ...WEEKDAYS,
      'eow',
      'eom',
      'eoy',
      'tomorrow',
      'tonight',
      'tmrw',
      'tmw',
      'end',
      'start',
      'beginning',
      'week',
      'wk',
      'mth',
      'yr',
      'birth',
      'born',
      'baby',
      'delivery',
      'due',
      'edd'
    ]
  },
  {
    bit: HINT.term,
    pieces: [
      'term',
      'holiday',
      'hols',
      'break',
      'vacation',
      'christmas',
      'xmas',
      'easter',
      'year',
      'yr',
      'academic',
      'spring',
      'summer',
      'autumn',
      'winter',
      'pancake',
      'shrove',
      'clocks'
    ]
  },
  {
    bit: HINT.unit,
    pieces: [
      'hour',
      'hr',
      'day',
      'night',
      'week',
      'wk',
      'month',
      'mth',
      'mnth',
      'year',
      'yr',
      'term',
      '52',
      '12',
      '7',
      'wd',
      'min'
    ]
  },
  {
    bit: HINT.phrase,
    pieces: [
      'proceedings',
      'end',
      'eid',
      'diwali',
      'ramadan',
      'hanukkah',
      'passover',
      'vaisakhi',
      'year',
      'morning',
      'night',
      'evening',
      ...words('first', 'same', 'day', 'within')
    ]
  },
  {
    bit: HINT.fixedDay,
    pieces: [
      'valentine',
      'patrick',
      'david',
      'george',
      'andrew',
      'hallowe',
      'bonfire',
      'christmas',
      'boxing',
      'year'
    ]
  },
  {
    bit: HINT.meeting,
    pieces: [
      'conference',
      'icpc',
      'rcpc',
      'core',
      'review',
      'meeting',
      'mtg',
      'taf',
      'tac',
      'team',
      'pep',
      'strategy',
      'panel',
      'hearing',
      'irh',
      'fgc',
      'lpm',
      'visit',
      'discussion',
      'supervision',
      // "at her next clinic appointment": an appointment is a review point too.
      'appointment',
      'appt',
      'catch',
      'key',
      'check',
      ...words('cg', 'rev', 'cin', 'lac', 'cla', 'cic', 'pp', 'marac', 'etr', 'cetr'),
      ...words(...DIGITS.slice(1).map((digit) => `cg${digit}`))
    ]
  },
  {
    bit: HINT.frequency,
    pieces: [
      ...WEEKDAYS,
      'week',
      'wk',
      'night',
      'mth',
      'term',
      'year',
      'yr',
      'alternate',
      'every',
      'each',
      'once',
      'twice',
      'thrice',
      'times',
      'daily',
      'fortnigh',
      'annually',
      'quarterly',
      'basis',
      'morning',
      'afternoons',
      'evenings',
      'eves',
      'hourly',
      // "2x", "x2", "x 2": a count of times.
      ...DIGITS.flatMap((digit) => [`${digit}x`, `x${digit}`]),
      ...words('x', 'any', 'od', 'out'),
      // A prescription's doses: "TDS", "BD", "nocte".
      'tds',
      'tid',
      'bd',
      'bid',
      'qds',
      'qid',
      'nocte',
      'mane'
    ]
  },
  { bit: HINT.month, pieces: MONTHS },
  { bit: HINT.weekday, pieces: WEEKDAYS },
  { bit: HINT.birth, pieces: ['born', 'birth', 'baby', 'delivery', 'due', ...words('edd')] },
  { bit: HINT.quantifier, pieces: words('any', 'each', 'every', 'all') },
  { bit: HINT.ly, pieces: ['ly '] },
  { bit: HINT.basis, pieces: ['basis'] },
  { bit: HINT.onAt, pieces: words('on', 'at') },
  {
    bit: HINT.dayPart,
    pieces: ['morning', 'afternoons', 'evenings', 'nights', 'lunchtimes', 'teatimes', 'bedtimes']
  },
  {
    bit: HINT.doses,
    pieces: ['hourly', ...words('tds', 'tid', 'bd', 'bid', 'qds', 'qid', 'nocte', 'mane', 'od')]
  },
  {
    bit: HINT.unitWord,
    pieces: words('day', 'week', 'wk', 'fortnight', 'month', 'mth', 'term', 'year', 'yr')
  },
  { bit: HINT.alternate, pieces: ['alternate'] },
  {
    bit: HINT.timesX,
    pieces: [
      ...DIGITS.flatMap((digit) => [`${digit}x`, `x${digit}`, `${digit} x`, `x ${digit}`]),
      ...words('p', 'pw')
    ]
  },
  { bit: HINT.clinical, pieces: words('52', '12', '7') },
  {
    bit: HINT.smallNumber,
    pieces: words('two', 'three', 'four', 'five', 'six', '2', '3', '4', '5', '6')
  },
  { bit: HINT.sessions, pieces: ['sessions', 'groups', 'clubs', 'classes', 'drop'] },
  { bit: HINT.timeOfDay, pieces: ['times', 'night', 'mornings', 'evenings', 'afternoons'] },
  { bit: HINT.periodEnd, pieces: ['end', 'start', 'beginning', ...words('eow', 'eom', 'eoy')] },
  { bit: HINT.thisNext, pieces: [...words('this', 'next'), 'weekend', 'wkend'] },
  { bit: HINT.today, pieces: words('today', 'tomorrow', 'tonight', 'tmrw', 'tmw') }
]

// The pieces are found in one pass, by an Aho-Corasick automaton over 37 symbols: the letters in
// either case, the digits, and one for every other character, of which a run counts as one.
const GAP = 36
const SYMBOLS = 37

/** Each ASCII character's symbol; any other character is a gap, as \b in an expression takes it. */
const SYMBOL_OF = new Uint8Array(128).fill(GAP)
for (let i = 0; i < 26; i += 1) {
  SYMBOL_OF[0x61 + i] = i
  SYMBOL_OF[0x41 + i] = i
}
for (let i = 0; i < 10; i += 1) SYMBOL_OF[0x30 + i] = 26 + i

interface Automaton {
  /** The state after each state and symbol, at state * SYMBOLS + symbol. */
  next: Int32Array
  /** The families whose pieces end on reaching each state. */
  found: Int32Array
}

function buildAutomaton(families: readonly Family[]): Automaton {
  const symbolsOf = (piece: string): number[] =>
    Array.from(piece, (char) => {
      if (char === ' ') return GAP
      const symbol = SYMBOL_OF[char.charCodeAt(0)] ?? GAP
      if (symbol === GAP) throw new Error(`a hint piece is letters, digits and spaces: "${piece}"`)
      return symbol
    })
  // The trie of every piece.
  const children: Int32Array[] = [new Int32Array(SYMBOLS).fill(-1)]
  const found: number[] = [0]
  for (const family of families) {
    for (const piece of family.pieces) {
      let state = 0
      for (const symbol of symbolsOf(piece)) {
        let to = children[state]![symbol]!
        if (to < 0) {
          to = children.length
          children.push(new Int32Array(SYMBOLS).fill(-1))
          found.push(0)
          children[state]![symbol] = to
        }
        state = to
      }
      found[state]! |= family.bit
    }
  }
  // Breadth first, each state's missing moves are those of its longest proper suffix in the
  // trie, and it finds what that suffix finds.
  const next = new Int32Array(children.length * SYMBOLS)
  const suffix = new Int32Array(children.length)
  const queue: number[] = []
  for (let symbol = 0; symbol < SYMBOLS; symbol += 1) {
    const to = children[0]![symbol]!
    next[symbol] = Math.max(to, 0)
    if (to > 0) queue.push(to)
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head]!
    found[state]! |= found[suffix[state]!]!
    for (let symbol = 0; symbol < SYMBOLS; symbol += 1) {
      const to = children[state]![symbol]!
      const fallback = next[suffix[state]! * SYMBOLS + symbol]!
      if (to < 0) next[state * SYMBOLS + symbol] = fallback
      else {
        next[state * SYMBOLS + symbol] = to
        suffix[to] = fallback
        queue.push(to)
      }
    }
  }
  return { next, found: Int32Array.from(found) }
}

const { next: NEXT, found: FOUND } = buildAutomaton(HINT_FAMILIES)

/** The HINT families whose patterns could match somewhere in the text, as bits. */
export function hintsOf(text: string): number {
  // The text is read as if a gap stood before and after it, so its first and last words are
  // whole words too.
  let state = NEXT[GAP]!
  let hints = FOUND[state]!
  let gap = true
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    const symbol = code < 128 ? SYMBOL_OF[code]! : GAP
    if (symbol === GAP) {
      if (gap) continue
      gap = true
    } else gap = false
    state = NEXT[state * SYMBOLS + symbol]!
    hints |= FOUND[state]!
  }
  return gap ? hints : hints | FOUND[NEXT[state * SYMBOLS + GAP]!]!
}
