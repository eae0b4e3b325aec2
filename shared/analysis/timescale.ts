import { GB as chronoGB } from 'chrono-node/en'
import {
  addDays,
  addMonths,
  addWorkingDays,
  daysInMonth,
  formatIsoDate,
  isValidDate,
  nextOccurrence,
  onOrAfterWeekday,
  onOrBeforeWeekday,
  toDayNumber,
  type CalendarDate
} from './dates'
import { mainClauseEnd, parseClause } from './grammar'
import {
  APPOINTMENT,
  CONDITION_READINESS,
  CONDITION_THING_STARTS,
  GENERIC_MEETINGS,
  MONTH_NUMBERS,
  NUMBER_WORDS,
  SEASON_START_MONTHS,
  SPECIFIC_MEETINGS,
  VAGUE_PHRASES
} from './lexicon'
import { resolveTermReference, type HolidayName, type TermName, type TermReference } from './terms'
import type { TermDates, Timescale, TimescaleKind } from './types'
import { HINT, hintsOf } from './hints'
import { mapPacked, matchesOf } from './matches'

export interface TimescaleContext {
  planDate: CalendarDate | null
  termDates: TermDates | undefined
}

/** A timescale found in a piece of text, with where it sits. */
export interface TimescaleMatch extends Timescale {
  start: number
  end: number
  /** True for start dates ("from January 2026"): they set no deadline that can be missed. */
  isStart: boolean
}

interface Candidate {
  kind: Exclude<TimescaleKind, 'none'>
  start: number
  end: number
  due: CalendarDate | null
  /** A repeating time of day ("at lunchtimes"): any other cadence in the text says more. */
  weak?: boolean
  /** Works the due date out later, for the one candidate that wins (chrono is the slow part). */
  resolveDue?: () => CalendarDate | null
  isStart: boolean
}

/** What one piece of text says about time: the winning timescale and every time phrase in it. */
export interface TimescaleReading {
  best: TimescaleMatch | null
  phrases: { start: number; end: number }[]
}

// ---------------------------------------------------------------------------------------------
// Patterns. All are built once; matchAll copies a global regex, so no lastIndex state is shared.

// Month and day names, with the abbreviations and common misspellings of case notes ("Febuary",
// "Wendesday").
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary|uary|urary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const WEEKDAY =
  '(?:monday|tu(?:es|se)day|w(?:ednes|endes|edens|ednse)day|th(?:urs|ur|rus)day|friday|saturday|sunday)'
const WEEKDAY_SHORT = '(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)'
/** A day named in full or cut short ("Fri", "Weds", "Thurs"), never with a full stop. */
const DAY = `(?:${WEEKDAY}|${WEEKDAY_SHORT})`
/** A day in the plural: "Mondays", "Sats", "Tuesdays". */
const DAYS = `(?:${WEEKDAY}s|(?:mon|fri|sat|sun)s)`
const ORDINAL = '(?:st|nd|rd|th)'
// A full stop belongs to an abbreviated month ("Jan."), never to a full name ending a sentence.
const ABBREVIATION_DOT =
  '(?:(?<=\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\\.(?=\\s*[\\d,]))?'
const NUM_WORDS = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|')
const NUM = `(?:\\d{1,3}|${NUM_WORDS})`
/** A number or a range of numbers: "6", "six", "4-6", "4 to 6". */
const NUM_RANGE = `(?:\\d{1,3}(?:\\s*(?:[-–]|to)\\s*\\d{1,3})?|${NUM_WORDS})`
/** Between a number and its unit: a space, or nothing after digits ("24hrs", "6wks"). */
const NUM_GAP = '(?:\\s+|(?<=\\d)(?=[a-z]))'
const UNIT =
  '(?:hours?|hrs?|days?|nights?|weeks?|wks?|fortnights?|months?|mths?|mnths?|years?|yrs?|terms?|school\\s+terms?)'
/** "working days" and its abbreviations. */
const WORKING = '(?:working|wkg|wking|wkng|wrkg|school|college|calendar|clear|business)'

const DAY_MONTH = new RegExp(
  `\\b(?:(?:${WEEKDAY}|${WEEKDAY_SHORT})\\.?,?\\s+)?(?:the\\s+)?(\\d{1,2})${ORDINAL}?(?:\\s+of\\s+|[\\s-]+)(${MONTH})\\b${ABBREVIATION_DOT}(?:(?:,?\\s+|-)(\\d{4}|'?\\d{2}(?![\\d:]|\\.\\d|\\s*(?:am|pm|%|hrs?|mins?|weeks?|wks?|days?|months?|mths?|years?|yrs?)\\b))\\b)?`,
  'gi'
)
/** "3, 10 and 17 March": several days of one month. */
const DAYS_OF_MONTH = new RegExp(
  `\\b\\d{1,2}${ORDINAL}?(?:\\s*,\\s*\\d{1,2}${ORDINAL}?)*\\s*(?:,|and|&)\\s*(\\d{1,2})${ORDINAL}?\\s+(${MONTH})\\b(?:\\s+(\\d{4}))?`,
  'gi'
)
const MONTH_DAY = new RegExp(
  `\\b(?:(?:${WEEKDAY}|${WEEKDAY_SHORT})\\.?,?\\s+)?(${MONTH})\\b${ABBREVIATION_DOT}\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL}?(?![\\d:.]|\\s*(?:am|pm)\\b)(?:,?\\s+(\\d{4})\\b)?`,
  'gi'
)
const MONTH_YEAR = new RegExp(
  `\\b(?:(early|mid|late)[\\s-]+)?(${MONTH})\\b${ABBREVIATION_DOT},?\\s+(\\d{4}|['’]\\d{2})\\b`,
  'gi'
)
const MONTH_ONLY = new RegExp(`\\b(?:(early|mid|late)[\\s-]+)?(${MONTH})\\b`, 'gi')
const MONTH_WEEK = new RegExp(
  `\\b(?:the\\s+)?(first|second|third|last)\\s+(?:week|fortnight)\\s+(?:of|in)\\s+(${MONTH})\\b`,
  'gi'
)
const NUMERIC_DATE =
  /(?<![\d/.:£$])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|[.:]\d|\s*(?:am|pm|%)|\s+of\b)/gi
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g
const YEAR_DEADLINE =
  /\b(?:by|before)\s+(?:the\s+end\s+of\s+)?(\d{4})\b(?!\s*(?:assessment|plan))/gi
const PERIOD_END =
  /\b(?:the\s+)?(end|start|beginning)\s+of\s+(?:the\s+)?(this\s+|next\s+|the\s+)?(week|weak|wk|month|mth|(?:financial\s+|calendar\s+|tax\s+)?(?:year|yr))\b(?!\s*\d)/gi
/** "eow", "by eom": end of week, month or year, written short. */
const PERIOD_END_SHORT = /\beo([wmy])\b/gi
/** "by the end of Year 6": the end of a school year group, a named period with no known date. */
const YEAR_GROUP_END = /\b(?:the\s+)?(?:end|start|beginning)\s+of\s+(?:year|yr)\s*\d{1,2}\b/gi
const THIS_NEXT_PERIOD = /\b(this|next)\s+(week|wk|month|mth|weekend|wkend)\b/gi
const TODAY = /\b(today|tomorrow|tonight|tmrw|tmw)\b/gi
/**
 * "on the 14th", "by 21st": a day of the month with no month, the next one on or after the plan
 * date. Not "the 3rd floor" or "her 14th birthday": nothing but a pause may follow.
 */
const DAY_OF_MONTH_ONLY =
  /\b(?:by|on|before|from|until|till)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:$|[,.;:)–-]|(?:at|so|and|to|for|if|when|with|or|please)\b))/gi
/** "for a full half-term", "for one term": how long something lasts, not when. */
const FOR_A_PERIOD =
  /\bfor\s+(?:a|one|another|the\s+whole|a\s+whole)\s+(?:full\s+|whole\s+|complete\s+)?$/i
/**
 * "(done 02/05/2027)", "completed on 3 March", "was due 14/01/2038", "last seen 09/12/2037": when
 * a step was done or was due before, not when it is due now.
 */
