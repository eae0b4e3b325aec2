import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv, sniffDelimiter } from '../../../electron/services/case-import/csv'
import { decodeText } from '../../../electron/services/case-import/decode'
import { createJobRegistry } from '../../../electron/jobs'

// csv-spectrum: the public suite of CSV edge cases (quotes, escaped quotes, commas and newlines
// in quoted cells, CRLF, UTF-8, empty cells), each with the JSON a correct reader produces.
const spectrum = dirname(require.resolve('csv-spectrum/package.json'))
const cases = readdirSync(join(spectrum, 'csvs')).map((name) => name.replace(/\.csv$/, ''))

/**
 * The suite's answer for a case. location_coordinates.json in csv-spectrum 2.0.0 disagrees with
 * its own CSV (a different phone number, and an object rather than a list), so for that case the
 * expectation is the CSV's own content. The file itself holds U+FFFD where a degree sign was lost
 * upstream, and the reader keeps it as it is.
 */
function expectedRows(name: string): Record<string, string>[] {
  if (name === 'location_coordinates') {
    return [
      {
        'Contact Phone Number': '2095257564',
        'Location Coordinates': '37\ufffd36\'37.8"N 121\ufffd2\'17.9"W',
        Cities: 'Modesto',
        Counties: 'Stanislaus'
      }
    ]
  }
  return JSON.parse(readFileSync(join(spectrum, 'json', `${name}.json`), 'utf8')) as Record<
    string,
    string
  >[]
}

describe('the case-list CSV reader on csv-spectrum', () => {
  it('has the suite', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12)
  })

  for (const name of cases) {
    it(`reads ${name}.csv as the suite expects`, async () => {
      const { text } = decodeText(readFileSync(join(spectrum, 'csvs', `${name}.csv`)))
      const expected = expectedRows(name)
      const job = createJobRegistry().start(undefined)
      const table = await parseCsv(text, sniffDelimiter(text), `${name}.csv`, job)
      const rows = table.rows.map((row) =>
        Object.fromEntries(table.headers.map((header, index) => [header, row.cells[index] ?? '']))
      )
      // The import trims each cell, as an officer reads it; the suite's values are compared the same way.
      const trimmed = expected.map((row) =>
        Object.fromEntries(Object.entries(row).map(([key, value]) => [key.trim(), value.trim()]))
      )
      expect(rows).toEqual(trimmed)
    })
  }
})
