import { type ComponentChildren, h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { absoluteUrl, homePath, pagePath, searchPath, topicPath } from '../../shared/addresses.js'
import { languageLabel } from '../strings.js'
import type { Head, PageContext } from './context.js'

/**
 * The page around every public view: <head> for machines (canonical, hreflang, OpenGraph,
 * JSON-LD, feeds) and the chrome for people (masthead, language switcher, sections, footer).
 * Preact escapes every text and attribute; JSON-LD is serialised with `<` escaped.
 */
export function renderDocument(ctx: PageContext, head: Head, activeSectionId: string | null, body: ComponentChildren): string {
  const { s, locale, site, siteUrl } = ctx
  const available = Object.entries(head.alternates).filter((e): e is [string, string] => e[1] !== null)
  const xDefault = head.alternates[site.defaultLocale] ?? available[0]?.[1]
  return `<!DOCTYPE html>${renderToString(
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={absoluteUrl(siteUrl, head.canonical)} />
        {available.map(([l, path]) => (
          <link rel="alternate" hreflang={l} href={absoluteUrl(siteUrl, path)} key={l} />
        ))}
        {xDefault ? <link rel="alternate" hreflang="x-default" href={absoluteUrl(siteUrl, xDefault)} /> : null}
        {(head.feeds ?? []).map((f) => (
          <link rel="alternate" type={f.type} title={f.title} href={absoluteUrl(siteUrl, f.href)} key={f.href} />
        ))}
        {(head.meta ?? []).map(([name, content]) =>
          name.startsWith('og:') || name.startsWith('article:') ? (
            <meta property={name} content={content} key={`${name}${content}`} />
          ) : (
            <meta name={name} content={content} key={`${name}${content}`} />
          ),
        )}
        <link rel="stylesheet" href={ctx.cssPath} />
        <link rel="icon" type="image/png" href={ctx.logoPath} />
        {(head.jsonLd ?? []).map((data, i) => (
          // JSON we build, with "<" escaped so it cannot close the script
          <script type="application/ld+json" key={i} dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />
        ))}
      </head>
      <body>
        {head.notice ? (
          <p class="page-notice" role="note">
            {head.notice}
          </p>
        ) : null}
        <a class="skip" href="#content">
          {s.skipToContent}
        </a>
        <header class="masthead">
          <div class="wrap">
            <a class="brand" href={homePath(site, locale)}>
              {s.siteName}
            </a>
            {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for some validators and readers; role="search" on the form is equivalent */}
            <form class="search" role="search" action={searchPath(site, locale)} method="get">
              <input type="search" name="q" aria-label={s.searchLabel} placeholder={s.searchLabel} maxLength={200} />
              <button type="submit">{s.searchButton}</button>
            </form>
            <LanguageSwitcher ctx={ctx} alternates={head.alternates} />
          </div>
        </header>
        {ctx.holes ? <Hole name="sections" /> : <SectionsMenu ctx={ctx} activeSectionId={activeSectionId} />}
        <main id="content">
          <div class="wrap">{body}</div>
        </main>
        <footer>
          <div class="wrap">
            {ctx.holes ? <Hole name="footer" /> : <FooterMenu ctx={ctx} />}
            <p>{s.footer}</p>
          </div>
        </footer>
      </body>
    </html>,
  )}`
}

/** UA EN RU: each language links to this page in it; one without it is shown, not linked. */
function LanguageSwitcher({ ctx, alternates }: { ctx: PageContext; alternates: Head['alternates'] }) {
  return (
    <nav aria-label={ctx.s.languages}>
      <ul class="langs">
        {ctx.site.locales.map((l) => {
          const path = alternates[l]
          const label = languageLabel(l)
          if (l === ctx.locale) {
            return (
              <li key={l}>
                <a href={path ?? homePath(ctx.site, l)} aria-current="page" lang={l} hreflang={l}>
                  {label}
                </a>
              </li>
            )
          }
          return (
            <li key={l}>
              {path ? (
                <a href={path} lang={l} hreflang={l}>
                  {label}
                </a>
              ) : (
                <span class="unavailable" title={ctx.s.noVersion}>
                  {label}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/** The sections menu; rendered on its own for pages stored with a hole where it goes (story-page-parts.ts). */
export function SectionsMenu({ ctx, activeSectionId }: { ctx: PageContext; activeSectionId: string | null }) {
  const { s, site, locale } = ctx
  return (
    <nav class="sections" aria-label={s.sections}>
      <ul>
        {ctx.sections.map((section) => {
          const name = section.names[locale]
          if (!name) return null
          return (
            <li key={section.id}>
              <a href={topicPath(site, locale, 'section', name.slug)} aria-current={section.id === activeSectionId ? 'page' : undefined}>
                {name.name}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/** Links to the site's pages (About us, Contacts…) in the footer's order; rendered on its own for stored pages too. */
export function FooterMenu({ ctx }: { ctx: PageContext }) {
  if (ctx.footer.length === 0) return null
  return (
    <nav class="footer-pages" aria-label={ctx.s.aboutSite}>
      <ul>
        {ctx.footer.map((p) => (
          <li key={p.slug}>
            <a href={pagePath(ctx.site, ctx.locale, p.slug)}>{p.headline}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export type HoleName = 'sections' | 'latest' | 'footer'

/**
 * Where a stored page takes what every page shares and changes with every publish (the menu,
 * the latest news), filled in when the page is served. Text and attributes are escaped, so no
 * story's words can make this element: it appears only where a page puts it.
 */
export const Hole = ({ name }: { name: HoleName }) => h('vistka-hole', { 'data-name': name })

/** The markup of a hole, as the stored page holds it. */
export const holeMarkup = (name: HoleName): string => renderToString(<Hole name={name} />)
