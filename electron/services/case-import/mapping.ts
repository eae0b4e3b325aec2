import { CASE_FIELDS } from '../../../shared/domain'
import type { CaseFieldKey, ColumnMapping } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import type { Store } from '../../store/open'

/** "Plan Start Date", "plan_start_date" and "PLAN-START DATE" all become "planstartdate". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/**
 * Header names each field is guessed from, normalised, most specific first. The names come from
 * Mosaic, Liquidlogic LCS, Eclipse and CareFirst exports and from councils' own spreadsheets.
 */
export const FIELD_SYNONYMS: Record<CaseFieldKey, readonly string[]> = {
  caseRef: [
    'caseref',
    'casereference',
    'casereferencenumber',
    'caseid',
    'caseno',
    'casenumber',
    'childid',
    'childref',
    'childreference',
    'personid',
    'personref',
    'personreference',
    'personno',
    'clientid',
    'clientref',
    'mosaicid',
    'lcsid',
    'lcsref',
    'eclipseid',
    'carefirstid',
    'swisid',
    'reference',
    'ref',
    'id'
  ],
  planType: [
    'plantype',
    'typeofplan',
    'currentplantype',
    'currentplan',
    'plancategory',
    'casetype',
    'plan'
  ],
  team: ['team', 'teamname', 'allocatedteam', 'responsibleteam', 'workerteam', 'teamservice'],
  socialWorker: [
    'allocatedworker',
    'allocatedworkername',
    'allocatedsocialworker',
    'socialworker',
    'socialworkername',
    'keyworker',
    'caseworker',
    'leadpractitioner',
    'leadprofessional',
    'practitioner',
    'worker',
    'workername'
  ],
  teamManager: ['teammanager', 'teammanagername', 'practicemanager', 'manager', 'tm'],
  planStartDate: [
    'planstartdate',
    'planstart',
    'startdateofplan',
    'plandate',
    'startdate',
    'datestarted',
    'episodestartdate'
  ],
  lastReviewDate: [
    'dateoflastreview',
    'lastreviewdate',
    'lastreview',
    'latestreviewdate',
    'lastrevieweddate',
    'reviewdate'
  ],
  legalStatus: ['legalstatus', 'currentlegalstatus', 'legalstatusdescription', 'legalorder'],
  ageBand: ['ageband', 'agegroup', 'agerange', 'age'],
  status: ['status', 'casestatus', 'openclosed', 'episodestatus', 'caseopenclosed'],
  planText: ['plantext', 'planwording', 'plancontent', 'plannarrative', 'plansummary'],
  planDocumentName: [
    'plandocument',
    'plandocumentname',
    'planfile',
    'planfilename',
    'documentname',
    'document',
    'filename'
  ]
}

/**
 * Headers that carry a child's identity. They are never guessed into a field, and when left
 * unmapped the preview says they will not be imported: the audit needs none of them.
 */
const SENSITIVE_HEADERS: readonly RegExp[] = [
  // Name, Child Name, Child's name, Forename, Surname, Full name, Preferred name, Known as
  /^(child|childs|youngperson|youngpersons|person|persons|client|clients|serviceuser|pupil)?(first|fore|sur|last|family|given|middle|full|preferred|legal)?names?$/,
  /^knownas$/,
  /^(child|childs|person|persons)?(dob|dateofbirth|birthdate|birthday)$/,
  /^nhs(number|no|num)?$/,
  /address/,
  /^(postcode|postalcode|zip|zipcode)$/
]

export function looksSensitive(header: string): boolean {
  const key = normaliseHeader(header)
  return SENSITIVE_HEADERS.some((pattern) => pattern.test(key))
}

