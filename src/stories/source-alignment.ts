import { plainText } from '../richtext/plain-text.js'
import type { AlignedBlock, SourceAlignment, WordChange } from '../shared/revision-diff.js'
import type { Block } from '../shared/richtext-document.js'
import { diffContent } from './revision-diff.js'
import { diffSequences } from './sequence-diff.js'
import type { VersionContent } from './story.types.js'

const blockText = (b: Block) => plainText({ type: 'doc', content: [b] })

/** Words and the spaces between them, so that joining the runs gives back the text exactly. */
const tokens = (text: string) => text.split(/(\s+)/).filter(Boolean)

/**
 * Old text to new, word by word. A space the two share between changed words is not shown as kept
 * ("Лід 11" → "Відкриття перенесли" reads as one replacement, not as two around a kept space).
 */
export function diffWords(before: string, after: string): WordChange[] {
  const a = tokens(before)
  const b = tokens(after)
  const out: WordChange[] = []
  const push = (op: WordChange['op'], text: string) => {
    if (!text) return
    const last = out.at(-1)
    if (last?.op === op) last.text += text
    else out.push({ op, text })
  }
  let removed = ''
  let added = ''
  let space = '' // shared whitespace seen inside a change, not yet known to be inside or after it
  /** Writes out the change so far; a space both sides end with goes back to the kept text after it. */
  const flush = (): string => {
    const end = /\s+$/.exec(removed)?.[0] ?? ''
    const shared = end && added.endsWith(end) ? end : ''
    push('removed', removed.slice(0, removed.length - shared.length))
    push('added', added.slice(0, added.length - shared.length))
    removed = added = ''
    return shared
  }
  for (const step of diffSequences(a, b)) {
    const text = (step.op === 'added' ? b[step.index] : a[step.index]) as string
    if (step.op === 'equal') {
      if ((removed || added) && !text.trim()) {
        space += text
        continue
      }
      push('equal', flush() + space + text)
      space = ''
      continue
    }
    removed += space
    added += space
    space = ''
    if (step.op === 'removed') removed += text
    else added += text
  }
  push('equal', flush() + space)
  return out
}

/** What the source changed from `before` (the translated revision) to `after` (now), placed in the current document. */
export function alignSource(before: VersionContent, after: VersionContent): SourceAlignment {
  const diff = diffContent(before, after)
  return {
    ...diff,
    fields: diff.fields.map((f) => ({ ...f, words: diffWords(f.before, f.after) })),
    source: { headline: after.headline, lead: after.lead },
    aligned: alignBlocks(before.body.content, after.body.content),
  }
}

export function alignBlocks(a: Block[], b: Block[]): AlignedBlock[] {
  const key = (x: Block) => JSON.stringify(x)
  const out: AlignedBlock[] = []
  let run: { op: 'added' | 'removed'; block: Block }[] = []
  const flush = () => {
    // Within a run of changes between kept blocks, a removed block and a later-added one of the
    // same type are one block edited: shown where the new one stands, with the old text.
    const pairs = new Map<number, number>()
    const taken = new Set<number>()
    run.forEach((added, k) => {
      if (added.op !== 'added') return
      const r = run.findIndex((x, i) => x.op === 'removed' && !taken.has(i) && x.block.type === added.block.type)
      if (r < 0) return
      taken.add(r)
      pairs.set(k, r)
    })
    run.forEach((item, k) => {
      if (taken.has(k)) return
      const r = pairs.get(k)
      if (r === undefined) {
        out.push(item)
        return
      }
      const before = blockText((run[r] as (typeof run)[number]).block)
      out.push({ op: 'changed', block: item.block, before, words: diffWords(before, blockText(item.block)) })
    })
    run = []
  }
  for (const step of diffSequences(a.map(key), b.map(key))) {
    if (step.op === 'equal') {
      flush()
      out.push({ op: 'equal', block: a[step.index] as Block })
    } else run.push({ op: step.op, block: (step.op === 'added' ? b[step.index] : a[step.index]) as Block })
  }
  flush()
  return out
}
