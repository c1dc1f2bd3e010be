/** Providers whose links may be embedded in a story, and how each is shown. */
export type EmbedProvider = 'youtube' | 'vimeo' | 'x' | 'telegram' | 'instagram' | 'facebook' | 'tiktok'

export interface RecognisedEmbed {
  provider: EmbedProvider
  url: string
  /** Player address for providers we show in an iframe; the others render as a link card. */
  playerUrl?: string
}

export const EMBED_PROVIDERS: readonly EmbedProvider[] = ['youtube', 'vimeo', 'x', 'telegram', 'instagram', 'facebook', 'tiktok']

/** Each provider's own name, the same in every language. */
export const EMBED_PROVIDER_NAMES: Readonly<Record<EmbedProvider, string>> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  x: 'X',
  telegram: 'Telegram',
  instagram: 'Instagram',
  facebook: 'Facebook',
  tiktok: 'TikTok',
}

const hostOf = (url: URL) => url.hostname.replace(/^(www\.|m\.|mobile\.)/, '')
const VIDEO_ID = /^[A-Za-z0-9_-]{6,20}$/

/** Recognises an https URL of a known provider; undefined for anything else. */
export function recogniseEmbed(raw: string): RecognisedEmbed | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined
  const host = hostOf(url)
  const path = url.pathname.split('/').filter(Boolean)
  const href = url.href
  switch (host) {
    case 'youtube.com': {
      const id = path[0] === 'watch' ? url.searchParams.get('v') : path[0] === 'shorts' || path[0] === 'embed' ? path[1] : undefined
      return id && VIDEO_ID.test(id)
        ? { provider: 'youtube', url: href, playerUrl: `https://www.youtube-nocookie.com/embed/${id}` }
        : undefined
    }
    case 'youtu.be': {
      const id = path[0]
      return id && VIDEO_ID.test(id)
        ? { provider: 'youtube', url: href, playerUrl: `https://www.youtube-nocookie.com/embed/${id}` }
        : undefined
    }
    case 'vimeo.com': {
      const id = path[0]
      return id && /^\d{1,12}$/.test(id) ? { provider: 'vimeo', url: href, playerUrl: `https://player.vimeo.com/video/${id}` } : undefined
    }
    case 'x.com':
    case 'twitter.com':
      return path.length >= 3 && path[1] === 'status' && /^\d+$/.test(path[2] ?? '') ? { provider: 'x', url: href } : undefined
    case 't.me':
      return path.length === 2 && /^\d+$/.test(path[1] ?? '') ? { provider: 'telegram', url: href } : undefined
    case 'instagram.com':
      return (path[0] === 'p' || path[0] === 'reel') && path[1] ? { provider: 'instagram', url: href } : undefined
    case 'facebook.com':
      return path.length >= 2 ? { provider: 'facebook', url: href } : undefined
    case 'tiktok.com':
      return path[0]?.startsWith('@') && path[1] === 'video' && /^\d+$/.test(path[2] ?? '') ? { provider: 'tiktok', url: href } : undefined
    default:
      return undefined
  }
}
