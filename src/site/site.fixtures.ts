import sharp from 'sharp'
import type { Services } from '../services.js'
import { systemActor } from '../shared/roles.js'
import { paragraphs } from '../testing/factories.js'

/**
 * A small published world for public-site tests: a section, a tag, a person, an author, a
 * picture, and stories in one, two or three languages.
 */
export async function buildSiteWorld(services: Services) {
  const { taxonomy, media, stories, translations } = services
  const section = await taxonomy.createTopic(
    {
      kind: 'section',
      names: {
        uk: { name: 'Політика', slug: 'polityka' },
        en: { name: 'Politics', slug: 'politics' },
        ru: { name: 'Политика', slug: 'politika' },
      },
    },
    systemActor,
  )
  const tag = await taxonomy.createTopic({ kind: 'tag', names: { uk: { name: 'транспорт' }, en: { name: 'transport' } } }, systemActor)
  const person = await taxonomy.createTopic(
    { kind: 'person', names: { uk: { name: 'Олена Марчук' }, en: { name: 'Olena Marchuk' } } },
    systemActor,
  )
  const author = await taxonomy.createAuthor({ names: { uk: { name: 'Оксана Гнатюк' }, en: { name: 'Oksana Hnatiuk' } } }, systemActor)
  const picture = await media.createImage(
    {
      data: await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1d3557' } })
        .jpeg()
        .toBuffer(),
      originalName: 'bus.jpg',
      credit: 'Getty Images',
      texts: { uk: { caption: 'Нічний автобус', alt: 'Автобус на зупинці' }, en: { caption: 'A night bus', alt: 'A bus at a stop' } },
    },
    systemActor,
  )

  /** Creates a story in uk and the given translations, publishing what `publish` lists. */
  async function story(headline: Record<string, string>, opts: { publish?: string[]; body?: unknown; important?: boolean } = {}) {
    const { story: s, versions } = await stories.createStory(
      {
        locale: 'uk',
        headline: headline.uk as string,
        lead: `Лід: ${headline.uk}`,
        body: opts.body ?? paragraphs(`Текст: ${headline.uk}`),
        sectionId: section.id,
        topicIds: [tag.id, person.id],
        authorIds: [author.id],
        leadMediaId: picture.id,
        isImportant: opts.important ?? false,
      },
      systemActor,
    )
    const ids: Record<string, string> = { uk: versions[0]!.id }
    for (const [locale, h] of Object.entries(headline)) {
      if (locale === 'uk') continue
      ids[locale] = (
        await translations.createTranslation(
          { storyId: s.id, sourceLocale: 'uk', targetLocale: locale, headline: h, lead: `Lead: ${h}`, body: paragraphs(`Text: ${h}`) },
          systemActor,
        )
      ).id
    }
    for (const locale of opts.publish ?? Object.keys(headline))
      await stories.transition(ids[locale] as string, { to: 'published' }, systemActor)
    return { id: s.id, versionIds: ids }
  }

  return { section, tag, person, author, picture, story }
}
