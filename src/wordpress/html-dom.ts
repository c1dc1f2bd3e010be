import type { AnyNode, Element } from 'domhandler'
import { ElementType } from 'htmlparser2'
import { collapseSpace } from './autop.js'

export const isElement = (n: AnyNode | undefined): n is Element =>
  n?.type === ElementType.Tag || n?.type === ElementType.Script || n?.type === ElementType.Style

export const hasClass = (el: Element, name: string) => ` ${el.attribs.class ?? ''} `.replace(/\s+/g, ' ').includes(` ${name} `)

// Elements whose end a reader sees as a line's end, so their words don't run together.
const BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre'])

/**
 * The words a reader sees in `root`, whitespace collapsed; script and style text is not seen.
 * Walks with its own stack: imported markup can nest deeper than the call stack allows.
 */
export function plainText(root: AnyNode): string {
  let text = ''
  const stack: AnyNode[] = [root]
  while (stack.length) {
    const n = stack.pop()!
    if (n.type === ElementType.Text) text += n.data
    else if (n.type === ElementType.Tag || n.type === ElementType.Root || n.type === ElementType.CDATA) {
      if (n.type === ElementType.Tag && BREAKS.has(n.name)) text += ' '
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!)
    }
  }
  return collapseSpace(text).trim()
}

/** The first element under `root` (itself included) that `match` accepts, in document order. */
export function findElement(root: Element, match: (el: Element) => boolean): Element | undefined {
  const stack: AnyNode[] = [root]
  while (stack.length) {
    const n = stack.pop()!
    if (!isElement(n)) continue
    if (match(n)) return n
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!)
  }
  return undefined
}
