import type { ComponentChildren } from 'preact'
import { renderToString } from 'preact-render-to-string'

const CSS = `body{font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1f;background:#fff}
main,header{max-width:760px;margin:0 auto;padding:0 16px}header{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #ddd;padding-top:12px;padding-bottom:12px}
a{color:#0b57a4}h1{line-height:1.2}.lead{font-size:1.15em;font-weight:500}.meta{color:#555;font-size:.9em}
nav.langs a,nav.langs span{margin-left:.6em;font-weight:600;text-decoration:none}nav.langs [aria-current]{color:#1b1b1f;border-bottom:2px solid}nav.langs .unavailable{color:#999}
figure{margin:1.2em 0}img{max-width:100%;height:auto}figcaption{color:#555;font-size:.9em}figure.quote{border-left:4px solid #0b57a4;padding-left:1em}
li{margin:.3em 0}@media (prefers-color-scheme:dark){body{background:#141417;color:#e8e8ea}a{color:#7db4ff}.meta,figcaption{color:#aaa}nav.langs [aria-current]{color:#e8e8ea}}`

/** The interim page frame, until the public site lands; text is escaped by Preact. */
export function renderPage(props: { lang: string; title: string; header: ComponentChildren; children: ComponentChildren }): string {
  return `<!doctype html>${renderToString(
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {/* Our own constant stylesheet: nothing user-supplied, so it may go in unescaped. */}
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>{props.header}</header>
        <main>{props.children}</main>
      </body>
    </html>,
  )}`
}
