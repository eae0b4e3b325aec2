import type { Store } from '../../store/open'
import { textField } from '../../../shared/csv'
import type { FieldKind } from '../../../shared/csv'
import { primaryConditions } from '../reports/scope'
import type { ReportScope, SqlPart } from '../reports/scope'

/*
 * The exports' queries. Rows come out in a stable order (cycle, case reference, primary then
 * moderation then agreed, then the framework's criterion order as scored), so this month's file
 * lines up with last month's.
 */

function gradeLabel(expression: string): string {
  return `CASE ${expression} WHEN 4 THEN 'Outstanding' WHEN 3 THEN 'Good'
    WHEN 2 THEN 'Requires improvement' WHEN 1 THEN 'Inadequate' END`
}

/** The submitted primary audits in scope, with everything the rows repeat about them. */
function primaryAuditsSql(scope: ReportScope): SqlPart {
  const where = primaryConditions(scope)
  return {
    sql: `SELECT a.id AS audit_id, a.cycle_id, a.overall_grade, a.overall_rationale,
            a.safeguarding_flag, a.submitted_at, cy.name AS cycle, c.case_ref, c.plan_type, c.team,
            c.social_worker, pa.name AS auditor, f.id AS framework_id, f.key AS framework_key,
            f.version AS framework_version
          FROM audits a
          JOIN cases c ON c.id = a.case_id
          JOIN cycles cy ON cy.id = a.cycle_id
          JOIN auditors pa ON pa.id = a.auditor_id
          LEFT JOIN frameworks f ON f.id = cy.framework_id
          WHERE a.role = 'primary' AND a.status = 'submitted'${where.sql}`,
    params: where.params
  }
}

const AGREED_GRADE = `CASE
  WHEN json_valid(m.agreed_grades)
       AND json_type(m.agreed_grades, '$."' || s.criterion_key || '"') IS NOT NULL
    THEN coalesce(json_extract(m.agreed_grades, '$."' || s.criterion_key || '"'), 0)
  WHEN s.not_applicable = 1 THEN 0
  ELSE coalesce(s.grade, -1)
END`

const SCORE_GRADE = `CASE WHEN s.not_applicable = 1 THEN 0 ELSE coalesce(s.grade, -1) END`

/**
 * One row per audit and criterion: the primary audit's scores, the moderation audit's scores
 * (once submitted), and, where the two agreed, the agreed grades (a criterion the agreement does
 * not name keeps the primary grade). Columns in SCORE_COLUMNS order, with criterion_title left
 * null for the caller to fill from the framework, and framework_id last.
 */
export function scoreRowsSql(scope: ReportScope, titles: CriterionTitle[]): RowQuery {
  const primary = primaryAuditsSql(scope)
  const common = `au.cycle, au.case_ref, au.plan_type, au.team, au.social_worker, au.auditor`
  return {
    sql: `WITH au AS (${primary.sql}), titles (framework_id, key, title) AS (${titlesSql(titles)})
      SELECT cycle, case_ref, plan_type, team, social_worker, auditor, moderator, audit_role,
        audit_id, r.criterion_key, coalesce(t.title, r.criterion_key) AS criterion_title,
        CASE WHEN grade > 0 THEN grade END AS grade_value,
        CASE WHEN grade = 0 THEN 'N/A' ELSE ${gradeLabel('grade')} END AS grade_label,
        evidence, overall AS overall_grade_value, ${gradeLabel('overall')} AS overall_grade_label,
        safeguarding_flag, submitted_at, framework_key, framework_version,
        cycle_id, role_order, score_order
      FROM (
        SELECT ${common}, NULL AS moderator, 'primary' AS audit_role, au.audit_id,
          s.criterion_key, ${SCORE_GRADE} AS grade, s.evidence, au.overall_grade AS overall,
          au.safeguarding_flag, au.submitted_at, au.framework_key, au.framework_version,
          au.framework_id, au.cycle_id, 1 AS role_order, s.rowid AS score_order
        FROM au JOIN scores s ON s.audit_id = au.audit_id
        UNION ALL
        SELECT ${common}, mu.name, 'moderation', ma.id, s.criterion_key, ${SCORE_GRADE},
          s.evidence, ma.overall_grade, ma.safeguarding_flag, ma.submitted_at, au.framework_key,
          au.framework_version, au.framework_id, au.cycle_id, 2, s.rowid
        FROM au
        JOIN moderations m ON m.primary_audit_id = au.audit_id
        JOIN audits ma ON ma.id = m.moderation_audit_id AND ma.status = 'submitted'
        JOIN auditors mu ON mu.id = ma.auditor_id
        JOIN scores s ON s.audit_id = ma.id
        UNION ALL
        SELECT ${common}, mu.name, 'agreed', au.audit_id, s.criterion_key, ${AGREED_GRADE},
          CASE WHEN json_valid(m.discussion)
            THEN json_extract(m.discussion, '$."' || s.criterion_key || '"') END,
          coalesce(m.agreed_overall, au.overall_grade), au.safeguarding_flag, m.resolved_at,
          au.framework_key, au.framework_version, au.framework_id, au.cycle_id, 3, s.rowid
        FROM au
        JOIN moderations m ON m.primary_audit_id = au.audit_id AND m.status = 'agreed'
        JOIN auditors mu ON mu.id = m.moderator_id
        JOIN scores s ON s.audit_id = au.audit_id
      ) AS r LEFT JOIN titles t ON t.framework_id = r.framework_id AND t.key = r.criterion_key`,
    names: [
      'cycle',
      'case_ref',
      'plan_type',
      'team',
      'social_worker',
      'auditor',
      'moderator',
      'audit_role',
      'audit_id',
      'criterion_key',
      'criterion_title',
      'grade_value',
      'grade_label',
      'evidence',
      'overall_grade_value',
      'overall_grade_label',
      'safeguarding_flag',
      'submitted_at',
      'framework_key',
      'framework_version'
    ],
    orderBy: 'cycle_id, case_ref, role_order, score_order',
    params: primary.params
  }
}

