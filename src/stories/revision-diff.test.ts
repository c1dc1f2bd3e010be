import { describe, expect, it } from 'vitest'
import type { Block } from '../shared/richtext-document.js'
import { diffContent } from './revision-diff.js'
import type { VersionContent } from './story.types.js'

const p = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const content = (over: Partial<VersionContent> & { blocks?: Block[] }): VersionContent => ({
  headline: 'Заголовок',
  slug: 'zaholovok',
  lead: 'Лід',
  seoTitle: '',
  seoDescription: '',
  body: { type: 'doc', content: over.blocks ?? [p('Перший'), p('Другий'), p('Третій')] },
  ...over,
})

describe('revision diffs', () => {
  it('lists each changed field with before and after', () => {
    const diff = diffContent(content({}), content({ headline: 'Новий заголовок', lead: 'Новий лід' }))
    expect(diff.fields).toEqual([
      { field: 'headline', before: 'Заголовок', after: 'Новий заголовок' },
      { field: 'lead', before: 'Лід', after: 'Новий лід' },
    ])
    expect(diff.blocks.every((b) => b.op === 'equal')).toBe(true)
  })

  it('compares the body block by block: kept, removed and added in reading order', () => {
    const diff = diffContent(
      content({}),
      content({
        blocks: [
          p('Перший'),
          p('Другий змінено'),
          p('Третій'),
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Новий розділ' }] },
        ],
      }),
    )
    expect(diff.blocks.map((b) => `${b.op}:${b.text}`)).toEqual([
      'equal:Перший',
      'removed:Другий',
      'added:Другий змінено',
      'equal:Третій',
      'added:Новий розділ',
    ])
    expect(diff.blocks.at(-1)?.type).toBe('heading')
  })

  it('handles an empty side', () => {
    expect(diffContent(content({ blocks: [] }), content({ blocks: [p('A')] })).blocks).toEqual([
      { op: 'added', type: 'paragraph', text: 'A' },
    ])
  })
})
