import type { Block, RichTextDoc } from '../shared/richtext-document.js'

/** What a body shows that lives elsewhere: its images and the people its quotes name (person topics). */
export interface BodyReferences {
  mediaIds: string[]
  speakerIds: string[]
}

/** The images and speakers a document names, each once, in order of appearance. */
export function bodyReferences(doc: RichTextDoc): BodyReferences {
  const mediaIds = new Set<string>()
  const speakerIds = new Set<string>()
  const visit = (b: Block): void => {
    switch (b.type) {
      case 'image':
        mediaIds.add(b.attrs.mediaId)
        return
      case 'blockquote':
        if (b.attrs?.speakerId) speakerIds.add(b.attrs.speakerId)
        return
      case 'bulletList':
      case 'orderedList':
        for (const item of b.content) item.content.forEach(visit)
        return
      default:
        return
    }
  }
  doc.content.forEach(visit)
  return { mediaIds: [...mediaIds], speakerIds: [...speakerIds] }
}
