import type { ChildNode, Element } from 'domhandler'
import { ElementType } from 'htmlparser2'
import { recogniseEmbed } from '../shared/embeds.js'
import type { Embed } from '../shared/richtext-document.js'

/**
 * An embed node for a provider's link, or for the player address WordPress saved in place of it
 * (YouTube's no-cookie player, Vimeo's player, Facebook's plugin); undefined for anything
 * recogniseEmbed would refuse. Old posts link over http and protocol-relative; the providers
 * all serve https now.
 */
export function embedNode(raw: string | undefined): Embed | undefined {
  let s = raw?.trim()
  if (!s) return undefined
  if (s.startsWith('//')) s = `https:${s}`
  else if (s.startsWith('http://')) s = `https://${s.slice(7)}`
  s = s
    .replace(/^https:\/\/(www\.)?youtube-nocookie\.com\//, 'https://www.youtube.com/')
    .replace(/^https:\/\/player\.vimeo\.com\/video\//, 'https://vimeo.com/')
  if (/^https:\/\/(www\.)?facebook\.com\/plugins\//.test(s)) {
    const href = URL.parse(s)?.searchParams.get('href')
    return href ? embedNode(href) : undefined
  }
  const embed = recogniseEmbed(s)
  return embed ? { type: 'embed', attrs: { url: embed.url } } : undefined
}

const WIDGET_QUOTE = /\b(twitter-tweet|twitter-video|instagram-media|tiktok-embed)\b/

/**
 * The embed a provider's pasted embed code stands for: a tweet, an Instagram post or a TikTok is a
 * blockquote of the post's text with a link to it (their script turns it into a player).
 */
export function widgetEmbed(quote: Element): Embed | undefined {
  if (!WIDGET_QUOTE.test(quote.attribs.class ?? '')) return undefined
  const candidates = [quote.attribs['data-instgrm-permalink'], quote.attribs.cite]
  const links: string[] = []
  const stack: ChildNode[] = [...quote.children]
  while (stack.length) {
    const n = stack.pop()
    if (n?.type !== ElementType.Tag) continue
    if (n.name === 'a' && n.attribs.href) links.push(n.attribs.href)
    stack.push(...n.children)
  }
  // the post's own link comes last in the markup (after the text, which may link elsewhere)
  for (const url of [...candidates, ...links]) {
    const embed = embedNode(url)
    if (embed) return embed
  }
  return undefined
}

/** Telegram's widget script names the post it shows: `data-telegram-post="channel/123"`. */
export function telegramEmbed(script: Element): Embed | undefined {
  const post = script.attribs['data-telegram-post']
  return post ? embedNode(`https://t.me/${post}`) : undefined
}

/** Scripts that only load a provider's player for an embed we keep as an embed node. */
export const isEmbedLoader = (src: string) =>
  /^(https?:)?\/\/([\w-]+\.)*(platform\.twitter\.com|instagram\.com|tiktok\.com|telegram\.org|connect\.facebook\.net)\//.test(src)
