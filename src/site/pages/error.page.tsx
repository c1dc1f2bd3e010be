import { homePath } from '../../shared/addresses.js'
import type { PageContext } from './context.js'
import { renderDocument } from './frame.js'

/** "Page not found" (404) or "Story withdrawn" (410), in the reader's language, with a way on. */
export function errorPage(ctx: PageContext, status: 404 | 410, path: string): string {
  const { s, site, locale } = ctx
  const [title, text] = status === 410 ? [s.goneTitle, s.goneText] : [s.notFoundTitle, s.notFoundText]
  const alternates = Object.fromEntries(site.locales.map((l) => [l, homePath(site, l)]))
  return renderDocument(
    ctx,
    { title: `${title} — ${s.siteName}`, description: text, canonical: path, alternates, noindex: true },
    null,
    <div>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={homePath(site, locale)}>{s.goHome}</a>
      </p>
    </div>,
  )
}
