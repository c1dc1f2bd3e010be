import { NodeViewContent, type NodeViewProps, NodeViewWrapper } from '@tiptap/react'
import { useId } from 'react'
import { useI18n } from '../i18n/i18n.js'
import { nameIn, useTaxonomy } from './taxonomy.js'

/** A quote in the editor: its paragraphs, and under them who said it (a person from the taxonomy) and a free-text attribution. */
export function QuoteView({ node, updateAttributes, editor }: NodeViewProps) {
  const { t, locale } = useI18n()
  const { topics } = useTaxonomy()
  const people = topics.filter((p) => p.kind === 'person')
  const id = useId()
  const speakerId = (node.attrs.speakerId as string | null) ?? ''
  const attribution = (node.attrs.attribution as string | null) ?? ''
  return (
    <NodeViewWrapper as="blockquote" className="story-quote">
      <NodeViewContent />
      <div className="quote-source" contentEditable={false}>
        <label htmlFor={`${id}-speaker`}>{t('quote.speaker')}</label>
        <select
          disabled={!editor.isEditable}
          id={`${id}-speaker`}
          value={speakerId}
          onChange={(e) => updateAttributes({ speakerId: e.target.value || null })}
        >
          <option value="">{t('quote.noSpeaker')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {nameIn(p.names, locale)}
            </option>
          ))}
        </select>
        <input
          type="text"
          readOnly={!editor.isEditable}
          aria-label={t('quote.attribution')}
          placeholder={t('quote.attribution')}
          maxLength={300}
          value={attribution}
          onChange={(e) => updateAttributes({ attribution: e.target.value || null })}
        />
      </div>
    </NodeViewWrapper>
  )
}
