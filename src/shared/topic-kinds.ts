/** The kinds of topic a story can carry; sections are also the site's menu. */
export const TOPIC_KINDS = ['section', 'tag', 'person', 'organisation', 'place'] as const
export type TopicKind = (typeof TOPIC_KINDS)[number]
