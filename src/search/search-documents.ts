import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { VersionStatus } from '../shared/workflow.js'
import { visibleFrom } from '../stories/workflow.js'
import { analyze } from './analysis.js'
import { findIndexSources } from './search.repository.js'
import { epochDays, type IndexedDocument, topicTerm } from './search-backend.js'

/** Every version of these stories as index documents, analysed in the version's language. */
export async function loadDocuments(db: Kysely<DB>, storyIds: readonly string[]): Promise<IndexedDocument[]> {
  if (storyIds.length === 0) return []
  const { versions, topics, sections } = await findIndexSources(db, storyIds)
  const topicsOf = new Map<string, string[]>()
  for (const t of topics) topicsOf.set(t.story_id, [...(topicsOf.get(t.story_id) ?? []), topicTerm(t.topic_id)])
  for (const s of sections) if (s.section_id) topicsOf.set(s.id, [...(topicsOf.get(s.id) ?? []), topicTerm(s.section_id)])
  return versions.map((v) => ({
    versionId: v.id,
    storyId: v.story_id,
    locale: v.locale,
    status: v.status,
    visibleFrom: visibleFrom({ status: v.status as VersionStatus, publishedAt: v.published_at, embargoUntil: v.embargo_until }),
    headline: analyze(v.headline, v.locale).join(' '),
    topics: (topicsOf.get(v.story_id) ?? []).join(' '),
    lead: analyze(v.lead, v.locale).join(' '),
    body: analyze(v.body_text, v.locale).join(' '),
    freshAt: epochDays(v.published_at ?? v.updated_at),
  }))
}
