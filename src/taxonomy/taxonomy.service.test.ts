import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { refusal } from '../testing/refusal.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('taxonomy on %s', (dialect) => {
  let ctx: TestContext
  beforeEach(async () => {
    ctx = await createTestContext(dialect)
  })
  afterEach(() => ctx.close())

  it('names a topic per language and makes Latin slugs from Cyrillic names', async () => {
    const topic = await ctx.services.taxonomy.createTopic(
      {
        kind: 'person',
        names: { uk: { name: 'Олена Марчук', description: 'Директорка' }, ru: { name: 'Елена Марчук' }, en: { name: 'Olena Marchuk' } },
      },
      systemActor,
    )
    expect(topic.names).toEqual({
      uk: { name: 'Олена Марчук', slug: 'olena-marchuk', description: 'Директорка' },
      ru: { name: 'Елена Марчук', slug: 'elena-marchuk', description: '' },
      en: { name: 'Olena Marchuk', slug: 'olena-marchuk', description: '' },
    })
  })

  it('refuses a slug another topic of the same kind uses in that language, but allows it for another kind', async () => {
    await ctx.services.taxonomy.createTopic({ kind: 'tag', names: { uk: { name: 'Київ' } } }, systemActor)
    expect(await refusal(ctx.services.taxonomy.createTopic({ kind: 'tag', names: { uk: { name: 'Київ!' } } }, systemActor))).toMatchObject({
      kind: 'Conflict',
      key: 'topic_slug_taken',
      params: { slug: 'kyiv', locale: 'uk' },
    })
    const place = await ctx.services.taxonomy.createTopic({ kind: 'place', names: { uk: { name: 'Київ' } } }, systemActor)
    expect(place.names.uk?.slug).toBe('kyiv')
    expect(await ctx.services.taxonomy.listTopics('tag')).toHaveLength(1)
  })

  it('refuses a topic without a name in the default language, or in a language the site lacks', async () => {
    expect(await refusal(ctx.services.taxonomy.createTopic({ kind: 'tag', names: { en: { name: 'Energy' } } }, systemActor))).toMatchObject(
      {
        key: 'name_required',
        params: { locale: 'uk' },
      },
    )
    expect(
      await refusal(ctx.services.taxonomy.createTopic({ kind: 'tag', names: { uk: { name: 'x' }, de: { name: 'y' } } }, systemActor)),
    ).toMatchObject({
      key: 'locale_not_configured',
    })
    expect(
      await refusal(ctx.services.taxonomy.createTopic({ kind: 'tag', names: { uk: { name: 'x', slug: 'Bad Slug' } } }, systemActor)),
    ).toMatchObject({
      key: 'invalid_slug',
    })
  })

  it('updates one language and keeps the others, and lists sections in navigation order', async () => {
    const b = await ctx.services.taxonomy.createTopic(
      { kind: 'section', position: 2, names: { uk: { name: 'Спорт' }, en: { name: 'Sport' } } },
      systemActor,
    )
    await ctx.services.taxonomy.createTopic({ kind: 'section', position: 1, names: { uk: { name: 'Політика' } } }, systemActor)
    const updated = await ctx.services.taxonomy.updateTopic(
      b.id,
      { names: { en: { name: 'Sports', slug: 'sports' } }, position: 0 },
      systemActor,
    )
    expect(updated.names.uk?.name).toBe('Спорт')
    expect(updated.names.en).toEqual({ name: 'Sports', slug: 'sports', description: '' })
    expect((await ctx.services.taxonomy.listTopics('section')).map((s) => s.names.uk?.name)).toEqual(['Спорт', 'Політика'])
    expect(ctx.events.filter((e) => e.name === 'topic.updated')).toHaveLength(3)
  })

  it('keeps author slugs unique per language', async () => {
    await ctx.services.taxonomy.createAuthor({ names: { uk: { name: 'Оксана Гнатюк', bio: 'Оглядачка' } } }, systemActor)
    expect(await refusal(ctx.services.taxonomy.createAuthor({ names: { uk: { name: 'Оксана Гнатюк' } } }, systemActor))).toMatchObject({
      kind: 'Conflict',
      key: 'author_slug_taken',
    })
  })
})
