import type { VersionContent } from '../api/types.js'

/**
 * Unsaved text kept in this browser until the server has it: a closed tab, a dead network or an
 * expired session never loses what was typed. One entry per version, dropped after a save.
 */
export interface LocalDraft {
  /** The revision the text was edited from: restoring it saves against that, so a newer save shows as a conflict. */
  baseRevision: number
  content: VersionContent
}

const key = (versionId: string) => `vistka.newsroom.draft.${versionId}`

export function keepLocalDraft(versionId: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(key(versionId), JSON.stringify(draft))
  } catch {
    // Storage full or disabled: the server save still runs; there is nothing better to do here.
  }
}

/** The draft kept for a version; one kept before the address was editable gets `savedSlug`, the address as saved. */
export function readLocalDraft(versionId: string, savedSlug: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(key(versionId))
    const draft = raw ? (JSON.parse(raw) as LocalDraft) : null
    if (!draft || typeof draft.baseRevision !== 'number' || typeof draft.content?.headline !== 'string') return null
    if (typeof draft.content.slug !== 'string') draft.content.slug = savedSlug
    return draft
  } catch {
    return null
  }
}

export function dropLocalDraft(versionId: string): void {
  localStorage.removeItem(key(versionId))
}

/** Whether two versions of the text say the same thing (JSON of the same shape, so a string compare is enough). */
export const sameContent = (a: VersionContent, b: VersionContent): boolean =>
  a.headline === b.headline &&
  a.slug === b.slug &&
  a.lead === b.lead &&
  a.seoTitle === b.seoTitle &&
  a.seoDescription === b.seoDescription &&
  JSON.stringify(a.body) === JSON.stringify(b.body)
