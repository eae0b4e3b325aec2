import type { AnalysedAction } from '../../../../shared/analysis'

/** A run of plan text with what it is part of: an action (by index) and/or a search match. */
export interface Segment {
  text: string
  start: number
  action: number | null
  match: number | null
}

export interface PlanLine {
  number: number
  start: number
  segments: Segment[]
  /** Actions that begin on this line, for the margin. */
  startsActions: number[]
}

/** Where every case-insensitive occurrence of the query is, as [start, end) offsets. */
export function findMatches(text: string, query: string): [number, number][] {
  const needle = query.trim().toLowerCase()
  if (needle.length < 2) return []
  const haystack = text.toLowerCase()
  const found: [number, number][] = []
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    found.push([at, at + needle.length])
  }
  return found
}

function indexAt(ranges: readonly (readonly [number, number])[], offset: number): number | null {
  // Ranges are sorted and do not overlap; a plan has tens of them, so a scan is fine.
  for (let i = 0; i < ranges.length; i += 1) {
    const [start, end] = ranges[i]!
    if (offset >= start && offset < end) return i
    if (start > offset) break
  }
  return null
}

/**
 * Splits the plan into lines, and each line into segments wherever an action or a search match
 * begins or ends, so the renderer can underline actions and mark matches without HTML.
 */
export function planLines(
  text: string,
  actions: readonly AnalysedAction[],
  matches: readonly [number, number][]
): PlanLine[] {
  const actionRanges = actions.map((action) => [action.start, action.end] as const)
  const cuts = new Set<number>()
  for (const [start, end] of [...actionRanges, ...matches]) {
    cuts.add(start)
    cuts.add(end)
  }
  const lines: PlanLine[] = []
  let lineStart = 0
  text.split('\n').forEach((lineText, index) => {
    const lineEnd = lineStart + lineText.length
    const bounds = [
      lineStart,
      ...[...cuts].filter((c) => c > lineStart && c < lineEnd).sort((a, b) => a - b),
      lineEnd
    ]
    const segments: Segment[] = []
    for (let i = 0; i < bounds.length - 1; i += 1) {
      const start = bounds[i]!
      const end = bounds[i + 1]!
      if (end <= start) continue
      segments.push({
        text: text.slice(start, end),
        start,
        action: indexAt(actionRanges, start),
        match: indexAt(matches, start)
      })
    }
    lines.push({
      number: index + 1,
      start: lineStart,
      segments,
      startsActions: actions.flatMap((action, i) => (action.line === index + 1 ? [i] : []))
    })
    lineStart = lineEnd + 1
  })
  return lines
}
