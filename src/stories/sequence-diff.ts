/** One step of a comparison of two sequences: an item of `a` kept or removed, or an item of `b` added. */
export type SequenceStep = { op: 'equal' | 'removed'; index: number } | { op: 'added'; index: number }

// Beyond this many item pairs the comparison would cost too much; show it as replaced instead.
const MAX_CELLS = 4_000_000

/**
 * The longest common subsequence of two lists of keys, walked forward: for revision diffs (blocks)
 * and word diffs (tokens) alike. `index` is into `a` for equal and removed, into `b` for added.
 */
export function diffSequences(a: readonly string[], b: readonly string[]): SequenceStep[] {
  if (a.length * b.length > MAX_CELLS)
    return [...a.map((_, index) => ({ op: 'removed' as const, index })), ...b.map((_, index) => ({ op: 'added' as const, index }))]
  // Filled from the end so the walk below goes forward.
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array
    const next = lcs[i + 1] as Uint32Array
    for (let j = b.length - 1; j >= 0; j--)
      row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number)
  }
  const out: SequenceStep[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: 'equal', index: i++ })
      j++
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) out.push({ op: 'removed', index: i++ })
    else out.push({ op: 'added', index: j++ })
  }
  while (i < a.length) out.push({ op: 'removed', index: i++ })
  while (j < b.length) out.push({ op: 'added', index: j++ })
  return out
}
