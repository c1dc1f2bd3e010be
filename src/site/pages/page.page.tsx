import type { RenderedBody } from '../../richtext/rendered-body.js'
import { assembleBody } from '../../richtext/rendered-body.js'
import { pagePath } from '../../shared/addresses.js'
import type { StoryVersion } from '../../stories/story.types.js'
import { bodyAddresses, type LinkTarget } from '../internal-links.js'
import { ogLocale } from '../seo.js'
import type { Head, PageContext } from './context.js'
import { renderDocument } from './frame.js'

export interface PagePageData {
  version: StoryVersion
  /** Every public language version of the page: the switcher and hreflang. */
  versions: { locale: string; slug: string }[]
  body: RenderedBody
  links: LinkTarget[]
}

/** A page (About us, Contacts): its title, lead and text in the site's frame; no byline, date or "read also". */
export function pagePage(ctx: PageContext, d: PagePageData): string {
  const { site, locale, s } = ctx
  const v = d.version
  const alternates = Object.fromEntries(
    site.locales.map((l) => {
      const other = d.versions.find((x) => x.locale === l)
      return [l, other ? pagePath(site, l, other.slug) : null]
    }),
  )
  const description = v.seoDescription || v.lead || v.bodyText.slice(0, 200)
  const head: Head = {
    title: `${v.seoTitle || v.headline} — ${s.siteName}`,
    description,
    canonical: pagePath(site, locale, v.slug),
    alternates,
    meta: [
      ['og:type', 'website'],
      ['og:site_name', s.siteName],
      ['og:title', v.headline],
      ['og:description', description],
      ['og:locale', ogLocale(locale)],
    ],
  }
  const bodyHtml = assembleBody(d.body, bodyAddresses(site, locale, d.links, { mediaRoot: ctx.mediaRoot }))
  return renderDocument(
    ctx,
    head,
    null,
    <article class="story site-page">
      <h1>{v.headline}</h1>
      {v.lead ? <p class="lead">{v.lead}</p> : null}
      {/* The body is the renderer's output from a validated document (richtext/render-html.ts), never stored HTML. */}
      <div class="body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </article>,
  )
}
