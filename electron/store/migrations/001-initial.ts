import type { Migration } from './types'

/**
 * The first schema: every table DESIGN.md names, so later issues fill them rather than reshape
 * them. Dates are ISO 8601 text; JSON columns hold small structured values (mappings, checklists).
 */
export const initialSchema: Migration = {
  version: 1,
  description: 'Initial audit store',
  up: (db) => {
    db.exec(`
      CREATE TABLE auditors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX auditors_name ON auditors (name COLLATE NOCASE);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- The column mapping last used for a file with these headers, so a monthly export from the
      -- same system maps itself. header_key is the file's headers, normalised and joined.
      CREATE TABLE column_mappings (
        header_key TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('cases', 'plans')),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        row_count INTEGER NOT NULL,
        created_count INTEGER NOT NULL,
        updated_count INTEGER NOT NULL,
        unchanged_count INTEGER NOT NULL,
        skipped_count INTEGER NOT NULL,
        mapping TEXT,
        skipped_rows TEXT,
        auditor_id INTEGER REFERENCES auditors (id),
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        case_ref TEXT NOT NULL UNIQUE,
        plan_type TEXT NOT NULL CHECK (plan_type IN ('CIN', 'CP', 'CLA', 'PATHWAY', 'EARLY_HELP')),
        team TEXT NOT NULL,
        social_worker TEXT,
        team_manager TEXT,
        plan_start_date TEXT,
        last_review_date TEXT,
        legal_status TEXT,
        age_band TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        plan_document_name TEXT,
        import_id INTEGER REFERENCES imports (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- Sampling reads every case in case-reference order with its team, plan type and status;
      -- covering those columns lets it scan this index alone, about half the time at 50,000 cases.
      -- The case list's team and plan-type filters scan it too (under 20 ms at 50,000 cases), so
      -- they have no index of their own, and plan document names are matched in memory (plans.ts),
      -- so they have none either: each index on cases slows every case-list import's writes.
      CREATE INDEX cases_sampling ON cases (case_ref, team, plan_type, status);

      CREATE TABLE plan_documents (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id),
        version INTEGER NOT NULL,
        source_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        text TEXT NOT NULL,
        plan_date TEXT,
        attached_by INTEGER REFERENCES auditors (id),
        attached_at TEXT NOT NULL,
        import_id INTEGER REFERENCES imports (id),
        UNIQUE (case_id, version)
      ) STRICT;

      CREATE TABLE frameworks (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        definition TEXT NOT NULL,
        locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        created_at TEXT NOT NULL,
        UNIQUE (key, version)
      ) STRICT;

      CREATE TABLE cycles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        framework_id INTEGER REFERENCES frameworks (id),
        period_start TEXT,
        period_end TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        sample_spec TEXT,
        sample_seed TEXT,
        sampled_at TEXT,
        created_by INTEGER REFERENCES auditors (id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE UNIQUE INDEX cycles_name ON cycles (name COLLATE NOCASE);

      CREATE TABLE cycle_auditors (
        cycle_id INTEGER NOT NULL REFERENCES cycles (id),
        auditor_id INTEGER NOT NULL REFERENCES auditors (id),
        PRIMARY KEY (cycle_id, auditor_id)
      ) STRICT;

      CREATE TABLE cycle_cases (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles (id),
        case_id INTEGER NOT NULL REFERENCES cases (id),
        stratum TEXT,
        seed TEXT,
        assigned_auditor_id INTEGER REFERENCES auditors (id),
        source TEXT NOT NULL DEFAULT 'sample' CHECK (source IN ('sample', 'replacement', 'manual')),
        state TEXT NOT NULL DEFAULT 'sampled' CHECK (state IN ('sampled', 'replaced', 'removed')),
        replaces_id INTEGER REFERENCES cycle_cases (id),
        reason TEXT,
        added_by INTEGER REFERENCES auditors (id),
        added_at TEXT NOT NULL,
        ended_reason TEXT,
        ended_at TEXT,
        UNIQUE (cycle_id, case_id)
      ) STRICT;
      CREATE INDEX cycle_cases_case ON cycle_cases (case_id);

      CREATE TABLE audits (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles (id),
        case_id INTEGER NOT NULL REFERENCES cases (id),
        auditor_id INTEGER NOT NULL REFERENCES auditors (id),
        role TEXT NOT NULL CHECK (role IN ('primary', 'moderation')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'reopened')),
        plan_document_id INTEGER REFERENCES plan_documents (id),
        overall_grade INTEGER CHECK (overall_grade BETWEEN 1 AND 4),
        overall_rationale TEXT,
        safeguarding_flag INTEGER NOT NULL DEFAULT 0 CHECK (safeguarding_flag IN (0, 1)),
        safeguarding_note TEXT,
        position TEXT,
        skip_reason TEXT,
        dismissed_prompts TEXT,
        last_opened_at TEXT,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_at TEXT,
        UNIQUE (cycle_id, case_id, auditor_id, role)
      ) STRICT;
      CREATE INDEX audits_case ON audits (case_id, status);

      CREATE TABLE scores (
        audit_id INTEGER NOT NULL REFERENCES audits (id),
        criterion_key TEXT NOT NULL,
        grade INTEGER CHECK (grade BETWEEN 1 AND 4),
        not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
        evidence TEXT,
        checklist TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (audit_id, criterion_key),
        CHECK (NOT (grade IS NOT NULL AND not_applicable = 1))
      ) STRICT;
      -- The reports read every score's grade audit by audit; covering those columns spares a
      -- lookup of each score row (and its evidence text) for all 450,000 scores of five years.
      CREATE INDEX scores_grades ON scores (audit_id, criterion_key, grade, not_applicable);

      CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        audit_id INTEGER NOT NULL REFERENCES audits (id),
        description TEXT NOT NULL,
        owner TEXT,
        due_date TEXT,
        priority TEXT CHECK (priority IN ('low', 'medium', 'high')),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- Actions are read by audit: the stepper's list, the reports' counts and the export.
      CREATE INDEX actions_audit ON actions (audit_id);

      -- A second, blind scoring of a submitted audit, and what the two auditors then agreed.
      -- agreed_grades is JSON {criterionKey: 1-4 or null for N/A}; discussion is JSON
      -- {criterionKey or 'overall': note} for the differences that need one. status: assigned, then
      -- compared once either auditor has opened the comparison (the moderation audit submitted),
      -- then agreed once the agreed result is recorded.
      CREATE TABLE moderations (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles (id),
        primary_audit_id INTEGER NOT NULL REFERENCES audits (id),
        moderation_audit_id INTEGER REFERENCES audits (id),
        moderator_id INTEGER NOT NULL REFERENCES auditors (id),
        reason TEXT NOT NULL CHECK (reason IN ('random', 'inadequate', 'safeguarding', 'hand-picked')),
        status TEXT NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'compared', 'agreed')),
        agreed_grades TEXT,
        agreed_overall INTEGER CHECK (agreed_overall BETWEEN 1 AND 4),
        agreed_rationale TEXT,
        discussion TEXT,
        assigned_by INTEGER REFERENCES auditors (id),
        -- The seed of the draw that chose it (null when picked by hand), so the choice can be
        -- shown and reproduced.
        seed TEXT,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        UNIQUE (primary_audit_id)
      ) STRICT;
      CREATE INDEX moderations_moderator ON moderations (moderator_id, status);
      CREATE INDEX moderations_cycle ON moderations (cycle_id);

      -- What leaders want the audit to show, per criterion (or 'overall'): for example
      -- "Inadequate at most 10%" is (kind 'inadequate-max', percent 10).
      CREATE TABLE report_targets (
        criterion_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('inadequate-max', 'good-or-better-min')),
        percent REAL NOT NULL CHECK (percent BETWEEN 0 AND 100),
        updated_by INTEGER REFERENCES auditors (id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (criterion_key, kind)
      ) STRICT;

      -- The audit trail. Each row carries the hash of the one before it, so a changed or removed
      -- row breaks the chain; prev_hash is unique, so the chain cannot fork either.
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        auditor_id INTEGER REFERENCES auditors (id),
        entity TEXT NOT NULL,
        entity_id TEXT,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT,
        prev_hash TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE TRIGGER events_no_update BEFORE UPDATE ON events
      BEGIN
        SELECT RAISE(ABORT, 'events are append-only');
      END;
      CREATE TRIGGER events_no_delete BEFORE DELETE ON events
      BEGIN
        SELECT RAISE(ABORT, 'events are append-only');
      END;
    `)
  }
}
