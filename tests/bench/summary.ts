import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchFigure } from './report'

const resultsFile = join(__dirname, '..', '..', 'out', 'bench-results.jsonl')

/**
 * Global setup for `npm run bench`: starts each run with no old figures, and at the end prints
 * every figure with its target in one table.
 */
export default function setup(): () => void {
  rmSync(resultsFile, { force: true })
  return () => {
    if (!existsSync(resultsFile)) return
    const figures = readFileSync(resultsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as BenchFigure)
    const width = Math.max(...figures.map((figure) => figure.name.length), 10)
    const lines = [
      '',
      'Benchmarks',
      `${'figure'.padEnd(width)}  ${'value'.padStart(12)}  ${'unit'.padEnd(9)} target`,
      ...figures.map(
        (figure) =>
          `${figure.name.padEnd(width)}  ${figure.value.toFixed(2).padStart(12)}  ${figure.unit.padEnd(9)} ${figure.target} ${figure.met ? '(met)' : '(NOT MET)'}`
      ),
      ''
    ]
    process.stdout.write(lines.join('\n'))
  }
}