/**
 * One row per audit: primary, submitted moderation, agreed. Columns in AUDIT_COLUMNS order, then
 * the agreed grades JSON (for agreed rows) as agreed_grades.
 */
export function auditRowsSql(scope: ReportScope): SqlPart {
  const primary = primaryAuditsSql(scope)
  const common = `au.cycle, au.case_ref, au.plan_type, au.team, au.social_worker, au.auditor`
  return {
    sql: `WITH au AS (${primary.sql})
      SELECT cycle, case_ref, plan_type, team, social_worker, auditor, moderator, audit_role,
        audit_id, overall, ${gradeLabel('overall')} AS overall_label, rationale,
        safeguarding_flag, submitted_at, framework_key, framework_version, agreed_grades,
        primary_audit_id
      FROM (
        SELECT ${common}, NULL AS moderator, 'primary' AS audit_role, au.audit_id,
          au.overall_grade AS overall, au.overall_rationale AS rationale, au.safeguarding_flag,
          au.submitted_at, au.framework_key, au.framework_version, NULL AS agreed_grades,
          au.audit_id AS primary_audit_id, au.cycle_id, 1 AS role_order
        FROM au
        UNION ALL
        SELECT ${common}, mu.name, 'moderation', ma.id, ma.overall_grade, ma.overall_rationale,
          ma.safeguarding_flag, ma.submitted_at, au.framework_key, au.framework_version, NULL,
          au.audit_id, au.cycle_id, 2
        FROM au
        JOIN moderations m ON m.primary_audit_id = au.audit_id
        JOIN audits ma ON ma.id = m.moderation_audit_id AND ma.status = 'submitted'
        JOIN auditors mu ON mu.id = ma.auditor_id
        UNION ALL
        SELECT ${common}, mu.name, 'agreed', au.audit_id,
          coalesce(m.agreed_overall, au.overall_grade), m.agreed_rationale, au.safeguarding_flag,
          m.resolved_at, au.framework_key, au.framework_version, m.agreed_grades, au.audit_id,
          au.cycle_id, 3
        FROM au
        JOIN moderations m ON m.primary_audit_id = au.audit_id AND m.status = 'agreed'
        JOIN auditors mu ON mu.id = m.moderator_id
      )
      ORDER BY cycle_id, case_ref, role_order, audit_id`,
    params: primary.params
  }
}

export interface AuditGrades {
  /** Grade by criterion key for each audit id: 1-4, or null for N/A or not graded. */
  get(auditId: number): Map<string, number | null> | undefined
}

/** Every score of the audits in scope (primary and moderation), for the wide export. */
export function scoresByAudit(store: Store, scope: ReportScope): AuditGrades {
  const primary = primaryAuditsSql(scope)
  const rows = store
    .prepare(
      `WITH au AS (${primary.sql}),
         ids AS (
           SELECT audit_id AS id FROM au
           UNION ALL
           SELECT m.moderation_audit_id FROM au
           JOIN moderations m ON m.primary_audit_id = au.audit_id
           WHERE m.moderation_audit_id IS NOT NULL)
       SELECT s.audit_id, s.criterion_key, s.grade FROM ids JOIN scores s ON s.audit_id = ids.id`
    )
    .raw()
    .iterate(primary.params) as IterableIterator<[number, string, number | null]>
  const byAudit = new Map<number, Map<string, number | null>>()
  for (const [auditId, key, grade] of rows) {
    let grades = byAudit.get(auditId)
    if (!grades) byAudit.set(auditId, (grades = new Map()))
    grades.set(key, grade)
  }
  return byAudit
}

