import type {
  FrameworkDetail,
  FrameworkImportResult,
  FrameworkSummary
} from '../../shared/contract'
import { DEFAULT_FRAMEWORK_KEY, Framework } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import type { Store } from '../store/open'
import { currentAuditorId } from './auditors'
import {
  allRows,
  insertVersion,
  isLocked,
  logFrameworkEvent,
  replaceVersion,
  requireDefinition,
  requireVersion,
  rowById,
  sameContent,
  storedDefinition,
  toSummary,
  versionsOf
} from './frameworks/rows'
import { parseJson, validateFramework } from './frameworks/validate'

/*
 * Frameworks are versioned data. A version a cycle uses is locked: the audits in that cycle were
 * scored against it, so it never changes again; an edit becomes the next version. Nothing here
 * deletes a framework, because audits refer to them.
 */

/** Every version of every framework, by key, newest version first. */
export function listFrameworks(store: Store): FrameworkSummary[] {
  return allRows(store).map(toSummary)
}

/** One version with its whole definition; the latest without a version. */
export function getFramework(store: Store, key: string, version?: number): FrameworkDetail {
  return store
    .transaction((): FrameworkDetail => {
      const row = requireVersion(store, key, version)
      return { summary: toSummary(row), definition: requireDefinition(row) }
    })
    .deferred()
}

/**
 * A file without a version number is version 1 of a new framework. Only a missing number is
 * filled in: anything else the file says is checked by the schema as written.
 */
function withDefaultVersion(raw: unknown): unknown {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !('version' in raw)) {
    return { ...raw, version: 1 }
  }
  return raw
}

/**
 * Imports a framework file. A new key is stored with the file's version; a key already here gets
 * the next version number whatever the file says, unless the file is identical to a stored
 * version, which is then returned and nothing is written. An invalid file changes nothing and
 * the error lists every problem with its path.
 */
export function importFramework(
  store: Store,
  input: { json: string; fileName?: string },
  now = new Date()
): FrameworkImportResult {
  const source = input.fileName ?? 'The framework file'
  const framework = validateFramework(withDefaultVersion(parseJson(input.json, source)), source)
  return store
    .transaction((): FrameworkImportResult => {
      const versions = versionsOf(store, framework.key)
      const auditorId = currentAuditorId(store)
      const latest = versions[0]
      if (!latest) {
        const row = insertVersion(store, framework, framework.version, now)
        logFrameworkEvent(store, { auditorId, action: 'import', after: row }, now)
        return {
          ...toSummary(row),
          outcome: 'added',
          message: `Imported "${row.title}" as ${row.key} version ${row.version}.`
        }
      }
      const same = versions.find((row) => sameContent(storedDefinition(row), framework))
      if (same) {
        return {
          ...toSummary(same),
          outcome: 'unchanged',
          message: `${source} is identical to ${same.key} version ${same.version}, which is already here. Nothing was imported.`
        }
      }
      const row = insertVersion(store, framework, latest.version + 1, now)
      logFrameworkEvent(
        store,
        { auditorId, action: 'import', after: row, detail: { fileVersion: framework.version } },
        now
      )
      const renumbered =
        framework.version === row.version
          ? ''
          : ` (the file says version ${framework.version}; a framework already here takes the next number)`
      return {
        ...toSummary(row),
        outcome: 'new-version',
        message: `Imported "${row.title}" as version ${row.version} of ${row.key}${renumbered}.`
      }
    })
    .immediate()
}

/** The stored definition as a file to keep or share: pretty JSON, named key-vN.json. */
export function exportFramework(
  store: Store,
  key: string,
  version?: number
): { fileName: string; json: string } {
  const row = requireVersion(store, key, version)
  const definition = { ...(JSON.parse(row.definition) as object), version: row.version }
  return {
    fileName: `${row.key}-v${row.version}.json`,
    json: `${JSON.stringify(definition, null, 2)}\n`
  }
}

const NEW_KEY_TAKEN = 'A framework with this key already exists'

/** Copies a version under a new key as version 1 of its own, unlocked, with a new title. */
export function duplicateFramework(
  store: Store,
  input: { key: string; version?: number; newKey: string; newTitle: string },
  now = new Date()
): FrameworkSummary {
  const checkedKey = Framework.shape.key.safeParse(input.newKey)
  if (!checkedKey.success) {
    const message = checkedKey.error.issues[0]?.message ?? 'Enter a key'
    throw new AppError('invalid-input', `The new key is not valid: ${message}.`, {
      newKey: message
    })
  }
  return store
    .transaction((): FrameworkSummary => {
      const source = requireVersion(store, input.key, input.version)
      if (versionsOf(store, input.newKey).length > 0) {
        throw new AppError(
          'conflict',
          `There is already a framework "${input.newKey}". Choose another key.`,
          { newKey: NEW_KEY_TAKEN }
        )
      }
      const copy = validateFramework(
        { ...requireDefinition(source), key: input.newKey, version: 1, title: input.newTitle },
        'The copy'
      )
      const row = insertVersion(store, copy, 1, now)
      logFrameworkEvent(
        store,
        { auditorId: currentAuditorId(store), action: 'duplicate', before: source, after: row },
        now
      )
      return toSummary(row)
    })
    .immediate()
}

/**
 * Saves an edited definition of an existing key. While its latest version is unused it is changed
 * in place; once a cycle uses it, the edit becomes the next version and the locked one is kept as
 * it was. An edit that changes nothing writes nothing.
 */
export function saveFramework(
  store: Store,
  definition: unknown,
  now = new Date()
): FrameworkSummary {
  const framework = validateFramework(definition, 'The framework')
  return store
    .transaction((): FrameworkSummary => {
      const latest = requireVersion(store, framework.key)
      if (sameContent(storedDefinition(latest), framework)) return toSummary(latest)
      const auditorId = currentAuditorId(store)
      if (!isLocked(latest)) {
        const row = replaceVersion(store, latest, framework)
        logFrameworkEvent(store, { auditorId, action: 'update', before: latest, after: row }, now)
        return toSummary(row)
      }
      const row = insertVersion(store, framework, latest.version + 1, now)
      logFrameworkEvent(
        store,
        { auditorId, action: 'new-version', before: latest, after: row },
        now
      )
      return toSummary(row)
    })
    .immediate()
}

/**
 * The framework version a new cycle uses: the latest version of the key asked for, else of the
 * default framework; null only when no key was asked for and the default is not installed.
 */
export function frameworkForNewCycle(store: Store, key: string | undefined): number | null {
  if (key === undefined) return versionsOf(store, DEFAULT_FRAMEWORK_KEY)[0]?.id ?? null
  const latest = versionsOf(store, key)[0]
  if (!latest) throw new AppError('not-found', `There is no audit framework called "${key}".`)
  return latest.id
}

/**
 * Locks a version once a cycle uses it, logged in the caller's transaction. Locking is one way:
 * the cycle's audits are scored against this version, so it must stay as it is.
 */
export function lockFramework(
  store: Store,
  frameworkId: number,
  by: { auditorId: number | null; cycleId: number },
  now: Date
): void {
  const row = rowById(store, frameworkId)
  if (row.locked === 1) return
  store.prepare('UPDATE frameworks SET locked = 1 WHERE id = ?').run(frameworkId)
  logFrameworkEvent(
    store,
    {
      auditorId: by.auditorId,
      action: 'lock',
      after: rowById(store, frameworkId),
      detail: { locked: true, cycleId: by.cycleId }
    },
    now
  )
}
