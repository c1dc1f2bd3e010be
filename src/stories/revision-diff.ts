import { plainText } from '../richtext/plain-text.js'
import { type BlockChange, DIFF_FIELDS as FIELDS, type RevisionDiff } from '../shared/revision-diff.js'
import type { Block } from '../shared/richtext-document.js'
import { diffSequences } from './sequence-diff.js'
import type { VersionContent } from './story.types.js'

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
  const key = (x: Block) => JSON.stringify(x)
  return diffSequences(a.map(key), b.map(key)).map((s) => describe((s.op === 'added' ? b[s.index] : a[s.index]) as Block, s.op))
}
