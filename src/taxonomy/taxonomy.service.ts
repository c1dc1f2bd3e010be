import type { Kysely } from 'kysely'
import { checkLength, checkLocale, checkSlug } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Conflict, Invalid, NotFound } from '../errors.js'
import type { EventBus } from '../events.js'
import { newId } from '../ids.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { Actor } from '../shared/roles.js'
import { slugify } from '../shared/slug.js'
import { recordAudit } from '../users/audit.repository.js'
import { authorize } from '../users/permissions.js'
import * as repo from './taxonomy.repository.js'
import type { Author, AuthorName, NamesInput, Topic, TopicKind, TopicName } from './taxonomy.types.js'

export interface TaxonomyDeps {
  db: Kysely<DB>
  events: EventBus
  site: LocaleSettings
  clock: Clock
}

export interface CreateTopic {
  kind: TopicKind
  position?: number
  names: NamesInput<TopicName>
}

/** Sections, tags, people, organisations, places and authors: named per language, one slug per language. */
export function createTaxonomyService({ db, events, site, clock }: TaxonomyDeps) {
  function cleanNames<T extends { slug: string }>(input: NamesInput<T>, extra: (n: Partial<T>) => Omit<T, 'name' | 'slug'>) {
    const out: Record<string, T> = {}
    for (const [locale, n] of Object.entries(input)) {
      checkLocale(site, locale)
      const name = checkLength('name', n.name.trim(), 200)
      if (!name) throw new Invalid('name_required', { locale })
      const slug = n.slug ? checkSlug(n.slug) : slugify(name, locale)
      out[locale] = { ...extra(n), name, slug } as unknown as T // T is TopicName or AuthorName: name + slug + extra
    }
    if (!out[site.defaultLocale]) throw new Invalid('name_required', { locale: site.defaultLocale })
    return out
  }
  const topicNames = (input: NamesInput<TopicName>) =>
    cleanNames<TopicName>(input, (n) => ({ description: checkLength('description', n.description?.trim() ?? '', 2000) }))
  const authorNames = (input: NamesInput<AuthorName>) =>
    cleanNames<AuthorName>(input, (n) => ({ bio: checkLength('bio', n.bio?.trim() ?? '', 2000) }))

  async function assertTopicSlugsFree(trx: Kysely<DB>, kind: TopicKind, names: Record<string, TopicName>, self?: string) {
    for (const [locale, n] of Object.entries(names)) {
      const owner = await repo.findTopicIdBySlug(trx, kind, locale, n.slug)
      if (owner && owner !== self) throw new Conflict('topic_slug_taken', { kind, slug: n.slug, locale })
    }
  }

  async function getTopic(id: string): Promise<Topic> {
    const [topic] = await repo.findTopicsByIds(db, [id])
    if (!topic) throw new NotFound('topic_not_found', { id })
    return topic
  }

  return {
    getTopic,

    /** Topics of a kind in navigation order. */
    async listTopics(kind: TopicKind): Promise<Topic[]> {
      const ids = await repo.listTopicIds(db, kind)
      const topics = await repo.findTopicsByIds(db, ids)
      return ids.map((id) => topics.find((t) => t.id === id) as Topic)
    },

    async createTopic(input: CreateTopic, actor: Actor): Promise<Topic> {
      authorize(actor, 'taxonomy.manage')
      const names = topicNames(input.names)
      const id = newId()
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        await assertTopicSlugsFree(trx, input.kind, names)
        await repo.insertTopic(trx, { id, kind: input.kind, position: input.position ?? 0, at })
        await repo.upsertTopicNames(trx, id, input.kind, names)
        await recordAudit(trx, actor, at, { action: 'topic.create', entityType: 'topic', entityId: id, details: { kind: input.kind } })
      })
      events.emit('topic.updated', { topicId: id })
      return getTopic(id)
    },

    /** Changes names (per language, others kept) or position. */
    async updateTopic(id: string, input: { position?: number; names?: NamesInput<TopicName> }, actor: Actor): Promise<Topic> {
      authorize(actor, 'taxonomy.manage')
      const current = await getTopic(id)
      const names = input.names ? topicNames({ ...current.names, ...input.names }) : current.names
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        await assertTopicSlugsFree(trx, current.kind, names, id)
        await repo.upsertTopicNames(trx, id, current.kind, names)
        await repo.touchTopic(trx, id, at, input.position)
        await recordAudit(trx, actor, at, { action: 'topic.update', entityType: 'topic', entityId: id })
      })
      events.emit('topic.updated', { topicId: id })
      return getTopic(id)
    },

    /**
     * Merges one topic into another of the same kind (two tags that mean the same): stories keep
     * their place in each list, the merged topic and its names go.
     */
    async mergeTopics(fromId: string, intoId: string, actor: Actor): Promise<Topic> {
      authorize(actor, 'taxonomy.manage')
      const [from, into] = [await getTopic(fromId), await getTopic(intoId)]
      if (from.id === into.id) throw new Invalid('merge_into_itself')
      if (from.kind !== into.kind) throw new Invalid('topic_kind_mismatch', { id: into.id, actual: into.kind, expected: from.kind })
      const at = toTimestamp(clock())
      const stories = await db.transaction().execute(async (trx) => {
        const moved = await repo.moveTopicLinks(trx, from.id, into.id)
        await repo.deleteTopic(trx, from.id)
        await repo.touchTopic(trx, into.id, at)
        await recordAudit(trx, actor, at, {
          action: 'topic.merge',
          entityType: 'topic',
          entityId: into.id,
          details: { from: from.id, stories: moved.length },
        })
        return moved
      })
      events.emit('topic.updated', { topicId: from.id })
      events.emit('topic.updated', { topicId: into.id })
      for (const storyId of stories) events.emit('story.updated', { storyId, locale: null })
      return getTopic(into.id)
    },

    /** Deletes a topic: stories lose that tag (or section) and keep everything else. */
    async deleteTopic(id: string, actor: Actor): Promise<void> {
      authorize(actor, 'taxonomy.manage')
      const topic = await getTopic(id)
      const at = toTimestamp(clock())
      const stories = await db.transaction().execute(async (trx) => {
        const showing = await repo.findStoriesOfTopic(trx, id)
        await repo.deleteTopic(trx, id)
        await recordAudit(trx, actor, at, { action: 'topic.delete', entityType: 'topic', entityId: id, details: { kind: topic.kind } })
        return showing
      })
      events.emit('topic.updated', { topicId: id })
      for (const storyId of stories) events.emit('story.updated', { storyId, locale: null })
    },

    async listAuthors(): Promise<Author[]> {
      return repo.findAuthorsByIds(db, await repo.listAuthorIds(db))
    },

    /** Changes an author's names (per language, others kept). */
    async updateAuthor(id: string, input: { names: NamesInput<AuthorName> }, actor: Actor): Promise<Author> {
      authorize(actor, 'taxonomy.manage')
      const [current] = await repo.findAuthorsByIds(db, [id])
      if (!current) throw new NotFound('author_not_found', { id })
      const names = authorNames({ ...current.names, ...input.names })
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        for (const [locale, n] of Object.entries(names)) {
          const owner = await repo.findAuthorIdBySlug(trx, locale, n.slug)
          if (owner && owner !== id) throw new Conflict('author_slug_taken', { slug: n.slug, locale })
        }
        await repo.upsertAuthorNames(trx, id, names)
        await repo.touchAuthor(trx, id, at)
        await recordAudit(trx, actor, at, { action: 'author.update', entityType: 'author', entityId: id })
      })
      events.emit('author.updated', { authorId: id })
      return (await repo.findAuthorsByIds(db, [id]))[0] as Author
    },

    /**
     * Deletes an author. Refused while a published or scheduled story carries their byline (a
     * published byline is a public record: change the story's authors first); drafts lose it.
     */
    async deleteAuthor(id: string, actor: Actor): Promise<void> {
      authorize(actor, 'taxonomy.manage')
      const [author] = await repo.findAuthorsByIds(db, [id])
      if (!author) throw new NotFound('author_not_found', { id })
      const at = toTimestamp(clock())
      const stories = await db.transaction().execute(async (trx) => {
        const credited = await repo.findAuthorCredits(trx, id)
        const live = credited.filter((c) => c.status === 'published' || c.status === 'scheduled').length
        if (live > 0) throw new Conflict('author_has_published_stories', { count: live })
        await repo.deleteAuthor(trx, id)
        await recordAudit(trx, actor, at, { action: 'author.delete', entityType: 'author', entityId: id })
        return [...new Set(credited.map((c) => c.storyId))]
      })
      events.emit('author.updated', { authorId: id })
      for (const storyId of stories) events.emit('story.updated', { storyId, locale: null })
    },

    async getAuthor(id: string): Promise<Author> {
      const [author] = await repo.findAuthorsByIds(db, [id])
      if (!author) throw new NotFound('author_not_found', { id })
      return author
    },

    async createAuthor(input: { userId?: string | null; names: NamesInput<AuthorName> }, actor: Actor): Promise<Author> {
      authorize(actor, 'taxonomy.manage')
      const names = authorNames(input.names)
      const id = newId()
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        for (const [locale, n] of Object.entries(names)) {
          if (await repo.findAuthorIdBySlug(trx, locale, n.slug)) throw new Conflict('author_slug_taken', { slug: n.slug, locale })
        }
        await repo.insertAuthor(trx, { id, userId: input.userId ?? null, at })
        await repo.upsertAuthorNames(trx, id, names)
        await recordAudit(trx, actor, at, { action: 'author.create', entityType: 'author', entityId: id })
      })
      events.emit('author.updated', { authorId: id })
      const [author] = await repo.findAuthorsByIds(db, [id])
      return author as Author
    },
  }
}

export type TaxonomyService = ReturnType<typeof createTaxonomyService>
