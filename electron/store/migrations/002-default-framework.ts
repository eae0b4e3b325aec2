import defaultFramework from '../../../resources/frameworks/care-plan-quality.json'
import { Framework } from '../../../shared/domain'
import type { Migration } from './types'

/**
 * Installs the shipped rubric, "Quality of children's plans" version 1. Like every migration this
 * must give the same result forever: resources/frameworks/care-plan-quality.json is therefore never
 * edited once shipped; a revised default is a new file (version 2) installed by a new migration.
 */
export const defaultFrameworkInstall: Migration = {
  version: 2,
  description: 'Install the default framework (care-plan-quality v1)',
  up: (db) => {
    const framework = Framework.parse(defaultFramework)
    db.prepare(
      `INSERT INTO frameworks (key, version, title, definition, locked, created_at)
       VALUES (?, ?, ?, ?, 0, ?)`
    ).run(
      framework.key,
      framework.version,
      framework.title,
      JSON.stringify(framework),
      new Date().toISOString()
    )
  }
}