/** Actions arising from the submitted primary audits in scope, in ACTION_COLUMNS order. */
export function actionRowsSql(scope: ReportScope, today: string): RowQuery {
  const primary = primaryAuditsSql(scope)
  return {
    sql: `WITH au AS (${primary.sql})
      SELECT au.cycle, au.case_ref, au.plan_type, au.team, au.social_worker, au.auditor,
        au.audit_id, x.id AS action_id, x.description, x.owner, x.due_date,
        coalesce(x.priority, 'medium') AS priority, x.status,
        CASE WHEN x.status = 'open' AND x.due_date IS NOT NULL AND x.due_date < @today
          THEN 1 ELSE 0 END AS overdue,
        x.created_at, x.updated_at, au.cycle_id
      FROM au JOIN actions x ON x.audit_id = au.audit_id`,
    names: [
      'cycle',
      'case_ref',
      'plan_type',
      'team',
      'social_worker',
      'auditor',
      'audit_id',
      'action_id',
      'description',
      'owner',
      'due_date',
      'priority',
      'status',
      'overdue',
      'created_at',
      'updated_at'
    ],
    orderBy: 'cycle_id, case_ref, action_id',
    params: { ...primary.params, today }
  }
}

/** A query whose first columns are an export's, in order, with its ORDER BY kept apart. */
export interface RowQuery extends SqlPart {
  /** The query's output columns that make the export's columns, in the export's order. */
  names: string[]
  orderBy: string
}

/** The rows as SQLite returns them, in order: what `sqlite3 -csv` is timed against. */
export function orderedSql(query: RowQuery): string {
  return `${query.sql} ORDER BY ${query.orderBy}`
}

