import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

export interface BenchFigure {
  name: string
  value: number
  unit: string
  target: string
  met: boolean
}

const resultsFile = join(__dirname, '..', '..', 'out', 'bench-results.jsonl')

/** Prints one benchmark figure and appends it to out/bench-results.jsonl for the summary table. */
export function report(figure: BenchFigure): void {
  mkdirSync(join(resultsFile, '..'), { recursive: true })
  appendFileSync(resultsFile, JSON.stringify(figure) + '\n')
  const verdict = figure.met ? 'met' : 'NOT MET'
  console.log(
    `${figure.name.padEnd(48)} ${figure.value.toFixed(2).padStart(10)} ${figure.unit.padEnd(8)} target ${figure.target} (${verdict})`
  )
}
