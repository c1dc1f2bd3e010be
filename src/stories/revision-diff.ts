import type { Block } from '../richtext/document.js'
import { plainText } from '../richtext/plain-text.js'
import type { VersionContent } from './story.types.js'

const FIELDS = ['headline', 'slug', 'lead', 'seoTitle', 'seoDescription'] as const
export type DiffField = (typeof FIELDS)[number]

export interface FieldChange {
  field: DiffField
  before: string
  after: string
}

/** A body block in the comparison: kept, added or removed, with its plain text for display. */
export interface BlockChange {
  op: 'equal' | 'added' | 'removed'
  type: Block['type']
  text: string
}

export interface RevisionDiff {
  fields: FieldChange[]
  blocks: BlockChange[]
}

// Beyond this many block pairs the comparison would cost too much; show it as replaced instead.
const MAX_CELLS = 4_000_000

/** What changed between two snapshots of a version: each changed field, and the body block by block. */
export function diffContent(before: VersionContent, after: VersionContent): RevisionDiff {
  const fields = FIELDS.filter((f) => before[f] !== after[f]).map((field) => ({ field, before: before[field], after: after[field] }))
  return { fields, blocks: diffBlocks(before.body.content, after.body.content) }
}

function diffBlocks(a: Block[], b: Block[]): BlockChange[] {
  const describe = (block: Block, op: BlockChange['op']): BlockChange => ({
    op,
    type: block.type,
    text: plainText({ type: 'doc', content: [block] }),
  })
  if (a.length * b.length > MAX_CELLS) return [...a.map((x) => describe(x, 'removed')), ...b.map((x) => describe(x, 'added'))]
  const ka = a.map((x) => JSON.stringify(x))
  const kb = b.map((x) => JSON.stringify(x))
  // Longest common subsequence of whole blocks, filled from the end so the walk below goes forward.
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array
    const next = lcs[i + 1] as Uint32Array
    for (let j = b.length - 1; j >= 0; j--)
      row[j] = ka[i] === kb[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number)
  }
  const out: BlockChange[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (ka[i] === kb[j]) {
      out.push(describe(a[i++] as Block, 'equal'))
      j++
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) out.push(describe(a[i++] as Block, 'removed'))
    else out.push(describe(b[j++] as Block, 'added'))
  }
  while (i < a.length) out.push(describe(a[i++] as Block, 'removed'))
  while (j < b.length) out.push(describe(b[j++] as Block, 'added'))
  return out
}