export interface CriterionTitle {
  frameworkId: number
  key: string
  title: string
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/** The criterion titles of every framework as a VALUES list (a handful of rows per framework). */
function titlesSql(titles: CriterionTitle[]): string {
  if (titles.length === 0) return 'SELECT NULL, NULL, NULL WHERE 0'
  return `VALUES ${titles
    .map((t) => `(${t.frameworkId}, ${literal(t.key)}, ${literal(t.title)})`)
    .join(', ')}`
}

/** The same, with each title already written as a CSV field. */
function titleFieldsSql(titles: CriterionTitle[]): string {
  if (titles.length === 0) return 'SELECT NULL, NULL, NULL WHERE 0'
  return `VALUES ${titles
    .map((t) => `(${t.frameworkId}, ${literal(t.key)}, ${literal(textField(t.title))})`)
    .join(', ')}`
}

const join = (parts: string[]): string => parts.join(" || ',' || ")

/** An effective grade (1-4, 0 N/A, -1 not graded) as the grade_value and grade_label fields. */
function gradeFields(grade: string): string {
  return `CASE WHEN ${grade} > 0 THEN CAST(${grade} AS TEXT) ELSE '' END || ',' ||
    CASE ${grade} WHEN 0 THEN 'N/A' WHEN 4 THEN 'Outstanding' WHEN 3 THEN 'Good'
      WHEN 2 THEN 'Requires improvement' WHEN 1 THEN 'Inadequate' ELSE '' END`
}

function overallFields(grade: string): string {
  return `coalesce(CAST(${grade} AS TEXT), '') || ',' || coalesce(${gradeLabel(grade)}, '')`
}

/**
 * The scores export as CSV lines built by SQLite. Most of a row repeats its audit (case, team,
 * auditor, overall, framework), so those fields are written once per audit in a materialised
 * CTE, the criterion titles once per framework, and each row adds only its own grade and
 * evidence: far less work per row than encoding twenty fields. The rows and order are those of
 * scoreRowsSql (a test checks the two give the same file).
 */
export function scoreLinesSql(scope: ReportScope, titles: CriterionTitle[]): RowQuery {
  const primary = primaryAuditsSql(scope)
  const text = (column: string) => sqlTextField(column)
  return {
    sql: `WITH au AS MATERIALIZED (
        SELECT p.*,
          ${join(['cycle', 'case_ref', 'plan_type', 'team', 'social_worker', 'auditor'].map(text))} AS head,
          ${text('framework_key')} || ',' || coalesce(CAST(framework_version AS TEXT), '') AS framework
        FROM (${primary.sql}) p),
      titles (framework_id, key, field) AS MATERIALIZED (${titleFieldsSql(titles)})
      SELECT au.head || ',,primary,' || au.audit_id || ',' || s.criterion_key || ',' ||
          coalesce(t.field, s.criterion_key) || ',' || ${gradeFields(SCORE_GRADE)} || ',' ||
          ${text('s.evidence')} || ',' || ${overallFields('au.overall_grade')} || ',' ||
          au.safeguarding_flag || ',' || ${text('au.submitted_at')} || ',' || au.framework
          || char(13, 10) AS line,
        au.cycle_id, au.case_ref, 1 AS role_order, s.rowid AS score_order
      FROM au JOIN scores s ON s.audit_id = au.audit_id
      LEFT JOIN titles t ON t.framework_id = au.framework_id AND t.key = s.criterion_key
      UNION ALL
      SELECT au.head || ',' || ${text('mu.name')} || ',moderation,' || ma.id || ',' ||
          s.criterion_key || ',' || coalesce(t.field, s.criterion_key) || ',' ||
          ${gradeFields(SCORE_GRADE)} || ',' || ${text('s.evidence')} || ',' ||
          ${overallFields('ma.overall_grade')} || ',' || ma.safeguarding_flag || ',' ||
          ${text('ma.submitted_at')} || ',' || au.framework || char(13, 10),
        au.cycle_id, au.case_ref, 2, s.rowid
      FROM au
      JOIN moderations m ON m.primary_audit_id = au.audit_id
      JOIN audits ma ON ma.id = m.moderation_audit_id AND ma.status = 'submitted'
      JOIN auditors mu ON mu.id = ma.auditor_id
      JOIN scores s ON s.audit_id = ma.id
      LEFT JOIN titles t ON t.framework_id = au.framework_id AND t.key = s.criterion_key
      UNION ALL
      SELECT au.head || ',' || ${text('mu.name')} || ',agreed,' || au.audit_id || ',' ||
          s.criterion_key || ',' || coalesce(t.field, s.criterion_key) || ',' ||
          ${gradeFields(AGREED_GRADE)} || ',' ||
          ${text(`CASE WHEN json_valid(m.discussion) THEN json_extract(m.discussion, '$."' || s.criterion_key || '"') END`)}
          || ',' || ${overallFields('coalesce(m.agreed_overall, au.overall_grade)')} || ',' ||
          au.safeguarding_flag || ',' || ${text('m.resolved_at')} || ',' || au.framework
          || char(13, 10),
        au.cycle_id, au.case_ref, 3, s.rowid
      FROM au
      JOIN moderations m ON m.primary_audit_id = au.audit_id AND m.status = 'agreed'
      JOIN auditors mu ON mu.id = m.moderator_id
      JOIN scores s ON s.audit_id = au.audit_id
      LEFT JOIN titles t ON t.framework_id = au.framework_id AND t.key = s.criterion_key`,
    names: ['line'],
    orderBy: 'cycle_id, case_ref, role_order, score_order',
    params: primary.params
  }
}

/*
 * The CSV line of a row, built by SQLite itself: the same rules as csv.ts (formula neutralised
 * with an apostrophe, then quoted when it holds a quote, comma, CR or LF), but done in C while
 * the rows are read, which makes a 450,000-row export about as quick as the sqlite3 shell's.
 * tests/main/reports/export.test.ts checks the two agree on every awkward value.
 */
function sqlTextField(column: string): string {
  const needsQuotes = (c: string) =>
    `(instr(${c}, '"') > 0 OR instr(${c}, ',') > 0 OR instr(${c}, char(10)) > 0 OR instr(${c}, char(13)) > 0)`
  return `CASE WHEN ${column} IS NULL OR ${column} = '' THEN ''
    WHEN unicode(${column}) IN (9, 13, 43, 45, 61, 64) THEN
      CASE WHEN ${needsQuotes(column)} THEN '"''' || replace(${column}, '"', '""') || '"'
           ELSE '''' || ${column} END
    WHEN ${needsQuotes(column)} THEN '"' || replace(${column}, '"', '""') || '"'
    ELSE ${column} END`
}

function sqlNumberField(column: string): string {
  return `CASE WHEN typeof(${column}) IN ('integer', 'real') THEN CAST(${column} AS TEXT) ELSE '' END`
}

/** One text column per row, `line`: the row as a CSV record with its CRLF. */
export function csvLineSql(query: RowQuery, kinds: FieldKind[]): string {
  const fields = query.names.map((name, index) =>
    kinds[index] === 'number' ? sqlNumberField(`"${name}"`) : sqlTextField(`"${name}"`)
  )
  return `SELECT ${fields.join(" || ',' || ")} || char(13, 10) AS line
    FROM (${query.sql}) ORDER BY ${query.orderBy}`
}
