import { z } from 'zod'
import { CaseFieldKey, CaseRecord, CaseStatus, ColumnMapping, PlanType } from '../domain'
import { call, Id, JobId, NoInput, UploadedFile } from './call'

export const CaseListQuery = z
  .object({
    team: z.string().max(200).optional(),
    planType: PlanType.optional(),
    status: CaseStatus.optional(),
    /** Cases with at least one plan version attached, or with none. */
    plan: z.enum(['attached', 'missing']).optional(),
    /** Matches the start of a case reference, ignoring case. */
    search: z.string().max(100).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100)
  })
  .strict()

export const CaseList = z.object({
  total: z.number().int(),
  rows: z.array(CaseRecord),
  /** Counts over the filtered cases. */
  byTeam: z.array(z.object({ team: z.string(), count: z.number().int() })),
  byPlanType: z.array(z.object({ planType: PlanType, count: z.number().int() }))
})
export type CaseList = z.infer<typeof CaseList>

/** A case list received and parsed, held in memory until it is committed or discarded. */
export const StagedImport = z.object({
  stagingId: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** For CSV: utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252; null for XLSX. */
  encoding: z.string().nullable(),
  /** For CSV: the delimiter found; null for XLSX. */
  delimiter: z.string().nullable(),
  /** For XLSX: every sheet's name, and the one read. */
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  headers: z.array(z.string()),
  /** The headings' row as a spreadsheet numbers it: 1 unless a report's title lines come first. */
  headerRow: z.number().int().positive(),
  rowCount: z.number().int(),
  /** The first few data rows, to help the officer check the mapping. */
  sampleRows: z.array(z.array(z.string())),
  mapping: ColumnMapping,
  /** True when the mapping came from an earlier import of a file with the same headers. */
  mappingRemembered: z.boolean()
})
export type StagedImport = z.infer<typeof StagedImport>

export const ImportProblem = z.object({
  /** The row as a spreadsheet shows it: the header is row 1, so the first data row is row 2. */
  row: z.number().int(),
  /** The file's column header, or the field name when the problem is with the mapping itself. */
  column: z.string(),
  value: z.string(),
  message: z.string()
})
export type ImportProblem = z.infer<typeof ImportProblem>

export const ImportPreview = z.object({
  stagingId: z.string(),
  fileName: z.string(),
  rowCount: z.number().int(),
  validRows: z.number().int(),
  newCases: z.number().int(),
  updatedCases: z.number().int(),
  unchangedCases: z.number().int(),
  problems: z.array(ImportProblem),
  /**
   * For the cases updated: each field that changes, in how many cases, with a few examples, so a
   * list mapped wrongly (a locality column taken for the team) shows before it is imported.
   */
  fieldChanges: z
    .array(
      z.object({
        field: CaseFieldKey,
        cases: z.number().int(),
        examples: z.array(
          z.object({
            caseRef: z.string(),
            before: z.string().nullable(),
            after: z.string().nullable()
          })
        )
      })
    )
    .default([]),
  /** Unmapped columns whose header looks like a name or date of birth: they will not be imported. */
  sensitiveColumnsIgnored: z.array(z.string()),
  unmappedColumns: z.array(z.string()),
  /** Plan type values that were normalised, e.g. "Child Protection" -> CP, with how many rows. */
  planTypeValues: z.array(
    z.object({ value: z.string(), planType: PlanType, rows: z.number().int() })
  )
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const ImportResult = z.object({
  importId: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  skippedRows: z.array(z.number().int()),
  planTexts: z.number().int()
})
export type ImportResult = z.infer<typeof ImportResult>

export const ImportRecord = z.object({
  id: z.number().int(),
  kind: z.enum(['cases', 'plans']),
  fileName: z.string(),
  sha256: z.string(),
  rowCount: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  /** The file rows left out for their problems, by the file's own numbering. */
  skippedRows: z.array(z.number().int()),
  mapping: ColumnMapping.nullable(),
  auditorName: z.string().nullable(),
  importedAt: z.string()
})
export type ImportRecord = z.infer<typeof ImportRecord>

const StagingId = z.string().regex(/^[a-f0-9-]{8,64}$/, 'Unknown staged import')

export const casesContract = {
  'cases:list': call({ input: CaseListQuery, output: CaseList }),
  'cases:teams': call({ input: NoInput, output: z.array(z.string()) }),
  'imports:stage': call({
    input: z
      .object({ file: UploadedFile, sheet: z.string().max(200).optional(), jobId: JobId })
      .strict(),
    output: StagedImport
  }),
  'imports:preview': call({
    input: z.object({ stagingId: StagingId, mapping: ColumnMapping, jobId: JobId }).strict(),
    output: ImportPreview
  }),
  'imports:commit': call({
    input: z
      .object({
        stagingId: StagingId,
        mapping: ColumnMapping,
        skipInvalid: z.boolean().default(false),
        jobId: JobId
      })
      .strict(),
    output: ImportResult
  }),
  'imports:discard': call({ input: z.object({ stagingId: StagingId }).strict(), output: z.null() }),
  'imports:history': call({ input: NoInput, output: z.array(ImportRecord) }),
  'cases:get': call({ input: z.object({ id: Id }).strict(), output: CaseRecord })
}
