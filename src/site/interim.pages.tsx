import { formatDateTime } from '../i18n/dates.js'
import type { StoryVersionRow } from '../stories/story.table.js'
import { renderPage } from './layout.js'
import type { StoryListItem } from './public-stories.repository.js'
import { languageLabel, stringsFor } from './strings.js'
import { homePath, type LocaleSettings, storyPath } from './urls.js'

interface Ctx {
  site: LocaleSettings
  timezone: string
}

/** Interim home page: the latest stories in each language. The public-site issue replaces it. */
export function homePage(ctx: Ctx, latest: { locale: string; stories: StoryListItem[] }[]): string {
  const s = stringsFor(ctx.site.defaultLocale)
  return renderPage({
    lang: ctx.site.defaultLocale,
    title: `${s.siteName} — ${s.interim}`,
    header: <strong>{s.siteName}</strong>,
    children: latest.map(({ locale, stories }) => {
      const ls = stringsFor(locale)
      return (
        <section lang={locale} id={locale} key={locale}>
          <h2>
            {ls.latest} · {languageLabel(locale)}
          </h2>
          {stories.length === 0 ? <p>{ls.noStories}</p> : null}
          <ul>
            {stories.map((story) => (
              <li key={story.storyId}>
                <a href={storyPath(ctx.site, locale, story.slug, story.storyId)}>{story.headline}</a>{' '}
                <span class="meta">{formatDateTime(story.publishedAt, locale, ctx.timezone)}</span>
              </li>
            ))}
          </ul>
        </section>
      )
    }),
  })
}

/** Interim story page: headline, lead, the stored body and a language switcher. */
export function storyPage(ctx: Ctx, version: StoryVersionRow, all: StoryVersionRow[]): string {
  const s = stringsFor(version.locale)
  const switcher = (
    <nav class="langs" aria-label={s.languages}>
      {ctx.site.locales.map((locale) => {
        const v = all.find((x) => x.locale === locale)
        if (locale === version.locale)
          return (
            <a href={storyPath(ctx.site, locale, version.slug, version.story_id)} aria-current="page" lang={locale} key={locale}>
              {languageLabel(locale)}
            </a>
          )
        if (!v)
          return (
            <span class="unavailable" key={locale}>
              {languageLabel(locale)}
            </span>
          )
        return (
          <a href={storyPath(ctx.site, locale, v.slug, v.story_id)} hreflang={locale} lang={locale} key={locale}>
            {languageLabel(locale)}
          </a>
        )
      })}
    </nav>
  )
  return renderPage({
    lang: version.locale,
    title: `${version.headline} — ${s.siteName}`,
    header: (
      <>
        <a href={homePath(ctx.site, ctx.site.defaultLocale)}>{s.siteName}</a>
        {switcher}
      </>
    ),
    children: (
      <article>
        <h1>{version.headline}</h1>
        <p class="meta">
          {s.published}: {formatDateTime(version.published_at as string, version.locale, ctx.timezone)}
        </p>
        {version.lead ? <p class="lead">{version.lead}</p> : null}
        {/* The one raw-HTML spot: the body our escaping renderer produced on save. */}
        <div class="body" dangerouslySetInnerHTML={{ __html: version.body_html }} />
      </article>
    ),
  })
}
