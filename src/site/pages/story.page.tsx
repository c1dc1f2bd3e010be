import { Fragment } from 'preact'
import { assembleBody } from '../../richtext/rendered-body.js'
import { absoluteUrl, authorPath, homePath, mediaUrl, storyPath, topicPath } from '../../shared/addresses.js'
import type { Topic } from '../../taxonomy/taxonomy.types.js'
import { bodyAddresses } from '../internal-links.js'
import { breadcrumbList, clip, newsArticle, ogLocale, shareImage } from '../seo.js'
import type { StoryPageData } from '../story.loader.js'
import type { Head, PageContext } from './context.js'
import { Hole, renderDocument } from './frame.js'
import { LatestList, LeadFigure, StoryCards, Time } from './parts.js'

const MINUTE = 60_000

/**
 * A story as DESIGN.md §1 describes it, top to bottom, with everything machines read. A preview
 * (the newsroom's) says so above the page and asks search engines not to index it.
 */
export function storyPage(ctx: PageContext, d: StoryPageData, options: { preview?: boolean } = {}): string {
  const { site, siteUrl, locale, s } = ctx
  const v = d.version
  const canonical = storyPath(site, locale, v.slug, v.storyId)
  const alternates = Object.fromEntries(
    site.locales.map((l) => {
      const other = d.versions.find((x) => x.locale === l)
      return [l, other ? storyPath(site, l, other.slug, other.storyId) : null]
    }),
  )
  const name = (t: { names: Record<string, { name: string }> }) => t.names[locale]?.name
  const sectionName = d.section && name(d.section)
  const description = v.seoDescription || v.lead || v.bodyText.slice(0, 200)
  const share = d.leadMedia && shareImage(d.leadMedia)
  const image = share && { ...share, url: absoluteUrl(siteUrl, mediaUrl(ctx.mediaRoot, share.key)) }
  const bodyHtml = assembleBody(d.body, bodyAddresses(site, locale, d.links, { mediaRoot: ctx.mediaRoot }))
  const publishedAt = v.publishedAt as string
  const updated = new Date(v.updatedAt).getTime() - new Date(publishedAt).getTime() > MINUTE
  const authors = d.authors.map((a) => ({
    name: a.names[locale]?.name ?? Object.values(a.names)[0]?.name ?? '',
    path: a.names[locale] && authorPath(site, locale, a.names[locale].slug),
  }))
  const url = absoluteUrl(siteUrl, canonical)

  const head: Head = {
    title: `${v.seoTitle || v.headline} — ${s.siteName}`,
    description,
    canonical,
    alternates,
    ...(options.preview && { noindex: true, notice: s.previewNotice }),
    meta: [
      ['og:type', 'article'],
      ['og:site_name', s.siteName],
      ['og:title', v.headline],
      ['og:description', description],
      ['og:url', url],
      ['og:locale', ogLocale(locale)],
      ...d.versions.filter((x) => x.locale !== locale).map((x): [string, string] => ['og:locale:alternate', ogLocale(x.locale)]),
      ...(image
        ? ([
            ['og:image', image.url],
            ['og:image:width', String(image.width)],
            ['og:image:height', String(image.height)],
            ['og:image:alt', d.leadMedia?.texts[locale]?.alt ?? ''],
          ] as [string, string][])
        : []),
      ['article:published_time', publishedAt],
      ['article:modified_time', v.updatedAt],
      ...(sectionName ? ([['article:section', sectionName]] as [string, string][]) : []),
      ...d.topics.filter((t) => t.kind === 'tag').map((t): [string, string] => ['article:tag', name(t) ?? '']),
      ['twitter:card', image ? 'summary_large_image' : 'summary'],
      ['twitter:title', v.headline],
      ['twitter:description', description],
      ...(image ? ([['twitter:image', image.url]] as [string, string][]) : []),
    ],
    jsonLd: [
      newsArticle({
        url,
        headline: v.headline,
        description,
        image: image ? [image.url] : [],
        datePublished: v.firstPublishedAt ?? publishedAt,
        dateModified: v.updatedAt,
        authors: authors.map((a) => ({ name: a.name, url: absoluteUrl(siteUrl, a.path ?? homePath(site, locale)) })),
        ...(sectionName && { section: sectionName }),
        keywords: d.topics.map(name).filter((x): x is string => Boolean(x)),
        locale,
        publisher: { name: s.siteName, url: absoluteUrl(siteUrl, homePath(site, locale)), logo: absoluteUrl(siteUrl, ctx.logoPath) },
      }),
      breadcrumbList([
        { name: s.siteName, url: absoluteUrl(siteUrl, homePath(site, locale)) },
        ...(d.section?.names[locale]
          ? [
              {
                name: d.section.names[locale].name,
                url: absoluteUrl(siteUrl, topicPath(site, locale, 'section', d.section.names[locale].slug)),
              },
            ]
          : []),
        { name: clip(v.headline, 110), url },
      ]),
    ],
  }

  const topicGroups: [string, Topic[]][] = [
    [s.tags, d.topics.filter((t) => t.kind === 'tag')],
    [s.people, d.topics.filter((t) => t.kind === 'person')],
    [s.organisations, d.topics.filter((t) => t.kind === 'organisation')],
    [s.places, d.topics.filter((t) => t.kind === 'place')],
  ]

  return renderDocument(
    ctx,
    head,
    d.section?.id ?? null,
    <div class="layout">
      <article>
        <nav class="breadcrumbs" aria-label={s.breadcrumbs}>
          <ol>
            <li>
              <a href={homePath(site, locale)}>{s.siteName}</a>
            </li>
            {d.section?.names[locale] ? (
              <li>
                <a href={topicPath(site, locale, 'section', d.section.names[locale].slug)}>{d.section.names[locale].name}</a>
              </li>
            ) : null}
          </ol>
        </nav>
        <h1>
          {d.isBreaking ? <span class="flag">{s.breaking}</span> : d.isImportant ? <span class="flag">{s.important}</span> : null}
          {v.headline}
        </h1>
        <p class="meta">
          {authors.length ? (
            <>
              {s.by}{' '}
              {authors.map((a, i) => (
                <Fragment key={a.name}>
                  {i > 0 ? ', ' : ''}
                  {a.path ? <a href={a.path}>{a.name}</a> : a.name}
                </Fragment>
              ))}
              {' · '}
            </>
          ) : null}
          {s.published} <Time iso={publishedAt} ctx={ctx} />
          {updated ? (
            <>
              {' · '}
              {s.updated} <Time iso={v.updatedAt} ctx={ctx} />
            </>
          ) : null}
        </p>
        {d.leadMedia ? <LeadFigure media={d.leadMedia} ctx={ctx} /> : null}
        {v.lead ? <p class="lead">{v.lead}</p> : null}
        {/* The body our escaping renderer produced on save: the one raw-HTML spot. */}
        <div class="body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        <div class="topic-groups">
          {topicGroups.map(([label, topics]) =>
            topics.length ? (
              <nav aria-label={label} key={label}>
                <ul class="topics">
                  {topics.map((t) =>
                    t.names[locale] ? (
                      <li key={t.id}>
                        <a href={topicPath(site, locale, t.kind, t.names[locale].slug)}>{t.names[locale].name}</a>
                      </li>
                    ) : null,
                  )}
                </ul>
              </nav>
            ) : null,
          )}
        </div>
        {d.related.length ? (
          <section aria-labelledby="read-also">
            <h2 id="read-also">{s.readAlso}</h2>
            <StoryCards cards={d.related} media={d.cardMedia} ctx={ctx} grid />
          </section>
        ) : null}
      </article>
      {ctx.holes ? <Hole name="latest" /> : <LatestList cards={d.latest} ctx={ctx} />}
    </div>,
  )
}
