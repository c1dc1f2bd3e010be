import { describe, expect, it } from 'vitest'
import type { Block } from '../shared/richtext-document.js'
import { alignBlocks, alignSource, diffWords } from './source-alignment.js'
import type { VersionContent } from './story.types.js'

const p = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const h = (text: string): Block => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] })
const summary = (blocks: ReturnType<typeof alignBlocks>) =>
  blocks.map((b) => `${b.op}:${b.block.type}${b.op === 'changed' ? `:${b.before}` : ''}`)

describe('the source aligned for a translator', () => {
  it('places each change in the current text: an edited block once, with its old text; a removed block where it stood', () => {
    const aligned = alignBlocks(
      [p('Перший'), p('Другий'), p('Третій'), p('Четвертий')],
      [p('Перший'), p('Другий змінено'), h('Новий розділ'), p('Третій')],
    )
    expect(summary(aligned)).toEqual([
      'equal:paragraph',
      'changed:paragraph:Другий',
      'added:heading',
      'equal:paragraph',
      'removed:paragraph',
    ])
    expect(aligned[1]).toMatchObject({
      block: p('Другий змінено'),
      words: [
        { op: 'equal', text: 'Другий' },
        { op: 'added', text: ' змінено' },
      ],
    })
    expect(aligned[4]?.block).toEqual(p('Четвертий'))
  })

  it('does not pair blocks of different types: a paragraph turned into a heading is removed and added', () => {
    expect(summary(alignBlocks([p('Розділ')], [h('Розділ')]))).toEqual(['removed:paragraph', 'added:heading'])
  })

  it('keeps everything equal when nothing changed, and handles an empty side', () => {
    expect(summary(alignBlocks([p('A'), p('B')], [p('A'), p('B')]))).toEqual(['equal:paragraph', 'equal:paragraph'])
    expect(summary(alignBlocks([], [p('A')]))).toEqual(['added:paragraph'])
    expect(summary(alignBlocks([p('A')], []))).toEqual(['removed:paragraph'])
  })

  it('diffs words so that the runs join back into either text', () => {
    const words = diffWords('Мости відкриють у травні', 'Мости Києва відкриють у червні')
    expect(words).toEqual([
      { op: 'equal', text: 'Мости ' },
      { op: 'added', text: 'Києва ' },
      { op: 'equal', text: 'відкриють у ' },
      { op: 'removed', text: 'травні' },
      { op: 'added', text: 'червні' },
    ])
    expect(
      words
        .filter((w) => w.op !== 'added')
        .map((w) => w.text)
        .join(''),
    ).toBe('Мости відкриють у травні')
  })

  it('shows a rewrite as one replacement, not as changes around a kept space', () => {
    expect(diffWords('Лід 11', 'Відкриття перенесли на весну.')).toEqual([
      { op: 'removed', text: 'Лід 11' },
      { op: 'added', text: 'Відкриття перенесли на весну.' },
    ])
    expect(diffWords('Один два три', 'Один чотири п’ять три')).toEqual([
      { op: 'equal', text: 'Один ' },
      { op: 'removed', text: 'два' },
      { op: 'added', text: 'чотири п’ять' },
      { op: 'equal', text: ' три' },
    ])
  })

  it('always joins back into both texts', () => {
    const texts = ['', ' ', 'Лід 11', 'Один  два три ', ' Мости Києва відкриють', 'Мости\nКиєва відкриють у червні', 'два два два']
    for (const before of texts)
      for (const after of texts) {
        const words = diffWords(before, after)
        const join = (skip: string) =>
          words
            .filter((w) => w.op !== skip)
            .map((w) => w.text)
            .join('')
        expect([join('added'), join('removed')], JSON.stringify({ before, after })).toEqual([before, after])
      }
  })

  it('gives the current headline and lead, and a word diff for each changed field', () => {
    const content = (headline: string, lead: string): VersionContent => ({
      headline,
      slug: 'mosty',
      lead,
      seoTitle: '',
      seoDescription: '',
      body: { type: 'doc', content: [p('Текст')] },
    })
    const a = alignSource(content('Мости', 'Лід'), content('Мости Києва', 'Лід'))
    expect(a.source).toEqual({ headline: 'Мости Києва', lead: 'Лід' })
    expect(a.fields).toEqual([
      {
        field: 'headline',
        before: 'Мости',
        after: 'Мости Києва',
        words: [
          { op: 'equal', text: 'Мости' },
          { op: 'added', text: ' Києва' },
        ],
      },
    ])
    expect(a.blocks).toEqual([{ op: 'equal', type: 'paragraph', text: 'Текст' }])
  })
})