const DONE_ON =
  /(?:(?:^|[([–:,-])\s*|\b(?:was|were|been|already)\s+)(?:done|completed|achieved|finished|closed|ticked off)\s+(?:on\s+)?$|\b(?:was|were)\s+due\s+(?:on\s+|by\s+)?$|\blast\s+(?:seen|visited|held|reviewed|met|done)\s+(?:on\s+)?$/i
/** "referral sent 01/03/2038": when it went, unless a deadline follows ("referral sent by ..."). */
const SENT_ON =
  /\b(?:referral|application|request|form|letter|report)s?\s+(?:sent|made|submitted|received)\s+(?:on\s+)?$/i
/**
 * "... every Saturday. (KT 08/06)": a worker's initials and the date they wrote the entry, closing
 * the line, as a log or a volunteer's record stamps each one. When it was written, not when.
 */
const ENTRY_STAMP = /\(\s*(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*\)\s*$/
/**
 * "(A) 2032-10-19 Book the review +Tommy @SW due:2032-10-22", "x 2032-10-12 2032-09-30 Email
 * school": a todo.txt task opens with the dates it was done and made, never when it is due.
 */
const TODO_DATES = /^(?:x\s+)?(?:\([A-Z]\)\s+)?(?:\d{4}-\d{2}-\d{2}\s+){1,2}/
/** "(I self-referred on 12/01/2038)": an aside in brackets saying when something was done. */
const DONE_IN_BRACKETS = /\([^()]*?(?<!\b(?:be|been|to|will)\s+)\b[a-z-]{3,}ed\s+(?:on\s+)?$/i
/** "(was: by 28/02/2033)", "(previously 08/03)": a revised entry's old timescale, in brackets. */
const WAS_BEFORE = /\((?:was|previously|originally|old (?:date|timescale))\b[^()]*\)/i
/** "for the Sept 2026 intake": a date that names which intake or exam, not a deadline. */
const NAMES_WHICH = /^\s+(?:intake|cohort|entry|exams?|results)\b/i
/**
 * "the name of the man who stayed at the house on Saturday 18 April by Monday 27 April": a date in
 * a "who did" clause says when that happened; with another time in the line, that one is due.
 */
const PAST_IN_CLAUSE = /\b(?:who|which|that)\s+(?:had\s+)?[a-z]+ed\b[^,;.\d]{0,40}$/i

/** "the launderette on Friday Street": a day that names a street. */
const STREET_NAME = /^\s+(?:Street|Road|Lane|Avenue|Close|Way|Market|Place|Square)\b/

/** "the missing episode on 27/01/2040", "the incident of 3 May": the date names which event. */
const EVENT_ON =
  /\b(?:the|his|her|their|this|that|last)\s+(?:[\w-]+\s+)?(?:episode|incident|assault|overdose|call-?out|arrest|disclosure|admission|attendance at a&e)\s+(?:(?:on|of)\s+)?$/i
/** A bracket closing the line, or a spaced dash: where a When field follows the sentence. */
const WHEN_FIELD_AFTER = /\s[-–—]\s|\([^()]*\)\s*\.?\s*$/
/** Deadline words: a timescale after them still sets a deadline inside a purpose clause. */
const DEADLINE_LEAD =
  /^(?:by|before|within|w\/in|no later than|not later than|prior to|in time for|until|till|ahead of)\b/i
/**
 * "by Fri", "next Tues", and a day named on its own at the end ("SW to ring Dad Thurs", a
 * "– Person – Fri" slot): the next such day.
 */
const WEEKDAY_DEADLINE = new RegExp(
  `\\b(?:by|b4|before|on|until|till|from)\\s+(?:(?:this|next|the)\\s+)?${DAY}\\b(?:\\s+week)?|\\b(?:this|next)\\s+${DAY}\\b|(?<=(?:^|\\s))${DAY}(?=\\s*[.!]?\\s*$)`,
  'gi'
)
/** "on Thurs 5th", "Weds the 11th": a weekday with its day of the month and no month. */
const WEEKDAY_DAY_NUMBER = new RegExp(
  `\\b(?:(?:by|b4|before|on|until|till|from)\\s+)?${DAY}\\.?,?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s*(?:of\\s+)?${MONTH}\\b)`,
  'gi'
)
/** "before 28 weeks of pregnancy", "by 20 weeks' gestation": a point in a pregnancy. */
const GESTATION =
  /\b(?:by|before|at|from|after|prior to)\s+(?:\d{1,2}|twenty|thirty)(?:-\d{1,2})?\s*(?:weeks|wks)(?:['’])?\s+(?:of\s+(?:the\s+)?(?:pregnancy|gestation)|pregnant|gestation)\b/gi
/** "Midwife to share a birth plan by 32 wks": a bare week count in a pregnancy. */
const GESTATION_BARE =
  /\b(?:by|before|from|after|prior to)\s+(\d{1,2})\s*(?:weeks|wks)\b(?![\s'’]*(?:of|after|from|following|before|time)\b)/gi
/** Words that say a plan is about a pregnancy, where a bare count of weeks is its stage. */
const PREGNANCY =
  /\b(?:pregnan\w*|unborn|midwi\w*|antenatal|ante-natal|birth\s+plan|gestation|edd|due\s+date|scan)\b/i
/**
 * "before Leon turns 17", "by the time she turns 18", "before Ivy turns 2 and a half": a birthday
 * (or half-birthday) is a fixed calendar day.
 */
const TURNS_AGE =
  /\b(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Ww]hen)\s+(?:the\s+time\s+)?(?:(?:[A-Z][\w'’-]*|(?:[A-Z]\.){1,3}|he|she|they|I)\s+(?:turns|is|reaches)|I\s+(?:turn|reach)|I['’]m|(?:he|she)['’]s|they['’]re)\s+(?:age\s+)?\d{1,2}\b(?!\s*(?:%|months?|mths?|weeks?|wks?|days?))(?:\s+and\s+a\s+half\b)?(?:\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)?/g
const BIRTHDAY =
  /\b(?:his|her|their|my|[A-Z][\w.]*['’]s)\s+(\d{1,2})(?:st|nd|rd|th)\s+(?:birthday|bday|b['’]day)\b(?:\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)?/g
/**
 * "by the time he has been there 6 weeks", "by the time E. has been in placement 3 mths": a
 * duration counted from the start of something.
 */
const BY_THE_TIME = new RegExp(
  `\\bby\\s+the\\s+time\\s+(?:(?:[A-Z]\\.){1,3}|[^,;.!?])+?\\s+(?:has|have|is|are|['’]s)\\s+(?:been|lived|stayed)\\s+(?:(?:[A-Z]\\.){1,3}|[^,;.!?\\d]){0,40}?\\b${NUM_RANGE}${NUM_GAP}${UNIT}\\b`,
  'g'
)
const BIRTH =
  /\b(?:by|before|prior to|ahead of)\s+(?:the\s+)?(?:baby(?:['’]s)?\s+)?(?:birth|(?:baby|child)\s+is\s+born|baby\s+(?:arrives|comes)\b(?!\s+(?:home|back|out|to|into|in)\b)|(?:baby|child)\s+(?:comes|goes)\s+home|(?:baby|child)\s+(?:is\s+discharged|leaves\s+(?:the\s+)?hospital)|delivery|due date|edd)\b/gi

const TERM =
  /\b(?:the\s+)?(?:(end|start|beginning|first\s+day|last\s+day)\s+of\s+(?:the\s+)?)?(autumn|spring|summer|christmas|xmas|easter)\s+term(?:\s+20\d\d)?(?:\s+(?:starts|begins))?\b|\b(?:the\s+)?(end|start|beginning|last\s+day|first\s+day)\s+of\s+(?:the\s+)?(?:this\s+)?term\b|\b(?:school\s+breaks\s+up|the\s+(?:school\s+)?holidays\s+end)\b/gi
const HALF_TERM =
  /\b(?:the\s+)?(?:(?:first|next|this|coming)\s+)?(?:(october|oct|february|feb|may|whitsun|autumn|spring|summer)\.?\s+)?half[\s-]?term(?:\s+(?:holidays?|break))?(?:\s+in\s+(october|february|may))?\b(?![\s-]*ly)/gi
const HOLIDAYS =
  /\b(?:the\s+)?(?:(start|beginning|end|first\s+(?:week|day|weekend))\s+of\s+(?:the\s+)?)?(christmas|xmas|easter|summer|october|february|winter|spring|six[\s-]weeks?|6[\s-]weeks?)\s+(?:school\s+)?(?:holidays?|hols|break|vacation)\b/gi
const THIS_NEXT_TERM = /\b(this|next|the new|the next|the following)\s+(?:school\s+)?term\b/gi
const SCHOOL_YEAR =
  /\b(?:(?:the\s+)?(start|beginning|end)\s+of\s+)?(?:the\s+)?(new\s+|next\s+|this\s+)?(?:school|academic)\s+year\b/gi
const FEAST =
  /\b(?:by|b4|before|until|till|over|at|for|after|from|in|on)\s+(?:the\s+)?(christmas|xmas|easter|new\s+(?:year|yr)|pancake\s+day|shrove\s+tuesday)(?:\s+weekend|(?<=easter)\s+(?:monday|sunday))?\b(?!['’]s|\s+(?:holidays?|hols|break|term|half|party|fair|play|show|card|cards|present|presents|dinner|meal|lunch|tree|fayre|concert)\b)/gi
/**
 * "before the May bank holiday", "by the August bank holiday weekend": England's bank holidays in
 * May (the first Monday, the "early May" one; "spring", "Whitsun" or "late May" is the last
 * Monday) and in August (the last Monday).
 */
const BANK_HOLIDAY =
  /\b(?:by|b4|before|until|till|over|at|for|after|from|on)\s+(?:the\s+)?(early\s+may|late\s+may|may\s+day|may|spring|whitsun|whit|august|summer)\s+bank\s+holiday(?:\s+(?:weekend|monday))?\b/gi

/** The next bank holiday of that name on or after the plan date. */
function bankHolidayDue(name: string, plan: CalendarDate): CalendarDate {
  const on = (year: number): CalendarDate => {
    if (name === 'may' || name === 'early may' || name === 'may day')
      return onOrAfterWeekday({ year, month: 5, day: 1 }, 1)
    const month = name === 'august' || name === 'summer' ? 8 : 5
    return onOrBeforeWeekday({ year, month, day: daysInMonth(year, month) }, 1)
  }
  const thisYear = on(plan.year)
  return formatIsoDate(thisYear) >= formatIsoDate(plan) ? thisYear : on(plan.year + 1)
}

/**
 * "by the summer", "before winter", "from the end of the autumn": a season is a named period. A
 * season naming something else ("the summer fair", "a winter coat") is not.
 */
const SEASON = new RegExp(
  `\\b(by|before|until|till|from|after|during|over|in|starting|beginning)\\s+(the\\s+)?(?:(start|beginning|end|middle)\\s+of\\s+(?:the\\s+)?)?(?:(this|next|coming)\\s+)?(spring|summer|autumn|winter)(?:\\s+(\\d{4}))?\\b(?![’'-]|\\s+(?!(?:so|and|to|when|with|for|at|in|on|if|or|but|because|then|as|once|unless|while|whilst|before|after|of|that|the|this|next|holidays?|hols|break|term|half)\\b)[a-z])`,
  'gi'
)

// "in a day centre", "within a week-long course": a unit followed by a noun is not a duration.
const NOT_A_DURATION =
  '(?:centre|center|nursery|care|school|trip|unit|programme|program|course|placement|service|services|club|hospital|ward|release|pass|visit|old|olds|long)\\b'
// Minutes count only here ("within 30 minutes of being called"), never in "a 10 minute warning
// before bedtime".
const NAMES_ACTIVITY = new RegExp(`^\\s+${NOT_A_DURATION}`, 'i')
// "inside his first fortnight there": the first days of something already named, counted from it.
const RELATIVE = new RegExp(
  `\\b(within|w\\/in|in|inside(?:\\s+of)?|over|after)\\s+(?:the\\s+|(?:his|her|their|my|your)\\s+(?=(?:first|1st)\\s))?(?:(next|coming|following|first|1st)\\s+)?(?:(${NUM_RANGE})${NUM_GAP})?(?:(${WORKING})\\s+)?(${UNIT}|(?<!\\ban?\\s)(?:minutes?|mins?))\\b(?:['’]s?)?(?:\\s+time\\b)?(?:\\s+there\\b(?=\\s*(?:[.,;)]|$)))?`,
  'gi'
)
/**
 * Whole phrases with a kind and no date of their own, each with a cheap word it cannot match
 * without: "by week 20 of proceedings" (care proceedings run to a 26-week timetable from issue),
 * "in the first two weeks of term" (a named period), and "the same day" after whatever sets it
 * off, a duration like "within 24 hours".
 */
const PHRASE_PATTERNS: readonly [RegExp, RegExp, 'relative' | 'date'][] = [
  [
    /\b(?:by|before|at|in)\s+week\s+\d{1,2}\s+of\s+(?:the\s+)?(?:care\s+)?proceedings\b/gi,
    /proceedings/i,
    'relative'
  ],
  [
    /\b(?:in|within|during|from|by\s+the\s+end\s+of)\s+the\s+first\s+(?:(?:\w+\s+)?(?:weeks?|wks?|days?)|half|month)\s+of\s+(?:the\s+)?(?:new\s+|next\s+|this\s+)?(?:(?:autumn|spring|summer|christmas|easter)\s+)?(?:school\s+)?term\b/gi,
    /\bfirst\b/i,
    'date'
  ],
  [
    /\b(?:(?:on|within)\s+)?(?:(?:the|that)\s+)?same\s+(?:working\s+|school\s+|business\s+)?day\b(?!\s+(?:off|of|as|each|every)\b)/gi,
    /\bsame\b/i,
    'relative'
  ],
  // "before Eid", "by Diwali": a festival the family keeps, whose date moves from year to year.
  [
    /\b(?:by|b4|before|after|for|at|until|till|over)\s+(?:the\s+)?(?:(?:first|last)\s+(?:day|night)\s+of\s+)?(?:eid(?:\s+al-(?:fitr|adha))?|diwali|ramadan|hanukkah|passover|vaisakhi|chinese\s+new\s+year|lunar\s+new\s+year)\b/gi,
    /eid|diwali|ramadan|hanukkah|passover|vaisakhi|new year/i,
    'date'
  ],
  // "on key day", "before moving day": the day a tenancy or a placement move begins, which the
  // plan has set, though these words do not say which day it is.
  [
    /\b(?:on|by|before|after|from|for)\s+(?:the\s+)?(?:key|keys|move|moving|move-in|moving-in)\s+day\b/gi,
    /\bday\b/i,
    'date'
  ],
  // "at the end of the 12 weeks": when a span the plan has set runs out.
  [
    /\b(?:at|by|before|towards?)\s+the\s+end\s+of\s+the\s+(?:\d{1,2}|two|three|four|five|six|eight|ten|twelve)[\s-](?:weeks?|wks?|months?|mths?|sessions?)\b/gi,
    /\bend\s+of\s+the\s/i,
    'relative'
  ],
  // "within the week": before the week is out.
  [/\bwithin\s+the\s+(?:week|fortnight|month)\b/gi, /\bwithin\s+the\s/i, 'relative'],
  // "will tell Amira the next day", "the next morning", "report him missing that night": a day's
  // grace after whatever sets it off.
  [
    /\b(?:(?:on|by)\s+)?the\s+(?:next|following)\s+(?:(?:working\s+|school\s+|business\s+)?day|morning)\b(?!\s+(?:or|of|off|as|each|every)\b)|\bthat\s+(?:same\s+)?(?:night|evening)\b/gi,
    /\b(?:next|following)\s+(?:\w+\s+)?(?:day|morning)\b|\bthat\s+(?:same\s+)?(?:night|evening)\b/i,
    'relative'
  ]
]

const SAME_DAY_TEXT = /\bsame\s+(?:working\s+|school\s+|business\s+)?day$/i
/** "in 2/52", "within 6/12": clinical shorthand for weeks (/52), months (/12) and days (/7). */
const CLINICAL_RELATIVE = /\b(within|w\/in|in|over)\s+(\d{1,2})\/(52|12|7)\b(?![/.-]\d)/gi
/** "6 weeks from today", "8 weeks on from today", "10 days of the plan": a count from an anchor. */
const RELATIVE_FROM = new RegExp(
  `\\b(${NUM_RANGE})${NUM_GAP}(?:(${WORKING})\\s+)?(${UNIT})(?:['’]s?)?\\s+(?:on\\s+(?=from\\s))?(?=(?:from|after|following|of)\\s)`,
  'gi'
)
const ANCHOR =
  /^\s+(?:of|from|after|following)\s+(?:(?:the\s+)?date\s+of\s+)?(?:(?:this|the|that|her|his|their)\s+)?(?:(?!(?:of|to|at|in|on|by|for|with|and|or|so|that|which|before|after|until|from)\b)[\w'’-]+\s+){0,3}?(plan|meeting|conference|icpc|rcpc|core group|review|agreement|decision|today|now|referral|birth|placement|assessment|hearing|order|discharge|move|return|arrival|admission|release|request|notification|allocation|incident|visit|report|application|panel|fgc|pep|taf|tac|consent|closure|discussion)(?:\s+[1-9]\b(?!\s*(?:weeks?|days?|months?|years?|times?|hours?|%|pm|am)\b))?(?:\s+being\s+(?:agreed|signed|made|held|received|written|finalised|sent|completed|made))?\b(?:\s+(?:from|at|in|into|to)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:unit|hospital|ward|prison|custody|care|placement|centre|home|court|refuge|carers?)\b)?/i
/**
 * "of the inspection", "after his release", "of his leave to remain coming through": a duration
 * counted from some other event.
 */
const NOUN_ANCHOR =
  /^\s+(?:of|from|after|following)\s+(?:this|the|that|her|his|their|my|our|your|any|a|an|each|every|first|next|initial|last|final|[A-Z][a-z'’-]+['’]s)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?:\s+to\s+remain)?(?:\s+(?:being\s+\w+|(?:coming|going)\s+(?:through|in|ahead)))?(?=\s*(?:[,.;:)]|$)|\s+(?:so|and|to|by|if|when|for|with|at|in|on|or|but|unless|whichever|then)\b)/
/**
 * "of Callum signing his tenancy", "of her moving in", "of getting his NI number": a duration
 * counted from an event. Not "of this meeting the school SENCo will ...": a noun in -ing is the
 * event itself, with no object.
 */
const EVENT_ANCHOR =
  /^\s+(?:of|from|after|following)\s+(?:(?:[A-Z][\w.'’-]*|the\s+\w+|his|her|their|my|me|him|them|it|this|that)\s+)?(?!(?:meeting|hearing|morning|evening|briefing|training|wedding|building)\b)(?:being\s+[a-z]+(?:ed|en)\b|(?:being\s+)?[a-z]+ing\b)(?:\s+(?:(?:his|her|their|my|the|a|an)\s+[A-Za-z]+(?:\s+(?!so\b|and\b|to\b|which\b|because\b)[A-Za-z]+)?|(?:into|in|at|to)(?:\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|(?:his|her|their|my|the|a|an)\s+[a-z]+(?:\s+(?!so\b|and\b|to\b|which\b|because\b|when\b|if\b)[a-z]+)?|(?!so\b|and\b|to\b|which\b|because\b)[a-z]+))?|looked\s+after|out|up|home|back|college|school|nursery|university|work|treatment|\d{1,2}\b))?/
/**
 * "at least 3 months before Mia turns 18", "2 weeks before the hearing", "2 weeks before release": a
 * duration counted back from an event is relative. Not after "for" or "spend", where the duration
 * is the activity's own length ("for 2 hours before school").
 */
const RELATIVE_BEFORE = new RegExp(
  `(?<!\\b(?:for|spend|spends|spending|lasting|of|about|around|over|last|past|previous)\\s+)\\b(?:(?:at\\s+least|no\\s+later\\s+than|no\\s+less\\s+than|a\\s+minimum\\s+of|a\\s+full|up\\s+to)\\s+)?(${NUM_RANGE})${NUM_GAP}(?:(${WORKING})\\s+)?(${UNIT})\\s+(?:before|prior\\s+to|ahead\\s+of|in\\s+advance\\s+of)\\s+(?:(?:release|discharge|sentencing|delivery|birth)\\b|(?:(?:the|his|her|their|my|[A-Z][\\w.'’-]*|he|she|they|I)\\s+)[^,;.()]{1,50}?)(?=\\s*(?:[,;.)]|$)|\\s+(?:so|and|because|in\\s+order|which|if|unless|when|while|whilst)\\b)`,
  'gi'
)
const BEFORE_HINT = /\b(?:before|prior to|ahead of|in advance of)\s/i
/**
 * "No later than ten days after Nico comes home from hospital", "no more than 48 hours after he
 * moves in": a deadline counted from an event the plan names but does not date.
 */
const RELATIVE_AFTER_EVENT = new RegExp(
  `\\b(?:no\\s+later\\s+than|not\\s+later\\s+than|no\\s+more\\s+than|not\\s+more\\s+than)\\s+(${NUM_RANGE})${NUM_GAP}(?:(${WORKING})\\s+)?(${UNIT})\\s+(?:after|following)\\s+(?:(?:the|his|her|their|my|[A-Z][\\w.'’-]*|he|she|they|I)\\s+)[^,;.()]{1,50}?(?=\\s*(?:[,;.)]|$)|\\s+(?:so|and|because|in\\s+order|which|if|unless|when|while|whilst)\\b)`,
  'gi'
)
/**
 * "14 days after the medical", "3 days after his operation": a count of days from an event the
 * plan names. Not "for 2 weeks after the move" (how long) nor "8 wks after the last one" (a
 * meeting's cadence), and not "a week": "twice a week after school" is a cadence.
 */
const DAYS_AFTER_EVENT = new RegExp(
  `(?<!\\b(?:for|spend|spends|spending|lasting|about|around|over)\\s+)\\b(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty-eight)${NUM_GAP}(?:(${WORKING})\\s+)?(${UNIT})\\s+(?:after|following)\\s+(?:the|his|her|their)\\s+(?!(?:last|previous|next|first|one)\\b)[a-z]+(?:[\\s-][a-z]+){0,2}?(?=\\s*(?:[,;.)]|$)|\\s+(?:so|and|because|in\\s+order|which|if|unless|when|while|whilst)\\b)`,
  'gi'
)
const PLAN_ANCHORS = new Set([
  'plan',
  'meeting',
  'conference',
  'icpc',
  'rcpc',
  'core group',
  'review',
  'agreement',
  'decision',
  'today',
  'now'
])

/**
 * Words before a meeting's name that say which one: "next", "final", "6 month", and cadence words
 * that are part of its name ("the 6-monthly review", "the annual review", "the 3-mthly LAC rev").
 */
const MEETING_MODIFIERS =
  '(?:(?:next|first|initial|following|second|third|upcoming|forthcoming|subsequent|final|1st|2nd|3rd|annual|spring|summer|autumn|winter|(?:(?:\\d{1,2}|six|three|twelve)[\\s-]?)?(?:month|mth|monthly|mthly|weekly|wkly)|termly)\\s+)*'
const SPECIFIC = SPECIFIC_MEETINGS.join('|')
/** Meetings, and appointments: "at her next clinic appointment", "before every appointment". */
const GENERIC = [...GENERIC_MEETINGS, APPOINTMENT].join('|')
/**
 * Words that may describe a meeting between its determiner and its name: "the autumn PEP", "his
 * referral order panel review", "the pre-birth planning meeting", "the review TAF".
 */
const MEETING_DESCRIPTION =
  "(?:(?!(?:of|to|and|or|with|for|in|on|at|by|from|so|that|which|who|when|if|before|after|until|the|a|an|his|her|their|this|each|every|all)\\b)[A-Za-z0-9][\\w'’+-]*(?:\\.\\d[\\w'’+-]*)?\\s+){0,3}"
const REVIEW_POINT = new RegExp(
  `(?:\\b|(?=@))(by|b4|before|befor|at|@|ahead of|prior to|in time for|in readiness for|until|till|no later than|not later than|in advance of|for|in|during)\\s+(?:the\\s+time\\s+of\\s+)?(?:(the|her|his|their|its|this|our|my|your|(?:the\\s+)?[A-Z][\\w.]*['’]s)\\s+(${MEETING_MODIFIERS})(${MEETING_DESCRIPTION})|(${MEETING_MODIFIERS}))(?:(${SPECIFIC})|(${GENERIC}))\\b(?!\\s+(?:room|rooms|notes|minutes|venue|hall|space)\\b)`,
  'gi'
)
const AT_EACH_MEETING = new RegExp(
  `(?:(?:\\b(?:at|for|b4|before|after|ahead\\s+of|prior\\s+to|in\\s+advance\\s+of|following|during)\\s+|@\\s*)(?:each|every|all)|\\b(?:each|every))\\s+(?:of\\s+the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${SPECIFIC}|${GENERIC})s?\\b`,
  'gi'
)

/**
 * "the weekly room check", "the daily log": a cadence word after "the" names a thing that already
 * exists, not how often the owner acts ("a weekly home visit" still is a cadence).
 */
const FREQUENCY_ADVERB =
  /(?<!\bthe\s+)(?<![\d-]|\d\s)\b(?:(?:at least|no less than|a minimum of|minimum of|min\.?|up to)\s+)?(?:(?:twice|once|three times|\d{1,2}\s*x|x\s*\d{1,2})[\s-]?)?(?:hourly|daily|weekly|wkly|fortnight(?:l|le)?y|fortnighly|monthly|mthly|termly|half[\s-]termly|annually|yearly|nightly|quarterly|bi-?weekly|bi-?monthly|(?:\d+|two|three|four|five|six|eight|ten|twelve)[\s-]?(?:weekly|wkly)|(?:\d+|two|three|four|six)[\s-]?(?:monthly|mthly))\b(?!\s+(?:[\w-]+\s+)?(?:living|life|log|logs|diary|diaries|record|records|planner|chart|charts|card|cards|sheet|sheets|budget|allowance|rate|amount|limit)\b)/gi
const FREQUENCY_BASIS =
  /\bon\s+a\s+(?:daily|weekly|fortnightly|monthly|termly|twice[\s-]weekly)\s+basis\b/gi
const FREQUENCY_EVERY = new RegExp(
  `\\b(?:(?:at|on|before|after|during|for)\\s+)?(?:the\\s+(?:end|start|beginning)\\s+of\\s+)?(?:(?:at least|no less than)\\s+)?(?:(?:once|twice)\\s+)?(?:every|each)\\s+(?:other\\s+|second\\s+|third\\s+|fourth\\s+|alternate\\s+|[2-6](?:nd|rd|th)\\s+)?(?:(?:${NUM_RANGE})${NUM_GAP})?(?:(?:working|wkg|wking|wkng|wrkg|school|nursery|college|work)\\s+)?(?:day|days|night|nights|morning|mornings|afternoon|afternoons|evening|evenings|eve|eves|week\\s?nights?|week|weeks|wk|wks|weekend|weekends|wkend|wkends|weekday|weekdays|wkday|wkdays|fortnight|fortnights|month|months|mth|mths|quarter|quarters|term|terms|half[\\s-]term\\s+holidays?|half[\\s-]term|year|years|yr|yrs|hour|hours|hr|hrs|school\\s+day|school\\s+night|school\\s+holidays?|holidays?|christmas(?:\\s+day)?|easter|birthday|lunchtime|break\\s?time|playtime|bedtime|mealtime|(?:contact|family\\s+time|therapy|key\\s?work)\\s+session|session|visit|contact|drop[\\s-]?off|pick[\\s-]?up|hand[\\s-]?over|episode|missing\\s+episode|incident|stay|overnight\\s+stay|court\\s+(?:date|appearance)|pay\\s?day|payment|pay\\s+packet|wage|giro|sleep|nap|feed|nappy\\s+change|bath\\s?time)\\b`,
  'gi'
)
const FREQUENCY_WEEKDAYS = new RegExp(
  `\\b(?:every|each)\\s+(?:other\\s+|second\\s+|third\\s+|fourth\\s+|alternate\\s+)?${DAY}s?\\b(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s*\\/\\s*)${DAY}s?\\b)*(?:\\s*(?:to|-|–|through|till|until)\\s*${DAY}s?\\b)?(?:\\s+(?:(?:morning|afternoon|evening|eve|night|teatime|tea\\s?time|lunchtime|bedtime)s?|[ap]m|after\\s+school)\\b)?`,
  'gi'
)
/** "each HAF day", "every match day": a kind of day, named by one word, that comes round. */
const FREQUENCY_NAMED_DAY = /\b(?:every|each)\s+(?!other\b|of\b)[A-Za-z][\w-]*\s+day\b/gi
/**
 * "on any day Tyler is not in", "each day either girl is absent": a day that comes round whenever
 * something happens. The sets disagree on "any day Ben is off sick" (none), so it is left out.
 */
const FREQUENCY_ANY_DAY =
  /\b(?:on\s+)?(?:any|each)\s+(?:school\s+)?day\s+(?:that\s+|when\s+)?(?:[A-Z][a-z'’]+|he|she|they|either\s+\w+|both\s+\w+)\s+(?:is|are)\s+(?:not\s+(?:in|at\s+school)|absent|late)\b/g
/**
 * "TDS", "BD", "QDS": a prescription's doses a day (three, two, four), written as on a chart;
 * "nocte" and "mane", every night and every morning.
 */
const FREQUENCY_DOSES =
  /\b(?:TDS|TID|BD|BID|QDS|QID)\b|\b(?:nocte|mane)\b|(?<=\d\s?(?:mg|ml|mcg)\s)od\b|\b\d{1,2}[\s-]hourly\b/g
/** "to visit Tuesday mornings": a part of a day in the plural says the day comes round. */
const FREQUENCY_BARE_DAYS = new RegExp(
  `\\b(?:on\\s+)?${WEEKDAY}\\s+(?:mornings|afternoons|evenings|nights|lunchtimes|teatimes|bedtimes)\\b`,
  'gi'
)
const FREQUENCY_ON_DAYS = new RegExp(
  `\\bon\\s+${DAYS}\\b(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s*&\\s*)${DAYS}\\b)*|\\bon\\s+${DAY}\\b(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*[&+]\\s*|\\s*\\/\\s*)${DAY}s?\\b)+(?!\\s*\\d)(?:\\s+(?:mornings?|afternoons?|evenings?|eves|nights?)\\b)?|\\bon\\s+${DAY}(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s*&\\s*|\\s*\\/\\s*)${DAY})*\\s+(?:mornings|afternoons|evenings|eves|nights|[ap]\\.?m\\.?['’]?s)(?!\\w)|\\b(?:at|on)\\s+(?:weekends|wkends)\\b|\\bon\\s+(?:weekdays|wkdays|week\\s?nights|wk\\s?nights|weekday\\s+nights)\\b|\\bon\\s+(?:school|college|nursery)\\s+(?:nights|days|mornings)\\b|\\bon\\s+an?\\s+${DAY}(?:\\s+(?:morning|afternoon|evening|night))?\\b|\\bon\\s+weekday\\s+(?:mornings|afternoons|evenings)\\b`,
  'gi'
)
/** Not followed by a day of the month ("Mon 3rd March"); a clock time ("Thurs 4-6pm") is fine. */
const NO_DAY_OF_MONTH = '(?!\\s*\\d{1,2}(?:st|nd|rd|th)?(?![-–:.]?\\d|\\s*(?:am|pm)))'
/**
 * "Mon, Wed & Fri", "Tues/Thurs", "Monday and Thursday": days listed without "by", "on" or "next"
 * in front are the days of the week an action repeats on.
 */
const FREQUENCY_DAY_LIST = new RegExp(
  `(?<!\\b(?:by|before|on|until|till|from|next|this|the|and|or|,)\\s*)\\b${DAY}s?\\b(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*[&+]\\s*|\\s*\\/\\s*)${DAY}s?\\b)+${NO_DAY_OF_MONTH}`,
  'gi'
)
/** "on the first Tuesday of every month", "on the 1st of each month": a monthly day. */
const FREQUENCY_DAY_OF_MONTH = new RegExp(
  `\\b(?:on\\s+)?the\\s+(?:(?:first|second|third|fourth|last|1st|2nd|3rd|4th)(?:\\s+(?:${WEEKDAY}|day|weekend|week))?|\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+(?:every|each|the)\\s+month\\b`,
  'gi'
)
/** "on alternate weekends", "alternate Tuesdays": every other one. */
const FREQUENCY_ALTERNATE = new RegExp(
  `\\b(?:on\\s+)?alternate\\s+(?:weekends|weeks|days|nights|evenings|mornings|months|${WEEKDAY}s)\\b`,
  'gi'
)
/** "Monday to Friday", "Mon-Fri": a run of weekdays is a weekly cadence. */
const FREQUENCY_WEEKDAY_RANGE = new RegExp(
  `\\b(?:from\\s+)?${DAY}s?\\s*(?:to|-|–|through|till|until)\\s*${DAY}s?\\b${NO_DAY_OF_MONTH}`,
  'gi'
)
/** "at lunchtimes", "at bedtimes": a time of day that repeats, weaker than a stated cadence. */
const FREQUENCY_TIME_OF_DAY =
  /\bat\s+(?:lunchtimes|break\s?times|playtimes|bedtimes|mealtimes|tea\s?times|night|nights)\b|\bin\s+the\s+(?:mornings|evenings|afternoons)\b/gi
/** "£20 a week", "£5 per day": an amount paid or saved at a cadence. */
const FREQUENCY_AMOUNT =
  /(?<=£\s?\d[\d,]*(?:\.\d{2})?\s+)(?:a|per|each|every)\s+(?:day|week|wk|fortnight|month|mth)\b/gi
/**
 * "three jobs a week", "2 applications per month": a count of things done at a cadence. Not "at
 * least 3 jobs every week": "every week" stands alone, and the jobs are what is done then.
 */
const FREQUENCY_COUNT = new RegExp(
  // Not "40 pounds a week": an amount of money is paid, not a thing that happens.
  `\\b(?:(?:at least|up to|no less than)\\s+)?(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\\s+(?!pounds\\b|quid\\b|pence\\b)(?:[a-z-]+\\s+)?[a-z-]+s\\s+(?:a|per)\\s+(?:day|week|wk|fortnight|month|mth|term)\\b`,
  'gi'
)
const FREQUENCY_TIMES = new RegExp(
  // Not "15pm three days a week" out of "at 5.15pm three days a week": a clock time's minutes.
  `(?<![\\w.:-])(?:(?:at least|up to|no less than|min\\.?)\\s+)?(?:once|twice|thrice|(?:${NUM})\\s+times|\\d{1,2}\\s*x|x\\s*\\d{1,2}|(?:${NUM})${NUM_GAP}(?:[\\w-]+\\s+){0,2}?(?:sessions?|visits?|calls?|nights?|days?|mornings?|afternoons?|evenings?|weekends?|hours?|hrs?|contacts?|lessons?|classes|groups?)(?:\\s+of\\s+[\\w-]+(?:\\s+[\\w-]+)?)?)(?:\\s+(?:a|per|each|every)\\s+|\\s*\\/\\s*)(?:day|week|wk|fortnight|month|mth|term|year|yr)\\b`,
  'gi'
)

/** "every 4/52", "each 2/52": a cadence in clinical shorthand for weeks, months and days. */
const FREQUENCY_CLINICAL = /\b(?:every|each)\s+\d{1,2}\/(?:52|12|7)\b(?![/.-]\d)/gi

/** "2x week", "x2 pw", "3x/wk": a count of times with its period, written short. */
const FREQUENCY_X =
  /(?<![\w-])(?:\d{1,2}\s*x|x\s*\d{1,2})\s*(?:(?:per|a|each|every)\s+|\/\s*)?(?:day|week|wk|fortnight|month|mth|term)\b|(?<![\w-])(?:\d{1,2}\s*x|x\s*\d{1,2}|once|twice|\d{1,2}\s+(?:days?|nights?|sessions?|visits?|calls?|hrs?|hours?|mornings?|evenings?|afternoons?|times?))\s*p\/?w\b/gi

/**
 * The phrases as one alternation, those that start with the same plain word ("when ...", "as
 * ...", "in ...") grouped under it, each group where its first phrase stood: the regular
 * expression engine then tries a group's phrases only where the word is, which keeps the
 * lexicon's growing list of "whenever" phrases from slowing every line. Phrases keep their order
 * within a group, and phrases starting with different words cannot match at the same place, so
 * what matches is unchanged.
 */
function groupedAlternatives(phrases: readonly string[]): string {
  const groups = new Map<string, string[]>()
  const order: (string | { word: string })[] = []
  for (const phrase of phrases) {
    const word = /^([a-z]+) (?=[^\s?*+{])/.exec(phrase)?.[1]
    if (!word) {
      order.push(phrase)
      continue
    }
    const group = groups.get(word)
    if (group) group.push(phrase.slice(word.length + 1))
    else {
      groups.set(word, [phrase.slice(word.length + 1)])
      order.push({ word })
    }
  }
  return order
    .map((item) => {
      if (typeof item === 'string') return item
      const tails = groups.get(item.word)!
      return tails.length === 1 ? `${item.word} ${tails[0]}` : `${item.word} (?:${tails.join('|')})`
    })
    .join('|')
}

const VAGUE = new RegExp(`\\b(?:${groupedAlternatives(VAGUE_PHRASES)})(?![\\w-])`, 'gi')

// ---------------------------------------------------------------------------------------------

const KIND_RANK: Readonly<Record<Candidate['kind'], number>> = {
  date: 3,
  relative: 3,
  'review-point': 3,
  frequency: 2,
  vague: 1
}

/** Among deadlines, the most checkable wins: a calendar date, then a duration, then a meeting. */
const DEADLINE_ORDER: Readonly<Record<Candidate['kind'], number>> = {
  date: 3,
  relative: 2,
  'review-point': 1,
  frequency: 0,
  vague: 0
}

/**
 * Finds the timescale of one action. Concrete kinds beat vague ones and a deadline (date,
 * relative, review-point) beats a frequency; among deadlines a calendar date beats a duration and
 * a duration beats a meeting; among equals the first in the text wins. A phrase inside a longer
 * one ("Monday" in "on Monday, Tuesday and Thursday mornings") gives way to it.
 */
export function findTimescale(text: string, context: TimescaleContext): TimescaleMatch | null {
  return readTimescales(text, context).best
}

/**
 * The winning timescale and every time phrase (owner finding skips past the phrases). `hints`
 * says which families of patterns to try; the tests try them all, to show the hints hide none.
 */
export function readTimescales(
  text: string,
  context: TimescaleContext,
  hints = hintsOf(text)
): TimescaleReading {
  const candidates = removeContained(collectCandidates(text, context, hints))
  let best: Candidate | null = null
  for (const candidate of candidates) {
    if (!best || beats(candidate, best)) best = candidate
  }
  const phrases = mapPacked(candidates, (c) => ({ start: c.start, end: c.end }))
  if (!best) return { best: null, phrases }
  // "Two weeks from the conference at the latest": the deadline and how firm it is, together.
  if ((best.kind === 'date' || best.kind === 'relative') && text.includes('latest')) {
    const latest = AT_THE_LATEST.exec(text.slice(best.end))
    if (latest) best = { ...best, end: best.end + latest[0].length }
  }
  const due = best.due ?? best.resolveDue?.() ?? null
  return {
    best: {
      kind: best.kind,
      text: text.slice(best.start, best.end),
      due: due ? formatIsoDate(due) : null,
      start: best.start,
      end: best.end,
      isStart: best.isStart
    },
    phrases
  }
}

const AT_THE_LATEST = /^,?\s+at\s+the\s+(?:very\s+)?latest\b/i

function beats(candidate: Candidate, best: Candidate): boolean {
  const rank = KIND_RANK[candidate.kind] - KIND_RANK[best.kind]
  if (rank !== 0) return rank > 0
  const order = DEADLINE_ORDER[candidate.kind] - DEADLINE_ORDER[best.kind]
  if (order !== 0) return order > 0
  if (candidate.weak !== best.weak) return best.weak === true
  return candidate.start < best.start
}

const LEAD_TIME = /\b(?:the\s+)?(?:day|night|morning|evening|afternoon|week)\s+$/i

/** "If Dad misses two sessions in a row,": a leading condition, up to the comma before what follows. */
const LEADING_CONDITION = /^(?:if|should|unless)\s[^,;]{3,140},(?=\s+\S)/i

function collectCandidates(text: string, context: TimescaleContext, hints: number): Candidate[] {
  const found: Candidate[] = []
  if (hints & HINT.date) found.push(...findDates(text, context, hints))
  if (hints & HINT.term) found.push(...findTermDates(text, context))
  if (hints & HINT.unit) found.push(...findRelative(text, context))
  // One look for every phrase's word first: most texts have none of them.
  for (const [pattern, hint, kind] of hints & HINT.phrase ? PHRASE_PATTERNS : []) {
    if (!hint.test(text)) continue
    for (const m of matchesOf(pattern, text)) {
      found.push({ kind, start: m.index, end: m.index + m[0].length, due: null, isStart: false })
    }
  }
  if (hints & HINT.fixedDay) found.push(...findFixedDays(text, context))
  if (hints & HINT.meeting) found.push(...findReviewPoints(text))
  if (hints & (HINT.meeting | HINT.frequency)) found.push(...findFrequencies(text, hints))
  found.push(...findVague(text))
  if (/\bnot\s/i.test(text)) removeNegatedPeriods(text, found)
  // "Dad, who works nights three times a week, not to leave ...": an aside about the subject.
  if (/,\s*(?:who|whose)\b/i.test(text)) {
    for (const m of matchesOf(RELATIVE_ASIDE, text)) {
      const end = m.index + m[0].length
      for (let i = found.length - 1; i >= 0; i -= 1) {
        if (found[i]!.start >= m.index && found[i]!.end <= end) found.splice(i, 1)
      }
    }
  }
  const stampAt = text.endsWith(')') ? (ENTRY_STAMP.exec(text)?.index ?? null) : null
  const todoDates = TODO_DATES.exec(text)?.[0].length ?? 0
  const was = text.includes('(') ? WAS_BEFORE.exec(text) : null
  for (let i = found.length - 1; i >= 0; i -= 1) {
    const c = found[i]
    if (c?.kind !== 'date') continue
    if (
      (stampAt !== null && c.start >= stampAt) ||
      c.end <= todoDates ||
      (was && c.start >= was.index && c.end <= was.index + was[0].length)
    ) {
      found.splice(i, 1)
      continue
    }
    // "for the Sept 2026 intake", "(done 02/05/2027)": a date that names something, or says when
    // it was done, is no timescale.
    // "was due 14/01/2038": the date was read with its "due", which the past tense goes before.
    const lead = /^due\s+/i.exec(text.slice(c.start, c.end))?.[0].length ?? 0
    const before = text.slice(0, c.start + lead)
    if (
      NAMES_WHICH.test(text.slice(c.end)) ||
      STREET_NAME.test(text.slice(c.end)) ||
      DONE_ON.test(before) ||
      EVENT_ON.test(before.slice(-60)) ||
      (found.length > 1 && PAST_IN_CLAUSE.test(before.slice(-60))) ||
      (SENT_ON.test(before) && !/^(?:by|before|until|till)\b/i.test(text.slice(c.start, c.end))) ||
      DONE_IN_BRACKETS.test(before) ||
      FOR_A_PERIOD.test(before)
    ) {
      found.splice(i, 1)
    }
  }
  // "... in the next 2 wks so the kids arent going without tea at the end of the month": a time in
  // a purpose clause says when the benefit holds; only a deadline there ("so he is back at school
  // by the review") competes with the main clause's own timescale.
  // A When field after the purpose clause, in brackets or after a dash ("... so he mixes with other
  // children (from 09/02/2026)"), is the action's own timescale again.
  // Where something was agreed is never when it is to be done, even with no other time.
  // "a text the day before every appointment": the lead time is part of the cadence's words.
  for (const c of found) {
    if (c.kind !== 'frequency' || !/^(?:before|after)\s/i.test(text.slice(c.start, c.end))) continue
    const lead = LEAD_TIME.exec(text.slice(0, c.start))
    if (lead) c.start -= lead[0].length
  }
  // "If the care calls do not start by 30/04/2038, Carl will ...": a time in the condition says
  // when it would be triggered; the action after the comma has its own timescale, or none.
  const trigger = /^(?:if|should|unless)\s/i.test(text) ? LEADING_CONDITION.exec(text) : null
  if (trigger) {
    for (let i = found.length - 1; i >= 0; i -= 1) {
      if (found[i]!.end <= trigger[0].length) found.splice(i, 1)
    }
  }
  const agreed = AGREED_AT.exec(text)
  if (agreed) {
    for (let i = found.length - 1; i >= 0; i -= 1) {
      if (found[i]!.end <= agreed[0].length) found.splice(i, 1)
    }
  }
  if (found.length === 0 || (found.length === 1 && found[0]?.weak !== true)) return found
  withoutBackground(text, found)
  withoutCadenceEnds(text, found)
  withoutEventObjects(text, found)
  joinMeetingMonth(text, found)
  withTodaysMeeting(text, found)
  // "... every other Sunday, and will let the SW know the same day if a visit does not happen":
  // the day's grace belongs to what happens if something goes wrong, so any other time wins.
  const sameDay = found.filter((c) => SAME_DAY_TEXT.test(text.slice(c.start, c.end)))
  if (sameDay.length > 0 && found.some((c) => c.kind !== 'vague' && !sameDay.includes(c))) {
    for (const c of sameDay) found.splice(found.indexOf(c), 1)
  }
  const purpose = mainClauseEnd(text)
  if (purpose < text.length && found.some((c) => c.start < purpose)) {
    const field = WHEN_FIELD_AFTER.exec(text.slice(purpose))
    const fieldStart = field ? purpose + field.index : text.length
    // "so I don't run out before the end of the month": what must not happen by then is no
    // deadline either.
    return found.filter(
      (c) =>
        c.start < purpose ||
        c.start >= fieldStart ||
        (!c.weak &&
          DEADLINE_LEAD.test(text.slice(c.start, c.end)) &&
          !NOT_BEFORE.test(text.slice(purpose, c.start)))
    )
  }
  // "so that he is safe at night": a time of day in a purpose clause says when the benefit holds,
  // not how often anyone acts.
  if (found.some((c) => c.weak)) return found.filter((c) => !c.weak || c.start < purpose)
  return found
}

const NOT_BEFORE =
  /\b(?:do(?:es)?n['’]?t|do(?:es)?\s+not|won['’]?t|will\s+not|never)\s+(?:[\w'’-]+\s+){1,3}$/i

/** "not just at Christmas", "not only in the holidays": a period named only to be ruled out. */
/** ", who works 12-hour nights three times a week,": what the subject does, set aside. */
const RELATIVE_ASIDE = /,\s*(?:who|whose)\b[^,;.]{1,80},/gi
const NEGATED = /\bnot\s+(?:just|only|simply|merely|even)\s+$/i

function removeNegatedPeriods(text: string, found: Candidate[]): void {
  for (let i = found.length - 1; i >= 0; i -= 1) {
    const c = found[i]
    if (c && c.kind !== 'vague' && NEGATED.test(text.slice(Math.max(0, c.start - 30), c.start))) {
      found.splice(i, 1)
    }
  }
}

function removeContained(candidates: Candidate[]): Candidate[] {
  return candidates.filter(
    (c) =>
      !candidates.some(
        (other) =>
          other !== c &&
          // A vague condition never hides a concrete timescale inside it.
          (other.kind !== 'vague' || c.kind === 'vague') &&
          other.start <= c.start &&
          other.end >= c.end &&
          (other.end - other.start > c.end - c.start ||
            (other.end - other.start === c.end - c.start &&
              KIND_RANK[other.kind] > KIND_RANK[c.kind]))
      )
  )
}

// ---------------------------------------------------------------------------------------------
// Lead-ins: "by", "from", "w/c", "the end of" in front of a date value belong to the timescale.

const LEAD_IN =
  /(?:\b(no later than|not later than|on or before|due(?:\s+(?:by|on|in))?|by|b4|before|until|till|from(?:\s+after)?|after|at|starting(?:\s+(?:in|on|from|after))?|starts?|commencing|beginning|with effect from|wef|w\.e\.f\.?|in|on|during|ahead of|prior to|over|for)\s+(?:the\s+(?:[\w'’]+\s+){0,2}?(?:deadline|closing\s+date|cut-?off(?:\s+date)?)\s+(?:of|on)\s+)?)?(?:\b(w\/c|w\/b|w\/e|wc|wb|(?:week|wk)\s+(?:commencing|beginning|starting|ending)|the week of)\s+)?(?:\b(?:the\s+)?(?:(end|start|beginning|middle|last\s+(?:working\s+)?day|last\s+week|first\s+(?:working\s+)?day|first\s+week)\s+of|(end))\s+(?:the\s+)?)?(?:\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?),?\s+)?$/i

/** "by midday ", "before close of play ", "by 5pm ": a time of day said before "on" and a date. */
const TIME_OF_DAY_BY =
  /\b(by|before)\s+(?:midday|noon|midnight|close\s+of\s+(?:play|business)|the\s+end\s+of\s+the\s+day|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+$/i

interface LeadIn {
  start: number
  lead: string | null
  weekOf: boolean
  position: string | null
}

function leadInBefore(text: string, valueStart: number): LeadIn {
  const windowStart = Math.max(0, valueStart - 60)
  const before = text.slice(windowStart, valueStart)
  const match = LEAD_IN.exec(before)
  if (!match || match[0].length === 0) {
    return { start: valueStart, lead: null, weekOf: false, position: null }
  }
  // "by midday on 14/06/2038", "by close of play on Friday": a time of day before "on" belongs
  // to the deadline, "by" its lead.
  if (match[1]?.toLowerCase() === 'on') {
    const clock = TIME_OF_DAY_BY.exec(text.slice(0, windowStart + match.index))
    if (clock) {
      return {
        start: windowStart + match.index - clock[0].length,
        lead: clock[1]!.toLowerCase(),
        weekOf: match[2] !== undefined,
        position: (match[3] ?? match[4])?.toLowerCase() ?? null
      }
    }
  }
  // "book the test for w/b 10 May": "for" only says what the week is for; "w/b" starts the words.
  const forWeek = match[1]?.toLowerCase() === 'for' && match[2] !== undefined
  return {
    start: windowStart + match.index + (forWeek ? match[0].indexOf(match[2]!) : 0),
    lead: match[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null,
    weekOf: match[2] !== undefined,
    position: (match[3] ?? match[4])?.toLowerCase() ?? null
  }
}

const START_LEADS = new Set([
  'from',
  'from after',
  'start',
  'starts',
  'after',
  'starting',
  'starting in',
  'starting on',
  'starting from',
  'starting after',
  'with effect from',
  'wef',
  'w.e.f',
  'w.e.f.',
  'commencing',
  'beginning'
])

function isStartLead(lead: LeadIn): boolean {
  return (lead.lead !== null && START_LEADS.has(lead.lead)) || lead.position === 'start'
}

// ---------------------------------------------------------------------------------------------
// Calendar dates

function monthNumber(token: string): number | null {
  const key = token.toLowerCase().replace(/\.$/, '')
  // Every month is known by its first three letters, which also covers misspellings ("Febuary").
  return MONTH_NUMBERS[key] ?? MONTH_NUMBERS[key.slice(0, 3)] ?? null
}

/** "May" and "March" are also a verb: as a month they need a capital letter. */
function isAmbiguousLowercaseMonth(token: string): boolean {
  return /^(?:may|march|mar)$/.test(token)
}

function toYear(text: string | undefined): number | null {
  if (!text) return null
  const digits = text.replace(/^['’]/, '')
  const n = Number(digits)
  return digits.length === 2 ? 2000 + n : n
}

function dayMonthDue(
  year: number | null,
  month: number,
  day: number,
  context: TimescaleContext
): CalendarDate | null | undefined {
  if (year !== null) return isValidDate(year, month, day) ? { year, month, day } : undefined
  if (!isValidDate(2024, month, day)) return undefined
  return context.planDate ? nextOccurrence(context.planDate, month, day) : null
}

const DEADLINE_NOUN = /^\s+(?:deadline|closing date|cut-?off(?: date)?)\b(?!\s+day\b)/i

function findDates(text: string, context: TimescaleContext, hints: number): Candidate[] {
  const found: Candidate[] = []
  const push = (valueStart: number, valueEnd: number, due: CalendarDate | null): void => {
    const lead = leadInBefore(text, valueStart)
    // "before the 31 October deadline": the date names the deadline, which is part of the words.
    const named = lead.lead ? (DEADLINE_NOUN.exec(text.slice(valueEnd))?.[0].length ?? 0) : 0
    found.push({
      kind: 'date',
      start: lead.start,
      end: valueEnd + named,
      due,
      isStart: isStartLead(lead)
    })
  }

  const hasMonth = (hints & HINT.month) !== 0
  const hasDigits = /\d/.test(text)
  if (hasMonth) findMonthDates(text, context, found, push)
  if (hasDigits && /\d[/.-]\d/.test(text)) findNumericDates(text, context, push)
  if (hasDigits) {
    for (const m of matchesOf(YEAR_DEADLINE, text)) {
      found.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        due: { year: Number(m[1]), month: 12, day: 31 },
        isStart: false
      })
    }
  }
  found.push(...findPeriodEnds(text, context, hints))
  const hasOrdinal = hasDigits && /\d(?:st|nd|rd|th)\b/i.test(text)
  if (hasOrdinal) {
    // A day of the month after it makes even "sat", "sun" and "wed" a weekday: "by wed 18th".
    for (const m of matchesOf(WEEKDAY_DAY_NUMBER, text)) {
      const day = Number(m[1])
      if (day < 1 || day > 31) continue
      found.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        due: context.planDate ? nextDayOfMonth(context.planDate, day) : null,
        isStart: /^from\b/i.test(m[0])
      })
    }
    for (const m of matchesOf(DAY_OF_MONTH_ONLY, text)) {
      const day = Number(m[1])
      const plan = context.planDate
      if (day < 1 || day > 31) continue
      found.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        due: plan ? nextDayOfMonth(plan, day) : null,
        isStart: /^from\b/i.test(m[0])
      })
    }
  }
  if (hints & HINT.weekday) found.push(...findWeekdays(text, context))
  // "her 16th birthday": a birthday is counted with an ordinal, which most texts lack.
  const ageDates = hasOrdinal
    ? [BIRTHDAY, YEAR_GROUP_END, TURNS_AGE, GESTATION]
    : [YEAR_GROUP_END, TURNS_AGE, GESTATION]
  for (const pattern of ageDates) {
    if (!hasDigits) break
    for (const m of matchesOf(pattern, text)) {
      const lead = leadInBefore(text, m.index)
      const end = m.index + m[0].length
      found.push({ kind: 'date', start: lead.start, end, due: null, isStart: false })
    }
  }
  if (hasDigits && PREGNANCY.test(text)) {
    for (const m of matchesOf(GESTATION_BARE, text)) {
      // Between about 8 and 42 weeks, a bare week count in a pregnancy is its stage.
      const weeks = Number(m[1])
      if (weeks < 8 || weeks > 42) continue
      const end = m.index + m[0].length
      found.push({ kind: 'date', start: m.index, end, due: null, isStart: false })
    }
  }
  if (hints & HINT.birth) {
    for (const m of matchesOf(BIRTH, text)) {
      const end = m.index + m[0].length
      found.push({ kind: 'date', start: m.index, end, due: null, isStart: false })
    }
  }
  return found
}

type PushDate = (valueStart: number, valueEnd: number, due: CalendarDate | null) => void

/** A date from its lead-in ("by", "from the end of") to the end of the match. */
function ledDate(lead: LeadIn, m: RegExpExecArray, due: CalendarDate | null): Candidate {
  return {
    kind: 'date',
    start: lead.start,
    end: m.index + m[0].length,
    due,
    isStart: isStartLead(lead)
  }
}

function findMonthDates(
  text: string,
  context: TimescaleContext,
  found: Candidate[],
  push: PushDate
): void {
  for (const m of matchesOf(DAY_MONTH, text)) {
    const month = monthNumber(m[2] ?? '')
    if (!month || isAmbiguousLowercaseMonth(m[2] ?? '')) continue
    const due = dayMonthDue(toYear(m[3]), month, Number(m[1]), context)
    if (due !== undefined) push(m.index, m.index + m[0].length, due)
  }
  if (/\d\s*(?:st|nd|rd|th)?\s*(?:,|and|&)\s*\d/.test(text)) {
    for (const m of matchesOf(DAYS_OF_MONTH, text)) {
      const month = monthNumber(m[2] ?? '')
      if (!month || isAmbiguousLowercaseMonth(m[2] ?? '')) continue
      // The last day of the list is when the last of the dates is done.
      const due = dayMonthDue(toYear(m[3]), month, Number(m[1]), context)
      if (due !== undefined) push(m.index, m.index + m[0].length, due)
    }
  }
  for (const m of matchesOf(MONTH_DAY, text)) {
    const month = monthNumber(m[1] ?? '')
    if (!month || isAmbiguousLowercaseMonth(m[1] ?? '')) continue
    const due = dayMonthDue(toYear(m[3]), month, Number(m[2]), context)
    if (due !== undefined) push(m.index, m.index + m[0].length, due)
  }
  for (const m of matchesOf(MONTH_YEAR, text)) {
    const month = monthNumber(m[2] ?? '')
    if (!month || isAmbiguousLowercaseMonth(m[2] ?? '')) continue
    const lead = leadInBefore(text, m.index)
    const due = monthDue(toYear(m[3]) ?? 0, month, m[1], lead)
    found.push(ledDate(lead, m, due))
  }
  // "from the first week of July", "in the last week of March": early or late in the month.
  for (const m of /\bweek\s+(?:of|in)\s/i.test(text) ? matchesOf(MONTH_WEEK, text) : []) {
    const month = monthNumber(m[2] ?? '')
    if (!month || isAmbiguousLowercaseMonth(m[2] ?? '')) continue
    const lead = leadInBefore(text, m.index)
    const part = /^first$/i.test(m[1] ?? '') ? 'early' : /^last$/i.test(m[1] ?? '') ? 'late' : 'mid'
    const year = context.planDate ? nextMonthYear(context.planDate, month) : null
    found.push(ledDate(lead, m, year === null ? null : monthDue(year, month, part, lead)))
  }
  for (const m of matchesOf(MONTH_ONLY, text)) {
    const token = m[2] ?? ''
    const month = monthNumber(token)
    if (!month) continue
    const lead = leadInBefore(text, m.index)
    // A bare month name is only a timescale when something says so ("by March", "end of May").
    if (!lead.lead && !lead.position && !m[1]) continue
    // "on May" and "for May" more often name a person than a month.
    if (lead.lead === 'on' || lead.lead === 'for' || lead.weekOf) continue
    if (isAmbiguousLowercaseMonth(token)) continue
    const year = context.planDate ? nextMonthYear(context.planDate, month) : null
    const due = year === null ? null : monthDue(year, month, m[1], lead)
    found.push({
      kind: 'date',
      start: lead.start,
      end: m.index + m[0].length,
      due,
      isStart: isStartLead(lead)
    })
  }
}

const CLINICAL_LEAD = /\b(?:within|w\/in|in|over)\s+$/i

function findNumericDates(text: string, context: TimescaleContext, push: PushDate): void {
  for (const m of matchesOf(NUMERIC_DATE, text)) {
    const separator = m[2]
    const yearText = m[4]
    // 9.30 is a time and 16-19 a range: dots and dashes only make a date with a year.
    if (separator !== '/' && !yearText) continue
    if (m[0] === '24/7') continue
    // "within 6/12", "in 3/7": clinical shorthand for a number of months or days.
    if (!yearText && /^(?:12|7)$/.test(m[3] ?? '') && CLINICAL_LEAD.test(text.slice(0, m.index))) {
      continue
    }
    const due = dayMonthDue(toYear(yearText), Number(m[3]), Number(m[1]), context)
    if (due !== undefined) push(m.index, m.index + m[0].length, due)
  }
  for (const m of matchesOf(ISO_DATE, text)) {
    const year = Number(m[1])
    const month = Number(m[2])
    const day = Number(m[3])
    if (isValidDate(year, month, day)) push(m.index, m.index + m[0].length, { year, month, day })
  }
}

/** The next day of the month numbered `day`, on or after the plan date. */
function nextDayOfMonth(plan: CalendarDate, day: number): CalendarDate {
  let month = { year: plan.year, month: plan.month, day: 1 }
  if (day < plan.day) month = addMonths(month, 1)
  for (let guard = 0; guard < 3 && day > daysInMonth(month.year, month.month); guard += 1) {
    month = addMonths(month, 1)
  }
  return { ...month, day }
}

/** The year in which a yearless month next falls, on or after the plan date. */
function nextMonthYear(planDate: CalendarDate, month: number): number {
  return month >= planDate.month ? planDate.year : planDate.year + 1
}

function monthDue(
  year: number,
  month: number,
  part: string | undefined,
  lead: LeadIn
): CalendarDate {
  const p = part?.toLowerCase()
  if (lead.lead === 'before') return addDays({ year, month, day: 1 }, -1)
  if (p === 'early') return { year, month, day: 10 }
  if (p === 'mid' || lead.position === 'middle') return { year, month, day: 15 }
  if (isStartLead(lead)) return { year, month, day: 1 }
  return { year, month, day: daysInMonth(year, month) }
}

function findPeriodEnds(text: string, context: TimescaleContext, hints: number): Candidate[] {
  const found: Candidate[] = []
  const plan = context.planDate
  if (hints & HINT.periodEnd && /\b(?:end|start|beginning)\s+of\b|\beo[wmy]\b/i.test(text))
    collectPeriodEnds(text, plan, found)
  if (hints & HINT.thisNext && /\b(?:this|next)\s|weekend|wkend/i.test(text)) {
    collectThisNext(text, plan, found)
  }
  if (hints & HINT.today && /\b(?:today|tomorrow|tonight|tmrw|tmw)\b/i.test(text)) {
    collectToday(text, plan, found)
  }
  return found
}

/** "wk", "mth", "yr" as the words they stand for. */
function fullUnit(unit: string): string {
  return unit
    .toLowerCase()
    .replace(/\b(?:wk|weak)$/, 'week')
    .replace(/\bwkend$/, 'weekend')
    .replace(/\bmth$/, 'month')
    .replace(/\byr$/, 'year')
}

function collectPeriodEnds(text: string, plan: CalendarDate | null, found: Candidate[]): void {
  for (const m of matchesOf(PERIOD_END, text)) {
    const point = (m[1] ?? '').toLowerCase()
    const which = (m[2] ?? '').trim().toLowerCase()
    const unit = fullUnit(m[3] ?? '')
    const lead = leadInBefore(text, m.index)
    found.push({
      kind: 'date',
      start: lead.lead ? lead.start : m.index,
      end: m.index + m[0].length,
      due: plan ? periodPoint(plan, point, which, unit) : null,
      isStart: point !== 'end' && isStartLead(lead)
    })
  }
  // "eow", "eom": the end of this week or month, as case notes write it.
  for (const m of matchesOf(PERIOD_END_SHORT, text)) {
    const unit = { w: 'week', m: 'month', y: 'year' }[(m[1] ?? '').toLowerCase()] ?? 'week'
    const lead = leadInBefore(text, m.index)
    found.push({
      kind: 'date',
      start: lead.lead ? lead.start : m.index,
      end: m.index + m[0].length,
      due: plan ? periodPoint(plan, 'end', '', unit) : null,
      isStart: false
    })
  }
}

/** The day "the end of next month", "the start of the week" and the like fall on. */
function periodPoint(plan: CalendarDate, point: string, which: string, unit: string): CalendarDate {
  const shift = which === 'next' ? 1 : 0
  if (unit === 'week') {
    const friday = onOrAfterWeekday(plan, 5)
    const monday = addDays(friday, -4)
    return point === 'end' ? addDays(friday, 7 * shift) : addDays(monday, 7 * (shift || 1))
  }
  if (unit === 'month') {
    const base = addMonths({ year: plan.year, month: plan.month, day: 1 }, shift)
    return point === 'end' ? { ...base, day: daysInMonth(base.year, base.month) } : base
  }
  if (/^(?:financial|tax)/.test(unit)) {
    // The financial year ends on 31 March (the tax year on 5 April; a week apart at most).
    const endYear = plan.month > 3 ? plan.year + 1 + shift : plan.year + shift
    return point === 'end'
      ? { year: endYear, month: 3, day: 31 }
      : { year: endYear, month: 4, day: 1 }
  }
  // "the end of the year" is this 31 December; "the start of the year" the coming 1 January.
  const year = plan.year + shift
  return point === 'end'
    ? { year, month: 12, day: 31 }
    : { year: year + (shift ? 0 : 1), month: 1, day: 1 }
}

/** "by the weekend": the coming weekend, its Sunday the last day. */
const BY_THE_WEEKEND = /\b(?:by|before)\s+the\s+(?:weekend|wkend)\b/gi

function collectThisNext(text: string, plan: CalendarDate | null, found: Candidate[]): void {
  for (const m of /weekend|wkend/i.test(text) ? matchesOf(BY_THE_WEEKEND, text) : []) {
    const due = plan ? onOrAfterWeekday(plan, 0) : null
    found.push({ kind: 'date', start: m.index, end: m.index + m[0].length, due, isStart: false })
  }
  for (const m of matchesOf(THIS_NEXT_PERIOD, text)) {
    const next = (m[1] ?? '').toLowerCase() === 'next'
    const unit = fullUnit(m[2] ?? '')
    let due: CalendarDate | null = null
    if (plan) {
      if (unit === 'week') due = addDays(onOrAfterWeekday(plan, 5), next ? 7 : 0)
      else if (unit === 'weekend') due = addDays(onOrAfterWeekday(plan, 0), next ? 7 : 0)
      else {
        const base = addMonths({ year: plan.year, month: plan.month, day: 1 }, next ? 1 : 0)
        due = { ...base, day: daysInMonth(base.year, base.month) }
      }
    }
    const lead = leadInBefore(text, m.index)
    const end = m.index + m[0].length
    found.push({ kind: 'date', start: lead.start, end, due, isStart: isStartLead(lead) })
  }
}

function collectToday(text: string, plan: CalendarDate | null, found: Candidate[]): void {
  for (const m of matchesOf(TODAY, text)) {
    const word = (m[1] ?? '').toLowerCase()
    const lead = leadInBefore(text, m.index)
    const due = plan ? addDays(plan, /^(?:tomorrow|tmrw|tmw)$/.test(word) ? 1 : 0) : null
    found.push({ kind: 'date', start: lead.start, end: m.index + m[0].length, due, isStart: false })
  }
}

/**
 * "by Friday", "next Tuesday": chrono-node resolves these from the plan date (forward only). It is
 * only ever given the matched phrase, never a whole sentence, which keeps it quick and stops it
 * reading "sat" or "march" as dates.
 */
function findWeekdays(text: string, context: TimescaleContext): Candidate[] {
  const found: Candidate[] = []
  const planDate = context.planDate
  for (const m of matchesOf(WEEKDAY_DEADLINE, text)) {
    if (hasWordNotDay(m[0])) continue
    // "from the Thursday Club": a weekday that begins a place's name.
    if (NAMED_BY_DAY.test(text.slice(m.index + m[0].length))) continue
    const lead = leadInBefore(text, m.index)
    const phrase = withFullDayNames(m[0])
    found.push({
      kind: 'date',
      start: m.index,
      end: m.index + m[0].length,
      due: null,
      resolveDue: planDate ? () => resolveWithChrono(phrase, planDate) : undefined,
      isStart: /^from\b/i.test(m[0]) || isStartLead(lead)
    })
  }
  return found
}

const NAMED_BY_DAY =
  /^\s+(?:Club|Group|Centre|Center|Café|Cafe|Drop-in|Project|Youth Club|Lunch Club)\b/

/** "sat", "sun" and "wed" in lower case are more often words than days ("put on sun cream"). */
function hasWordNotDay(phrase: string): boolean {
  return /\b(?:sat|sun|wed)\b/.test(phrase)
}

const SHORT_DAY = new RegExp(`\\b${WEEKDAY_SHORT}\\b|\\b${WEEKDAY}\\b`, 'gi')
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/** "by next Fri" as "by next friday", and a misspelt "Wendesday" as "wednesday", for chrono. */
function withFullDayNames(phrase: string): string {
  return phrase.replace(SHORT_DAY, (day) => {
    const lower = day.toLowerCase()
    const key = lower.startsWith('w') ? 'wed' : lower.startsWith('th') ? 'thu' : lower.slice(0, 3)
    return DAY_NAMES.find((name) => name.startsWith(key)) ?? day
  })
}

function resolveWithChrono(phrase: string, planDate: CalendarDate): CalendarDate | null {
  const reference = {
    instant: new Date(Date.UTC(planDate.year, planDate.month - 1, planDate.day, 12)),
    timezone: 0
  }
  const result = chronoGB.parse(phrase, reference, { forwardDate: true })[0]
  if (!result) return null
  const year = result.start.get('year')
  const month = result.start.get('month')
  const day = result.start.get('day')
  if (year === null || month === null || day === null) return null
  return isValidDate(year, month, day) ? { year, month, day } : null
}

// ---------------------------------------------------------------------------------------------
// The school calendar

const TERM_NAMES: Readonly<Record<string, TermName>> = {
  autumn: 'autumn',
  christmas: 'autumn',
  xmas: 'autumn',
  spring: 'spring',
  easter: 'spring',
  summer: 'summer'
}
const HALF_TERM_NAMES: Readonly<Record<string, TermName>> = {
  october: 'autumn',
  oct: 'autumn',
  autumn: 'autumn',
  february: 'spring',
  feb: 'spring',
  spring: 'spring',
  may: 'summer',
  whitsun: 'summer',
  summer: 'summer'
}
const HOLIDAY_NAMES: Readonly<Record<string, HolidayName>> = {
  christmas: 'christmas',
  xmas: 'christmas',
  winter: 'christmas',
  easter: 'easter',
  spring: 'easter',
  summer: 'summer',
  october: 'october',
  february: 'february'
}

function findTermDates(text: string, context: TimescaleContext): Candidate[] {
  const found: Candidate[] = []
  const push = (m: RegExpMatchArray, reference: TermReference | null, startLike = false): void => {
    const index = m.index ?? 0
    const lead = leadInBefore(text, index)
    const isStart = startLike || isStartLead(lead)
    const due =
      reference && context.planDate
        ? resolveTermReference(reference, context.planDate, context.termDates)
        : null
    found.push({ kind: 'date', start: lead.start, end: index + m[0].length, due, isStart })
  }

  for (const m of matchesOf(TERM, text)) {
    // "before school breaks up": the end of this term; "before the holidays end": the next start.
    const breaks = /^school/i.test(m[0]) ? 'end' : /holidays\s+end$/i.test(m[0]) ? 'start' : null
    const point = (m[1] ?? m[3] ?? breaks ?? 'end').toLowerCase().replace(/^first\s+day$/, 'start')
    const season = m[2]?.toLowerCase()
    const lead = leadInBefore(text, m.index)
    const wantsStart = point === 'start' || point === 'beginning'
    const startOfTerm = wantsStart || (!m[1] && !m[3] && !breaks && isStartLead(lead))
    const name = season ? TERM_NAMES[season] : undefined
    const reference: TermReference = name
      ? { kind: 'term', term: name, point: startOfTerm ? 'start' : 'end' }
      : startOfTerm
        ? { kind: 'next-term-start' }
        : { kind: 'this-term-end' }
    push(m, reference, startOfTerm)
  }
  for (const m of matchesOf(HALF_TERM, text)) {
    // "in any half-term", "each half term": not one half-term but any of them.
    if (/\b(?:any|a|each|every|per)\s+$/i.test(text.slice(0, m.index))) continue
    // "by half-term in February": the month says which half-term.
    const which = (m[1] ?? m[2])?.toLowerCase()
    const term = which ? HALF_TERM_NAMES[which] : undefined
    const lead = leadInBefore(text, m.index)
    const after = isStartLead(lead) || /\bafter\s+(?:the\s+)?$/i.test(text.slice(0, m.index))
    push(m, { kind: 'half-term', term: term ?? 'any', point: after ? 'after' : 'before' })
  }
  for (const m of matchesOf(HOLIDAYS, text)) {
    // "the six-week holidays": the summer holidays, as families call them.
    const holiday =
      HOLIDAY_NAMES[(m[2] ?? '').toLowerCase().replace(/^(?:six|6)[\s-]weeks?$/, 'summer')]
    const point = (m[1] ?? '').toLowerCase()
    const lead = leadInBefore(text, m.index)
    const during = lead.lead === 'during' || lead.lead === 'over' || lead.lead === 'in'
    // "from the first week of the summer holidays": its start.
    const startLike =
      point === 'start' ||
      point === 'beginning' ||
      point.startsWith('first') ||
      during ||
      isStartLead(lead)
    push(m, holiday ? { kind: 'holiday', holiday, point: startLike ? 'start' : 'before' } : null)
  }
  for (const m of matchesOf(THIS_NEXT_TERM, text)) {
    const which = (m[1] ?? '').toLowerCase()
    push(
      m,
      which === 'this' ? { kind: 'this-term-end' } : { kind: 'next-term-start' },
      which !== 'this'
    )
  }
  for (const m of matchesOf(SCHOOL_YEAR, text)) {
    const point = (m[1] ?? '').toLowerCase()
    const qualifier = (m[2] ?? '').trim().toLowerCase()
    // "the school year" alone is a span, not a point; only its start, end or "the new" one count.
    if (!point && !qualifier) continue
    const end = point === 'end' || (!point && qualifier === 'this')
    push(m, { kind: 'school-year', point: end ? 'end' : 'start' }, !end)
  }
  for (const m of matchesOf(FEAST, text)) {
    const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const name =
      word === 'christmas' || word === 'xmas'
        ? 'christmas'
        : word === 'easter'
          ? 'easter'
          : word === 'pancake day' || word === 'shrove tuesday'
            ? 'shrove-tuesday'
            : 'new-year'
    const due = context.planDate
      ? resolveTermReference({ kind: 'feast', name }, context.planDate, context.termDates)
      : null
    // "starting after Easter": the start word belongs to the timescale.
    const starting = /\b(?:starting|commencing|beginning)\s+$/i.exec(text.slice(0, m.index))
    const isStart = starting !== null || /^(?:after|from)\b/i.test(m[0])
    const start = starting ? starting.index : m.index
    found.push({ kind: 'date', start, end: m.index + m[0].length, due, isStart })
  }
  if (/bank\s+holiday/i.test(text)) {
    for (const m of matchesOf(BANK_HOLIDAY, text)) {
      const name = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
      const due = context.planDate ? bankHolidayDue(name, context.planDate) : null
      const isStart = /^(?:after|from)\b/i.test(m[0])
      found.push({ kind: 'date', start: m.index, end: m.index + m[0].length, due, isStart })
    }
  }
  if (/spring|summer|autumn|winter/i.test(text)) found.push(...findSeasons(text, context))
  if (/\bclocks\b/i.test(text)) {
    for (const m of matchesOf(CLOCKS_CHANGE, text)) {
      const month = (m[1] ?? '').toLowerCase() === 'forward' ? 3 : 10
      const due = context.planDate ? clocksChange(context.planDate, month) : null
      const isStart = /^(?:after|from)\b/i.test(m[0])
      found.push({ kind: 'date', start: m.index, end: m.index + m[0].length, due, isStart })
    }
  }
  return found
}

/** Days every family knows by name, on the same date each year: "by Valentine's Day". */
const FIXED_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  valentine: [2, 14],
  david: [3, 1],
  patrick: [3, 17],
  george: [4, 23],
  andrew: [11, 30],
  halloween: [10, 31],
  bonfire: [11, 5],
  'christmas eve': [12, 24],
  boxing: [12, 26],
  'years eve': [12, 31]
}
const FIXED_DAY =
  /\b(?:by|b4|before|until|till|for|after|from|on|at)\s+(?:the\s+)?(valentine['’]?s\s+day|st\.?\s+(?:patrick|david|george|andrew)['’]?s\s+day|hallowe['’]?en|bonfire\s+night|christmas\s+eve|boxing\s+day|new\s+year['’]?s\s+eve)\b/gi

function findFixedDays(text: string, context: TimescaleContext): Candidate[] {
  const found: Candidate[] = []
  for (const m of matchesOf(FIXED_DAY, text)) {
    const name = (m[1] ?? '').toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ')
    const key = Object.keys(FIXED_DAYS).find((k) => name.includes(k))
    const fixed = key ? FIXED_DAYS[key] : undefined
    if (!fixed) continue
    const due = context.planDate ? nextOccurrence(context.planDate, fixed[0], fixed[1]) : null
    const isStart = /^(?:after|from)\b/i.test(m[0])
    found.push({ kind: 'date', start: m.index, end: m.index + m[0].length, due, isStart })
  }
  return found
}

/**
 * "before the clocks go forward": British Summer Time starts on the last Sunday in March and ends
 * on the last Sunday in October.
 */
const CLOCKS_CHANGE =
  /\b(?:by|b4|before|until|till|after|from|when)\s+the\s+clocks\s+(?:go|change|going|are\s+put)\s+(forward|back)\b/gi

/** The next last Sunday of the month (3 or 10) on or after the plan's date. */
function clocksChange(plan: CalendarDate, month: number): CalendarDate {
  for (let year = plan.year; ; year += 1) {
    const last = { year, month, day: daysInMonth(year, month) }
    const sunday = onOrBeforeWeekday(last, 0)
    if (toDayNumber(sunday) >= toDayNumber(plan)) return sunday
  }
}

function findSeasons(text: string, context: TimescaleContext): Candidate[] {
  const found: Candidate[] = []
  for (const m of matchesOf(SEASON, text)) {
    const lead = (m[1] ?? '').toLowerCase()
    const point = (m[3] ?? '').toLowerCase()
    const season = m[5] ?? ''
    // "by Summer" with nothing else is more likely a girl called Summer than the season.
    if (/^[A-Z]/.test(season) && !m[2] && !m[3] && !m[4] && !m[6]) continue
    const startMonth = SEASON_START_MONTHS[season.toLowerCase()] ?? 6
    const isStart =
      point === 'start' ||
      point === 'beginning' ||
      /^(?:from|after|starting|beginning|during|over|in)$/.test(lead)
    const plan = context.planDate
    let due: CalendarDate | null = null
    if (plan) {
      const year = m[6] ? Number(m[6]) : seasonYear(plan, startMonth)
      const first: CalendarDate = { year, month: startMonth, day: 1 }
      if (point === 'end') due = addDays(addMonths(first, 3), -1)
      else if (point === 'middle') due = addDays(first, 45)
      else if (lead === 'before') due = addDays(first, -1)
      else due = first
    }
    // "starting in the autumn": the start word belongs to the timescale.
    const starting = /\b(?:starting|commencing|beginning)\s+$/i.exec(text.slice(0, m.index))
    const start = starting && !/^(?:starting|beginning)$/.test(lead) ? starting.index : m.index
    found.push({ kind: 'date', start, end: m.index + m[0].length, due, isStart })
  }
  return found
}

/** The year in which a season next starts after the plan date. */
function seasonYear(plan: CalendarDate, startMonth: number): number {
  return plan.month < startMonth ? plan.year : plan.year + 1
}

// ---------------------------------------------------------------------------------------------
// Durations

function parseNumber(text: string | undefined): number | null {
  if (text === undefined) return null
  const clean = text.toLowerCase().replace(/\s+/g, ' ').trim()
  if (/^\d+$/.test(clean)) return Number(clean)
  // "4-6 weeks", "4 to 6 weeks": the later end is the deadline.
  const range = /^\d+\s*(?:[-–]|to)\s*(\d+)$/.exec(clean)
  if (range) return Number(range[1])
  return NUMBER_WORDS[clean] ?? null
}

function addDuration(
  from: CalendarDate,
  amount: number,
  unitText: string,
  qualifier: string | undefined
): CalendarDate | null {
  const unit = unitText.toLowerCase()
  const working =
    qualifier !== undefined && /working|wkg|wking|wkng|wrkg|school|business/i.test(qualifier)
  if (/^(?:hours?|hrs?)$/.test(unit)) return addDays(from, Math.ceil(amount / 24))
  if (/^(?:minutes?|mins?)$/.test(unit)) return from
  if (/^(?:days?|nights?|\/7)$/.test(unit)) {
    return working ? addWorkingDays(from, amount) : addDays(from, amount)
  }
  if (/^(?:weeks?|wks?|\/52)$/.test(unit)) return addDays(from, 7 * amount)
  if (/^fortnights?$/.test(unit)) return addDays(from, 14 * amount)
  if (/^(?:months?|mths?|mnths?|\/12)$/.test(unit)) return addMonths(from, amount)
  if (/^(?:years?|yrs?)$/.test(unit)) return addMonths(from, 12 * amount)
  return null
}

/**
 * "ICPC + 5 wd", "CG1 + 2 weeks": a meeting and a count of days after it, as a plan's key line
 * sets them out. When the meeting was is not in the line, so nor is the date.
 */
const MEETING_PLUS =
  /\b(?:icpc|rcpc|cg[1-9]?|conference|core group|review|strategy meeting|discharge)\s*\+\s*\d{1,3}\s*(?:wd|working days?|days?|wks?|weeks?|months?)\b/gi

/** A timescale of the given kind where the match stands, with no date it can be counted to. */
function undated(kind: Candidate['kind'], m: RegExpExecArray): Candidate {
  return { kind, start: m.index, end: m.index + m[0].length, due: null, isStart: false }
}

/**
 * "in week 3", "by the end of week 2": a week of the plan, counted from its date. Not "in week 3
 * of the course", a week of something else.
 */
const PLAN_WEEK =
  /\b(?:in|during|by|by\s+the\s+end\s+of)\s+week\s+(\d{1,2})\b(?![/.-]\d)(?!\s+of\s+(?!(?:the|this)\s+plan\b))/gi

function findRelative(text: string, context: TimescaleContext): Candidate[] {
  const found: Candidate[] = []
  if (text.includes('+')) {
    for (const m of matchesOf(MEETING_PLUS, text)) found.push(undated('relative', m))
  }
  for (const m of matchesOf(RELATIVE, text)) {
    // "if her cough has not cleared in 3 days": a duration in a condition is a trigger.
    if (insideCondition(text, m.index)) continue
    const next = m[2]
    const amountText = m[3]
    const unit = m[5] ?? ''
    // "a 2 week school trip" names an activity; after "next" the word that follows is not what
    // the period names ("In the next fortnight school nurse to see Zara").
    if (!next && NAMES_ACTIVITY.test(text.slice(m.index + m[0].length))) continue
    // "within the healthy range" has no unit; "in the next few weeks" no number: neither counts.
    // "within the hour" is an hour.
    if (amountText === undefined && !next && !/^within\s+the\s+hour$/i.test(m[0])) continue
    if (amountText === undefined && /s$/i.test(unit)) continue
    if ((m[1] ?? '').toLowerCase() === 'in' && next === undefined && amountText === undefined)
      continue
    const amount = amountText === undefined ? 1 : parseNumber(amountText)
    if (amount === null) continue
    const end = m.index + m[0].length
    const after = text.slice(end)
    const anchor = longestMatch([
      ANCHOR.exec(after),
      NOUN_ANCHOR.exec(after),
      EVENT_ANCHOR.exec(after)
    ])
    const anchorNoun = anchor ? anchorHead(anchor[1]) : undefined
    const fromPlan = anchorNoun === undefined || PLAN_ANCHORS.has(anchorNoun)
    const due =
      context.planDate && fromPlan ? addDuration(context.planDate, amount, unit, m[4]) : null
    found.push({
      kind: 'relative',
      start: m.index,
      end: end + (anchor ? anchor[0].length : 0),
      due,
      isStart: false
    })
  }
  for (const m of matchesOf(RELATIVE_FROM, text)) {
    const amount = parseNumber(m[1])
    if (amount === null) continue
    const end = m.index + m[0].length
    const anchor = ANCHOR.exec(' ' + text.slice(end))
    if (!anchor) continue
    const anchorNoun = anchor[1]?.toLowerCase() ?? ''
    const due =
      context.planDate && PLAN_ANCHORS.has(anchorNoun)
        ? addDuration(context.planDate, amount, m[3] ?? '', m[2])
        : null
    const lead = leadInBefore(text, m.index)
    found.push({
      kind: 'relative',
      start: lead.lead ? lead.start : m.index,
      end: end + anchor[0].length - 1,
      due,
      isStart: false
    })
  }
  if (text.includes('/')) {
    for (const m of matchesOf(CLINICAL_RELATIVE, text)) {
      if (insideCondition(text, m.index)) continue
      const end = m.index + m[0].length
      const due = context.planDate
        ? addDuration(context.planDate, Number(m[2]), `/${m[3] ?? ''}`, undefined)
        : null
      found.push({ kind: 'relative', start: m.index, end, due, isStart: false })
    }
  }
  if (/\bweek\s+\d/i.test(text)) {
    for (const m of matchesOf(PLAN_WEEK, text)) {
      const due = context.planDate ? addDays(context.planDate, 7 * Number(m[1])) : null
      found.push({
        kind: 'relative',
        start: m.index,
        end: m.index + m[0].length,
        due,
        isStart: false
      })
    }
  }
  if (/\bby\s+the\s+time\b/i.test(text)) {
    for (const m of matchesOf(BY_THE_TIME, text)) {
      const end = m.index + m[0].length
      found.push({ kind: 'relative', start: m.index, end, due: null, isStart: false })
    }
  }
  if (/\bno[t]?\s+(?:later|more)\s+than\b/i.test(text)) {
    for (const m of matchesOf(RELATIVE_AFTER_EVENT, text)) {
      if (parseNumber(m[1]) !== null) found.push(undated('relative', m))
    }
  }
  if (/\s(?:after|following)\s/i.test(text)) {
    for (const m of matchesOf(DAYS_AFTER_EVENT, text)) {
      if (parseNumber(m[1]) !== null) found.push(undated('relative', m))
    }
  }
  if (!BEFORE_HINT.test(text)) return found
  for (const m of matchesOf(RELATIVE_BEFORE, text)) {
    if (parseNumber(m[1]) === null) continue
    // "2 days before each core group": a lead time before every meeting is a cadence.
    const each = /\b(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of)\s+(?:each|every)\b/i
    found.push({
      kind: each.test(m[0]) ? 'frequency' : 'relative',
      start: m.index,
      end: m.index + m[0].length,
      due: null,
      isStart: false
    })
  }
  return found
}

/** Whether a position sits in an "if" or "unless" clause that has not yet ended. */
function insideCondition(text: string, at: number): boolean {
  return /\b(?:if|unless)\b[^,;:]*$/i.test(text.slice(0, at))
}

/** The longest of several matches at one place: "of any placement move", not "of any placement". */
function longestMatch(matches: (RegExpExecArray | null)[]): RegExpExecArray | null {
  let best: RegExpExecArray | null = null
  for (const m of matches) {
    if (m && (!best || m[0].length > best[0].length)) best = m
  }
  return best
}

/** The last word of an anchor ("the initial conference" gives "conference"), or 'event'. */
function anchorHead(phrase: string | undefined): string {
  if (!phrase) return 'event'
  const lower = phrase.toLowerCase()
  if (PLAN_ANCHORS.has(lower)) return lower
  return lower.split(/\s+/).pop() ?? 'event'
}

// ---------------------------------------------------------------------------------------------
// Meetings, cadences and vague words

/** "before her pathway plan is next reviewed", "by the time the PEP is reviewed": a review by its verb. */
const REVIEWED =
  /\b(?:by|b4|before|at|when|until|till|in time for|ahead of|prior to)\s+(?:the\s+time\s+)?(?:the|her|his|their|my|this|your|our|[A-Z][\w'’-]*['’]s)\s+(?:[\w-]+\s+){0,2}?(?:plan|pp|pep|ehcp|placement|case)\s+(?:is|are|gets?|has\s+been)\s+(?:next\s+|first\s+|formally\s+)?reviewed\b/gi

/** "By the time we next meet as a CIN group", "before the core group meets again". */
const NEXT_MEETS =
  /\b(?:by|before|at)\s+(?:the\s+time\s+)?(?:we|you|they|everyone|the\s+(?:core\s+group|cin\s+group|team\s+around\s+the\s+family|taf|group))\s+(?:next\s+meets?|meets?\s+(?:again|next))(?:\s+as\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:group|meeting|network|family))?\b/gi

/** "... signed off ", "... approved ", "... agreed ": a participle that a "by" agent may follow. */
const PASSIVE_BEFORE =
  /\b(?:(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?|[a-z]+(?:ed|en)\s+and\s+)[a-z]+(?:ed|en|wn|ne)(?:\s+(?:off|up|through|out))?\s+$/i

/**
 * " 2" after "core group", " after next" after "the CIN review", " about this plan" after "the
 * next meeting": which meeting, not a count of weeks or a date.
 */
const MEETING_NUMBER =
  /^\s+(?:\d{1,2}\b(?![/.:]\d|\s*(?:weeks?|wks?|days?|months?|mths?|hours?|hrs?|times?|x|%)(?![a-z]))|after\s+next\b|about\s+(?:this|the)\s+plan\b|(?:starts|begins|meets|sits)\b|of\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}plan\b)/i

function findReviewPoints(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const m of /\bmeets?\b/i.test(text) ? matchesOf(NEXT_MEETS, text) : []) {
    const end = m.index + m[0].length
    found.push({ kind: 'review-point', start: m.index, end, due: null, isStart: false })
  }
  for (const m of matchesOf(REVIEWED, text)) {
    const end = m.index + m[0].length
    found.push({ kind: 'review-point', start: m.index, end, due: null, isStart: false })
  }
  for (const m of matchesOf(REVIEW_POINT, text)) {
    const lead = (m[1] ?? '').toLowerCase()
    const determiner = m[2]
    // "by the SW's next visit": the possessive is read as description, "next" with it.
    const described = /\b(?:next|first|following|second|upcoming)\s*$/i.test(m[4] ?? '')
    const modifiers = (m[3] ?? m[5] ?? '').trim() || (described ? 'next' : '')
    const generic = m[7]?.toLowerCase()
    // "in the next child in need meeting": "in" names a meeting only with "next" or the like;
    // "discussed in core group" is where, not when.
    if ((lead === 'in' || lead === 'during') && !modifiers) continue
    // "at his Tuesday NA meeting": a meeting named by its weekday is a regular one, where the
    // step is done, not a point the plan is checked at.
    if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(m[4] ?? '')) continue
    if (generic !== undefined) {
      // A generic word ("meeting", "review") needs "next"/"first" or a deadline word to be a
      // checkable point; a visit always needs "next".
      if (/visit/.test(generic) && !modifiers) continue
      // "by next CIN": a plan type alone names its meeting only after "next" or the like, never
      // in "by the LAC nurse".
      if (/^(?:cin|lac|cla|cic|pp)$/.test(generic) && !modifiers) continue
      const deadlineLead =
        /^(?:by|b4|before|befor|ahead of|prior to|in advance of|in readiness for|no later than|not later than|at|@|until|till|in time for)$/.test(
          lead
        )
      if (!modifiers && !deadlineLead) continue
      // "before conference", "at review": a meeting named without "the" is still that meeting,
      // but a bare "meeting" may be a verb ("by meeting the children's needs").
      if (!modifiers && !determiner && !/^(?:conference|review|rev|panel|hearing)$/.test(generic)) {
        continue
      }
    }
    // "to be signed off by the placements panel", "agreed by the core group": a passive's agent,
    // not a deadline.
    if (lead === 'by' && !modifiers && PASSIVE_BEFORE.test(text.slice(0, m.index))) continue
    // "before core group 2", "by the review after next": which meeting it is.
    const end = m.index + m[0].length
    const numbered = MEETING_NUMBER.exec(text.slice(end))?.[0].length ?? 0
    found.push({
      kind: 'review-point',
      start: m.index,
      end: end + numbered,
      due: null,
      isStart: false
    })
  }
  return found
}

/** "after every key work session", "at each supervised contact visit": a named kind of session. */
const EACH_NAMED_SESSION =
  /\b(?:at|before|after|following|during)\s+(?:each|every)\s+(?:[\w'’-]+\s+){1,2}?(?:session|visit|contact|lesson|class|shift|call)s?\b/gi
/** "Each time his PA calls round, ...", "every time she stays over": whenever an event recurs. */
const EACH_TIME =
  /\b(?:each|every)\s+time\s+(?:that\s+)?(?:he|she|they|I|we|you|it|the|his|her|their|my|[A-Z][\w'’-]*)\b[^,;.]{1,60}?(?=\s*(?:[,;.]|$))/gi

/** "morning and night", "night and morning": twice a day, said plainly. */
const FREQUENCY_MORNING_NIGHT = /\b(?:morning and (?:night|evening)|night and morning)\b/gi

/** "on each of Becky's night shifts", "on each of his weekends here": every one of a kind. */
const FREQUENCY_EACH_OF =
  /\b(?:on|at|after|before|during|for)\s+(?:each|every\s+one)\s+of\s+(?:his|her|their|my|your|our|the|[A-Z][\w'’-]*['’]s)\s+(?:[\w-]+\s+)?(?:shifts|days|nights|weekends|visits|sessions|stays|appointments)\b/gi

/** "one Friday in every four", "one weekend in three": a share of the days, which is a cadence. */
const FREQUENCY_ONE_IN = new RegExp(
  `\\b(?:one|two|three|1|2|3)\\s+(?:${DAY}|weekend|week|night|day)s?\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(?:two|three|four|five|six|[2-6])\\b`,
  'gi'
)
/** "at Friday sessions", "at her Tuesday groups": sessions named by their weekday recur. */
const FREQUENCY_DAY_SESSIONS = new RegExp(
  `\\bat\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?${WEEKDAY}\\s+(?:sessions|groups|clubs|classes|drop-ins)\\b`,
  'gi'
)

/** Each cadence pattern with the HINT family it cannot match without. */
const FREQUENCY_PATTERNS: readonly [RegExp, number][] = [
  [EACH_NAMED_SESSION, HINT.quantifier],
  [EACH_TIME, HINT.quantifier],
  [FREQUENCY_ADVERB, HINT.ly],
  [FREQUENCY_BASIS, HINT.basis],
  [FREQUENCY_EVERY, HINT.quantifier],
  [FREQUENCY_WEEKDAYS, HINT.quantifier],
  [FREQUENCY_ON_DAYS, HINT.onAt],
  [FREQUENCY_BARE_DAYS, HINT.dayPart],
  [FREQUENCY_DOSES, HINT.doses],
  [FREQUENCY_ANY_DAY, HINT.quantifier],
  [FREQUENCY_NAMED_DAY, HINT.quantifier],
  [FREQUENCY_TIMES, HINT.unitWord],
  [FREQUENCY_WEEKDAY_RANGE, HINT.weekday],
  [FREQUENCY_DAY_LIST, HINT.weekday],
  [FREQUENCY_ALTERNATE, HINT.alternate],
  [FREQUENCY_DAY_OF_MONTH, HINT.unitWord],
  [FREQUENCY_AMOUNT, HINT.unitWord],
  [FREQUENCY_X, HINT.timesX],
  [FREQUENCY_CLINICAL, HINT.clinical],
  [FREQUENCY_COUNT, HINT.unitWord],
  [AT_EACH_MEETING, HINT.quantifier],
  [FREQUENCY_ONE_IN, HINT.smallNumber],
  [FREQUENCY_DAY_SESSIONS, HINT.sessions],
  [FREQUENCY_EACH_OF, HINT.quantifier],
  [FREQUENCY_MORNING_NIGHT, HINT.dayPart]
]

function findFrequencies(text: string, hints: number): Candidate[] {
  const found: Candidate[] = []
  for (const m of hints & HINT.timeOfDay ? matchesOf(FREQUENCY_TIME_OF_DAY, text) : []) {
    const end = m.index + m[0].length
    found.push({ kind: 'frequency', start: m.index, end, due: null, isStart: false, weak: true })
  }
  for (const [pattern, hint] of FREQUENCY_PATTERNS) {
    if (!(hints & hint)) continue
    for (const m of matchesOf(pattern, text)) {
      if (hasWordNotDay(m[0])) continue
      found.push({
        kind: 'frequency',
        start: m.index,
        end: m.index + m[0].length,
        due: null,
        isStart: false
      })
    }
  }
  return found
}

/**
 * "when able", "once Jade is settled", "whenever Kai asks", "as often as he wants to go": a timing
 * that waits on readiness, availability, someone's wish or another step ("once she has moved").
 * The condition runs to the next punctuation or linking word. A trigger ("when Dad turns up") is
 * no timescale at all.
 */
const CONDITION = new RegExp(
  `\\b(as\\s+and\\s+when|if\\s+and\\s+when|whenever|when|untill?|till|after|before|once(?!\\s+(?:(?:a|an|per|every|each)\\s+(?:day|week|wk|fortnight|month|mth|term|half[\\s-]term|year|yr|night|morning|evening|weekend)|more|again|only|or|twice|weekly|wkly|monthly|mthly|daily|fortnightly)\\b)|as\\s+often\\s+as|as\\s+soon\\s+as)\\s+([^,;.!?()]{1,60}?)(?=\\s*(?:[,;.!?()]|$)|\\s+(?:so|because|in\\s+order|which|then|but|when|whenever|once|and(?!\\s+(?:ready|settled|able|safe|well)\\b))\\b)`,
  'gi'
)
const READINESS = new RegExp(`\\b(?:${CONDITION_READINESS.join('|')})\\b`, 'i')
const THING_STARTS = new RegExp(`\\b(?:${CONDITION_THING_STARTS.join('|')})\\b`, 'i')
const PERSON_START =
  /^(?:he|she|they|i|we|you|mum|dad|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*|(?:[A-Z]\.){1,3})(?:\s|$)/

const INITIAL_STOP = /(?<=(?:^|[\s(])[A-Z])\.(?=\s)/g

function findConditions(text: string): Candidate[] {
  const found: Candidate[] = []
  const purpose = mainClauseEnd(text)
  // "when T. says she is ready": the full stop of an initial does not end the condition. The
  // stops are read on a copy with those full stops hidden, which keeps every offset.
  const masked = /(?:^|[\s(])[A-Z]\.\s/.test(text) ? text.replace(INITIAL_STOP, '\u2024') : text
  for (const m of matchesOf(CONDITION, masked)) {
    if (m.index >= purpose) break
    // "once", "as soon as" and "until" always wait on something ("until she feels safe"); "when",
    // "after" and "before" only on readiness, a wish or something else happening ("after my BRP
    // comes", "before the introductions begin").
    const word = (m[1] ?? '').toLowerCase()
    const clause = m[2] ?? ''
    // "until 3pm", "until 18": a clock time or an age, not an event.
    if (/^\d/.test(clause)) continue
    // "kept safe for when I leave the Army": what it is kept for, not when it is done.
    if (/\bfor\s+$/i.test(masked.slice(Math.max(0, m.index - 5), m.index))) continue
    // "as soon as possible about anything Evie says": the phrase the lexicon has, no condition.
    if (/^(?:possible|practicable|practical|able)\b/i.test(clause) && word.endsWith('as')) continue
    const always = /^(?:once|as\s+soon\s+as|as\s+and\s+when|if\s+and\s+when|untill?|till)$/.test(
      word
    )
    const waits =
      always || READINESS.test(clause) || (THING_STARTS.test(clause) && !PERSON_START.test(clause))
    if (!waits) continue
    // "after school", "after the review": "after" needs a clause with a verb of its own.
    if ((word === 'after' || word === 'before') && !/\s/.test(clause.trim())) continue
    // "before any overnight stays start": a condition to be met first, not a time.
    if (word === 'before' && /^(?:any|all)\b/i.test(clause)) continue
    // "When I'm ready I want to do ...": with no comma, the condition ends where a new subject
    // starts the main clause.
    const ready = READINESS.exec(clause)
    const after = ready ? clause.slice(ready.index + ready[0].length) : ''
    const cut = /^\s+(?:i|he|she|they|we|you)\s/i.test(after)
      ? m[0].length - after.length
      : m[0].length
    found.push({
      kind: 'vague',
      start: m.index,
      end: m.index + cut,
      due: null,
      isStart: false
    })
  }
  return found
}

function findVague(text: string): Candidate[] {
  const found: Candidate[] = []
  if (/\b(?:when|whenever|untill?|till|after|before|once|as often as|as soon as)\s/i.test(text)) {
    found.push(...findConditions(text))
  }
  for (const m of matchesOf(VAGUE, text)) {
    // "continue to" is vague only before a verb ("continue to engage"), not "continue to school".
    if (
      /^continu\w*\s+to$/i.test(m[0]) &&
      !/^\s+(?!the\b|school\b|a\b|his\b|her\b)[a-z]/.test(text.slice(m.index + m[0].length))
    ) {
      continue
    }
    found.push({
      kind: 'vague',
      start: m.index,
      end: m.index + m[0].length,
      due: null,
      isStart: false,
      // "Continue to see Mum for now": any other vague phrase says more about when.
      ...(/^continu/i.test(m[0]) ? { weak: true } : {})
    })
  }
  return found
}

/**
 * A reason, concession or condition set before the main clause ("Although Kris missed both
 * appointments in October, ...", "Given that ... the ICPC on 2 February ..., ", "If Kade is
 * excluded again before Christmas, ..."), up to the last comma before the main clause's subject.
 */
const BACKGROUND_LEAD =
  /^\s*(?:although|though|even though|even if|given(?: that)?|because|since|as|despite|following|if|unless|once|when|whenever|while|whilst|so that|in order (?:for|to|that))\b/i
/** "It was agreed at the CIN meeting on 12/02 that ...", "Agreed at review - ": where it was agreed. */
const AGREED_AT =
  /^\s*(?:it\s+(?:is|was|has\s+been)\s+)?(?:agreed|decided|recommended)\s+(?:at|in|by|during|on)\s+[^,;.]{1,60}?(?:\s+that\s+|\s+[-–—:]\s+)/i
/** ", who turns 21 in August,", ", which the DWP says will happen after his 16th birthday,". */
const ASIDE = /,\s*(?:who|whose|which)\b[^,]*,/g
/** Someone's own words in quotation marks: "says he is 'fine till Christmas'". */
const QUOTED = /(?<=^|[\s(])['‘"“](?=\w)[^'’"”\n]{2,80}?(?<=[\w.!?])['’"”](?=[\s,.;:!?)]|$)/g

/**
 * Drops the times that set the scene rather than say when the action happens: those in a leading
 * reason or condition, in an aside about someone, or in words quoted from someone, as long as the
 * action's own clause has a time of its own.
 */
function withoutBackground(text: string, found: Candidate[]): void {
  const spans: { start: number; end: number }[] = []
  if (BACKGROUND_LEAD.test(text)) {
    const clause = parseClause(text)
    if (clause.subject && clause.modal !== null && clause.subject.start > 0) {
      spans.push({ start: 0, end: clause.subject.start })
    }
  }
  for (const m of matchesOf(ASIDE, text)) spans.push({ start: m.index, end: m.index + m[0].length })
  for (const m of matchesOf(QUOTED, text))
    spans.push({ start: m.index, end: m.index + m[0].length })
  if (spans.length === 0) return
  const inBackground = (c: Candidate): boolean =>
    spans.some((span) => c.start >= span.start && c.end <= span.end)
  if (found.every(inBackground)) return
  for (let i = found.length - 1; i >= 0; i -= 1) {
    if (inBackground(found[i]!)) found.splice(i, 1)
  }
}

/**
 * "every 2/52 until RCPC", "weekly until the court hearing": a meeting after "until" that follows a
 * cadence says when the cadence stops, not a deadline that beats it.
 */
function withoutCadenceEnds(text: string, found: Candidate[]): void {
  // "weekly until his order ends in August", "each month until she is 1 year old": every time in
  // the "until" clause after a cadence says when the cadence stops.
  for (const f of found.filter((c) => c.kind === 'frequency')) {
    const until = /^[\s,]*(?:until|till)\b[^,;.]*/i.exec(text.slice(f.end))
    if (!until) continue
    const end = f.end + until[0].length
    for (let i = found.length - 1; i >= 0; i -= 1) {
      const c = found[i]!
      if (c.kind !== 'frequency' && c.start >= f.end && c.end <= end) found.splice(i, 1)
    }
  }
  // "weekly in August", "weekly over the summer": the period the cadence runs in, not a deadline.
  for (let i = found.length - 1; i >= 0; i -= 1) {
    const c = found[i]!
    if (c.kind !== 'date' || !/^(?:in|over|during|through(?:out)?)\b/i.test(text.slice(c.start)))
      continue
    const cadence = found.some(
      (f) => f.kind === 'frequency' && f.end <= c.start && /^\s*$/.test(text.slice(f.end, c.start))
    )
    if (cadence) found.splice(i, 1)
  }
  for (let i = found.length - 1; i >= 0; i -= 1) {
    const c = found[i]!
    if (c.kind !== 'review-point' || !/^(?:until|till)\b/i.test(text.slice(c.start, c.end)))
      continue
    const cadence = found.some(
      (f) =>
        f.kind === 'frequency' && f.end <= c.start && /^[\s,]*$/.test(text.slice(f.end, c.start))
    )
    if (cadence) found.splice(i, 1)
  }
}

/**
 * "to supervise every contact between Kane and his father on Tuesdays and Saturdays", "to take part
 * in every session of the assessment, every Tuesday morning": a bare "every contact" names what is
 * done, so another cadence in the line says when. With no other ("to see Ruby alone each visit"),
 * it is the cadence.
 */
function withoutEventObjects(text: string, found: Candidate[]): void {
  const events = found.filter(
    (c) => c.kind === 'frequency' && EVENT_OBJECT.test(text.slice(c.start, c.end))
  )
  if (events.length === 0) return
  const other = found.some((c) => c.kind === 'frequency' && !c.weak && !events.includes(c))
  if (other) for (const c of events) found.splice(found.indexOf(c), 1)
}

const EVENT_OBJECT = /^(?:every|each)\s+(?:contact|visit|session|stay)s?$/i

/**
 * "before his looked after review in March", "ahead of the pathway plan review in September", "by
 * my pathway review in the new year": the month says when the meeting is, and the meeting it is
 * due by stays the timescale, month and all.
 */
function joinMeetingMonth(text: string, found: Candidate[]): void {
  for (const meeting of found.filter((c) => c.kind === 'review-point')) {
    // "at her next LAC review in May" is done in May; "before his review in March" is due by it.
    if (!/^(?:before|ahead of|prior to|by|in advance of)\b/i.test(text.slice(meeting.start)))
      continue
    const month = found.find(
      (c) =>
        c.kind === 'date' &&
        c.start >= meeting.end &&
        /^\s*$/.test(text.slice(meeting.end, c.start)) &&
        /^in\s+(?:[A-Z]|the\s+new\s+year\b)/.test(text.slice(c.start, c.end))
    )
    if (!month) continue
    found.splice(found.indexOf(month), 1)
    meeting.end = month.end
    meeting.due = month.due
  }
}

/** "'s mtg", "'s TAF": the rest of "within 5 days of today's meeting" after "today". */
const TODAYS_MEETING =
  /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:meeting|mtg|taf|tac|conference|icpc|rcpc|visit|review|core group|cg)\b/i

/** "within 5 wkg days of today's mtg": the count runs from today's meeting, all of it. */
function withTodaysMeeting(text: string, found: Candidate[]): void {
  for (const c of found) {
    if (c.kind !== 'relative' || !/\btoday$/i.test(text.slice(c.start, c.end))) continue
    const rest = TODAYS_MEETING.exec(text.slice(c.end))
    if (rest) c.end += rest[0].length
  }
}

/** Whether a date falls before the plan date (for the past-due flag). */
export function isBefore(due: string, planDate: CalendarDate): boolean {
  // YYYY-MM-DD strings sort as dates do.
  return due < formatIsoDate(planDate)
}
