/**
 * Every match of a global expression in text, as String.prototype.matchAll gives them, but run on
 * the expression itself rather than a copy. matchAll copies its expression each call, and in V8 a
 * copy starts again in the slow interpreted tier; the analyser's large expressions (the lexicon's
 * vague phrases, frequencies, relative dates) then ran several times slower than they compile to.
 * The matches are collected before any is returned, so a caller that uses the same expression
 * again while looking at them cannot disturb the search.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global expression: ${pattern}`)
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m)
    // An empty match would be found again at the same place: step past it, a whole character
    // where the expression reads code points.
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode)
  }
  pattern.lastIndex = 0
  return found
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1
}

/**
 * items.map(f), but always laid out the same way in memory. V8 builds a mapped array without
 * holes in its unoptimised tiers and with holes ("holey") once the caller is optimised, so code
 * reading arrays from both meets a second array layout and is thrown out and compiled again
 * (`--trace-deopt`: "wrong map"). An array built by push never has holes.
 */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const mapped: U[] = []
  for (let i = 0; i < items.length; i += 1) mapped.push(f(items[i]!, i))
  return mapped
}
