import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Role, systemActor } from '../shared/roles.js'
import { signInAs } from '../testing/admin-client.js'
import { makeStory } from '../testing/factories.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('taxonomy admin API on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const as = async (role: Role) => (await signInAs(t, role)).call

  it('lets editors manage topics and refuses authors', async () => {
    const editor = await as('editor')
    const author = await as('author')
    const created = await editor('POST', '/topics', { kind: 'tag', names: { uk: { name: 'Енергетика' }, en: { name: 'Energy' } } })
    expect(created.statusCode).toBe(201)
    expect(created.json().names.uk).toEqual({ name: 'Енергетика', slug: 'enerhetyka', description: '' })
    expect((await author('POST', '/topics', { kind: 'tag', names: { uk: { name: 'X' } } })).statusCode).toBe(403)
    expect((await author('GET', '/topics?kind=tag')).json()).toHaveLength(1)
    const renamed = await editor('PUT', `/topics/${created.json().id}`, { names: { en: { name: 'Power', slug: 'power' } } })
    expect(renamed.json().names).toMatchObject({ uk: { slug: 'enerhetyka' }, en: { name: 'Power', slug: 'power' } })
  })

  it('refuses a slug another topic of the kind uses in that language with 409', async () => {
    const editor = await as('editor')
    await editor('POST', '/topics', { kind: 'tag', names: { uk: { name: 'Київ' } } })
    const clash = await editor('POST', '/topics', { kind: 'tag', names: { uk: { name: 'Київська', slug: 'kyiv' } } })
    expect(clash.statusCode).toBe(409)
    expect(clash.json().error.code).toBe('topic_slug_taken')
    expect((await editor('POST', '/topics', { kind: 'place', names: { uk: { name: 'Київ' } } })).statusCode).toBe(201)
  })

  it('merges one tag into another: stories keep their tags, the merged one goes', async () => {
    const editor = await as('editor')
    const a = (await editor('POST', '/topics', { kind: 'tag', names: { uk: { name: 'Електрика' } } })).json()
    const b = (await editor('POST', '/topics', { kind: 'tag', names: { uk: { name: 'Енергетика' } } })).json()
    const onlyA = await makeStory(t.services, { topicIds: [a.id] })
    const both = await makeStory(t.services, { topicIds: [a.id, b.id] })
    const merged = await editor('POST', `/topics/${a.id}/merge`, { into: b.id })
    expect(merged.statusCode).toBe(200)
    expect((await t.services.stories.getStory(onlyA.story.id)).story.topicIds).toEqual([b.id])
    expect((await t.services.stories.getStory(both.story.id)).story.topicIds).toEqual([b.id])
    expect((await editor('GET', '/topics?kind=tag')).json().map((x: { id: string }) => x.id)).toEqual([b.id])
    expect((await editor('POST', `/topics/${b.id}/merge`, { into: b.id })).json().error.code).toBe('merge_into_itself')
    const section = (await editor('POST', '/topics', { kind: 'section', names: { uk: { name: 'Спорт' } } })).json()
    expect((await editor('POST', `/topics/${b.id}/merge`, { into: section.id })).statusCode).toBe(400)
  })

  it('deletes a topic: its stories lose the tag or section and nothing else', async () => {
    const editor = await as('editor')
    const tag = (await editor('POST', '/topics', { kind: 'tag', names: { uk: { name: 'Тимчасовий' } } })).json()
    const keep = (await editor('POST', '/topics', { kind: 'tag', names: { uk: { name: 'Постійний' } } })).json()
    const section = (await editor('POST', '/topics', { kind: 'section', names: { uk: { name: 'Розділ' } } })).json()
    const { story } = await makeStory(t.services, { topicIds: [tag.id, keep.id], sectionId: section.id })
    expect((await editor('DELETE', `/topics/${tag.id}`)).statusCode).toBe(204)
    expect((await editor('DELETE', `/topics/${section.id}`)).statusCode).toBe(204)
    expect((await t.services.stories.getStory(story.id)).story).toMatchObject({ topicIds: [keep.id], sectionId: null })
    expect((await editor('DELETE', `/topics/${tag.id}`)).statusCode).toBe(404)
    expect((await (await as('author'))('DELETE', `/topics/${keep.id}`)).statusCode).toBe(403)
  })

  it('creates and renames authors with unique slugs per language', async () => {
    const editor = await as('editor')
    const created = await editor('POST', '/authors', {
      names: { uk: { name: 'Оксана Гнатюк', bio: 'Оглядачка' }, en: { name: 'Oksana Hnatiuk' } },
    })
    expect(created.statusCode).toBe(201)
    const other = await editor('POST', '/authors', { names: { uk: { name: 'Дмитро Кравець' } } })
    const clash = await editor('PUT', `/authors/${other.json().id}`, { names: { uk: { name: 'Дмитро', slug: 'oksana-hnatiuk' } } })
    expect(clash.statusCode).toBe(409)
    expect((await editor('GET', '/authors')).json()).toHaveLength(2)
  })

  it('reads one topic or author, and deletes an author unless a published story carries their byline', async () => {
    const editor = await as('editor')
    const tag = (await editor('POST', '/topics', { kind: 'tag', names: { uk: { name: 'Енергетика' } } })).json()
    expect((await editor('GET', `/topics/${tag.id}`)).json()).toMatchObject({ id: tag.id, kind: 'tag' })
    const onDraft = (await editor('POST', '/authors', { names: { uk: { name: 'Ірина Чернетка' } } })).json()
    const onPublished = (await editor('POST', '/authors', { names: { uk: { name: 'Петро Друкований' } } })).json()
    expect((await editor('GET', `/authors/${onDraft.id}`)).json()).toMatchObject({
      id: onDraft.id,
      names: { uk: { name: 'Ірина Чернетка' } },
    })
    const draft = await makeStory(t.services, { authorIds: [onDraft.id] })
    const live = await makeStory(t.services, { authorIds: [onPublished.id] })
    await t.services.stories.transition(live.version.id, { to: 'published' }, systemActor)
    const refused = await editor('DELETE', `/authors/${onPublished.id}`)
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'author_has_published_stories'])
    expect((await (await as('author'))('DELETE', `/authors/${onDraft.id}`)).statusCode).toBe(403)
    expect((await editor('DELETE', `/authors/${onDraft.id}`)).statusCode).toBe(204)
    expect((await t.services.stories.getStory(draft.story.id)).story.authorIds).toEqual([])
    expect((await editor('GET', `/authors/${onDraft.id}`)).statusCode).toBe(404)
    expect((await editor('DELETE', `/authors/${onDraft.id}`)).statusCode).toBe(404)
  })

  it.each([
    ['an unknown kind', { kind: 'planet', names: { uk: { name: 'X' } } }],
    ['no names', { kind: 'tag' }],
    ['a name without text', { kind: 'tag', names: { uk: {} } }],
    ['an unknown field', { kind: 'tag', names: { uk: { name: 'X', colour: 'red' } } }],
    ['a language the site lacks', { kind: 'tag', names: { uk: { name: 'X' }, de: { name: 'Y' } } }],
    ['a bad slug', { kind: 'tag', names: { uk: { name: 'X', slug: 'Not A Slug' } } }],
  ])('answers %s with a 400', async (_label, payload) => {
    const editor = await as('editor')
    const res = await editor('POST', '/topics', payload)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.message).toMatch(/\w/)
  })
})
