import { DOC_LIMITS } from '../richtext/validate.js'
import type { Block, InlineNode, ListItem } from '../shared/richtext-document.js'

interface Budget {
  nodes: number
  chars: number
  cut: boolean
}

/**
 * The blocks cut to what validateDocument accepts in node count and text length (counted the
 * same way: the doc is a node, marks are not). Depth is kept by the converter itself.
 */
export function fitToLimits(blocks: Block[]): { blocks: Block[]; cut: boolean } {
  const used: Budget = { nodes: 1, chars: 0, cut: false }
  for (const b of blocks) count(b, used)
  if (used.nodes <= DOC_LIMITS.maxNodes && used.chars <= DOC_LIMITS.maxTextChars) return { blocks, cut: false }
  const budget: Budget = { nodes: DOC_LIMITS.maxNodes - 1, chars: DOC_LIMITS.maxTextChars, cut: false }
  return { blocks: takeAll(blocks, budget, takeBlock), cut: true }
}

function count(b: Block | ListItem, used: Budget): void {
  used.nodes++
  if (b.type === 'blockquote') used.chars += b.attrs?.attribution?.length ?? 0
  if (!('content' in b) || !b.content) return
  for (const n of b.content) {
    if (n.type === 'text') {
      used.nodes++
      used.chars += n.text.length
    } else if (n.type === 'hardBreak') used.nodes++
    else count(n, used)
  }
}

function takeAll<T>(list: T[], budget: Budget, take: (x: T, budget: Budget) => T | undefined): T[] {
  const out: T[] = []
  for (const x of list) {
    if (budget.cut) break
    const kept = take(x, budget)
    if (kept) out.push(kept)
  }
  return out
}

function spend(budget: Budget): boolean {
  if (budget.nodes < 1) budget.cut = true
  else budget.nodes--
  return !budget.cut
}

function takeBlock(b: Block, budget: Budget): Block | undefined {
  if (!spend(budget)) return undefined
  switch (b.type) {
    case 'paragraph':
    case 'heading': {
      if (!b.content?.length) return b // the empty line that starts a list item holding only a list
      const content = takeAll(b.content ?? [], budget, takeInline)
      return content.length ? { ...b, content } : undefined
    }
    case 'blockquote': {
      const attribution = b.attrs?.attribution ?? ''
      const fits = attribution.length <= budget.chars
      if (fits) budget.chars -= attribution.length
      const content = takeAll(b.content, budget, takeBlock) as typeof b.content
      return content.length ? { ...b, attrs: { speakerId: null, attribution: fits ? attribution || null : null }, content } : undefined
    }
    case 'bulletList':
    case 'orderedList': {
      const content = takeAll(b.content, budget, takeItem)
      return content.length ? { ...b, content } : undefined
    }
    default:
      return b
  }
}

function takeItem(item: ListItem, budget: Budget): ListItem | undefined {
  if (!spend(budget)) return undefined
  const content = takeAll(item.content, budget, takeBlock) as ListItem['content']
  return content.length ? { type: 'listItem', content } : undefined
}

function takeInline(n: InlineNode, budget: Budget): InlineNode | undefined {
  if (!spend(budget) || n.type === 'hardBreak') return budget.cut ? undefined : n
  if (n.text.length <= budget.chars) {
    budget.chars -= n.text.length
    return n
  }
  budget.cut = true
  // a cut between the halves of a surrogate pair would leave half a character
  const text = n.text.slice(0, budget.chars).replace(/[\uD800-\uDBFF]$/, '')
  budget.chars = 0
  return text ? { ...n, text } : undefined
}