/**
 * Guesses which column feeds each field: first exact matches of a normalised header against the
 * synonyms (in the order listed), then, for fields still unmapped, a header that contains one of
 * the longer synonyms ("Child's Legal Status (current)"). A column is used for one field only.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  const taken = new Set<string>()
  const candidates = headers
    .filter((header) => !looksSensitive(header))
    .map((header) => ({ header, key: normaliseHeader(header) }))
  const passes: ((key: string, synonym: string) => boolean)[] = [
    (key, synonym) => key === synonym,
    (key, synonym) => synonym.length >= 8 && key.includes(synonym)
  ]
  for (const matches of passes) {
    for (const field of CASE_FIELDS) {
      if (mapping[field.key]) continue
      for (const synonym of FIELD_SYNONYMS[field.key]) {
        const found = candidates.find((c) => !taken.has(c.header) && matches(c.key, synonym))
        if (found) {
          mapping[field.key] = found.header
          taken.add(found.header)
          break
        }
      }
    }
  }
  return mapping
}

/**
 * Identifies a header set whatever the column order or spelling of case and punctuation, so the
 * same monthly export maps itself again.
 */
export function headerKey(headers: readonly string[]): string {
  return headers.map(normaliseHeader).sort().join('|')
}

/**
 * The mapping used last time a file with these headers was imported, re-pointed at this file's
 * spelling of each header; null when there is none.
 */
export function rememberedMapping(store: Store, headers: readonly string[]): ColumnMapping | null {
  const saved = store
    .prepare('SELECT mapping FROM column_mappings WHERE header_key = ?')
    .pluck()
    .get(headerKey(headers)) as string | undefined
  if (saved === undefined) return null
  const byKey = new Map(headers.map((header) => [normaliseHeader(header), header]))
  const mapping: ColumnMapping = {}
  const stored = JSON.parse(saved) as Record<string, unknown>
  for (const field of CASE_FIELDS) {
    const header = stored[field.key]
    if (typeof header === 'string') {
      const current = byKey.get(normaliseHeader(header))
      if (current !== undefined) mapping[field.key] = current
    }
  }
  return mapping
}

/** Saves the mapping for this header set; called inside the commit's transaction. */
export function rememberMapping(
  store: Store,
  headers: readonly string[],
  mapping: ColumnMapping,
  now: Date
): void {
  store
    .prepare(
      `INSERT INTO column_mappings (header_key, mapping, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (header_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`
    )
    .run(headerKey(headers), JSON.stringify(compactMapping(mapping)), now.toISOString())
}

/** The mapping without its unmapped (null or absent) fields, in CASE_FIELDS order. */
export function compactMapping(mapping: ColumnMapping): ColumnMapping {
  const compact: ColumnMapping = {}
  for (const field of CASE_FIELDS) {
    const header = mapping[field.key]
    if (header) compact[field.key] = header
  }
  return compact
}

/**
 * Refuses a mapping that cannot be applied to this file: a header the file does not have, one
 * column chosen for two fields, or a required field left unmapped. Returns, for each mapped
 * field, the index of its column.
 */
export function checkMapping(
  headers: readonly string[],
  mapping: ColumnMapping,
  fileName: string
): Partial<Record<CaseFieldKey, number>> {
  const fields: Record<string, string> = {}
  const messages: string[] = []
  const columns: Partial<Record<CaseFieldKey, number>> = {}
  const usedBy = new Map<string, string>()
  for (const field of CASE_FIELDS) {
    const header = mapping[field.key]
    if (!header) {
      if (field.required) {
        fields[`mapping.${field.key}`] = `Choose the column for ${field.label}`
        messages.push(`choose the column for ${field.label}`)
      }
      continue
    }
    const index = headers.indexOf(header)
    if (index === -1) {
      fields[`mapping.${field.key}`] = `${fileName} has no column "${header}"`
      messages.push(`${field.label} is mapped to "${header}", which is not a column of ${fileName}`)
      continue
    }
    const other = usedBy.get(header)
    if (other !== undefined) {
      fields[`mapping.${field.key}`] = `"${header}" is already chosen for ${other}`
      messages.push(
        `the column "${header}" is chosen for both ${other} and ${field.label}; choose one column per field`
      )
      continue
    }
    usedBy.set(header, field.label)
    columns[field.key] = index
  }
  if (messages.length > 0) {
    throw new AppError(
      'invalid-input',
      `The column mapping cannot be used: ${messages.join('; ')}.`,
      fields
    )
  }
  return columns
}
