/** Domain events, emitted by services after their transaction commits. Subscribers: page cache, search, feeds, webhooks. */
export interface DomainEvents {
  'story.created': { storyId: string; locale: string }
  /**
   * locale null: what all languages share changed. `leftListIds` names the sections, topics and
   * authors the story no longer belongs to, whose lists must drop it too.
   */
  'story.updated': { storyId: string; locale: string | null; leftListIds?: { topicIds: string[]; authorIds: string[] } }
  'story.published': { storyId: string; locale: string }
  'story.unpublished': { storyId: string; locale: string }
  'story.scheduled': { storyId: string; locale: string; at: string }
  'translation.created': { storyId: string; locale: string; sourceLocale: string }
  /** Many stories arrived at once (an import); subscribers handle them as one batch. */
  'stories.imported': { storyIds: string[] }
  'topic.updated': { topicId: string }
  'author.updated': { authorId: string }
  'media.created': { mediaId: string }
  'media.updated': { mediaId: string }
  'media.deleted': { mediaId: string }
}
export type EventName = keyof DomainEvents
type Listener<E extends EventName> = (payload: DomainEvents[E]) => void

export interface EventBus {
  on<E extends EventName>(event: E, listener: Listener<E>): () => void
  emit<E extends EventName>(event: E, payload: DomainEvents[E]): void
}

/**
 * An in-process, synchronous bus. A failing subscriber is reported through `onError` and never
 * undoes the write that raised the event (it has already committed).
 */
export function createEventBus(onError: (err: unknown, event: EventName) => void = () => {}): EventBus {
  const listeners = new Map<EventName, Set<Listener<never>>>()
  return {
    on(event, listener) {
      let set = listeners.get(event)
      if (!set) {
        set = new Set()
        listeners.set(event, set)
      }
      set.add(listener as Listener<never>)
      return () => set.delete(listener as Listener<never>)
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) {
        try {
          ;(listener as Listener<typeof event>)(payload)
        } catch (err) {
          onError(err, event)
        }
      }
    },
  }
}
