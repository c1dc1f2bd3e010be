import type { FastifyInstance } from 'fastify'

export interface HttpRequest {
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  headers?: Record<string, string>
  cookies?: Record<string, string>
  /** An object is sent as JSON; a Buffer or string as it is (set the content-type header). */
  payload?: object | Buffer | string
}

export interface HttpResponse {
  statusCode: number
  body: string
  headers: Record<string, string>
  cookies: { name: string; value: string }[]
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of every shape, as app.inject's json() does
  json(): any
}

const addresses = new WeakMap<FastifyInstance, Promise<string>>()

/** The app's address on 127.0.0.1, listening on a free port from the first request on. */
export function httpAddress(app: FastifyInstance): Promise<string> {
  let base = addresses.get(app)
  if (!base) {
    base = app.listen({ host: '127.0.0.1', port: 0 })
    addresses.set(app, base)
  }
  return base
}

/**
 * A request over a real socket to the app (Node's HTTP parser, real headers and cookies), with the
 * same options and response fields the tests would use with app.inject.
 */
export async function overHttp(app: FastifyInstance, req: HttpRequest): Promise<HttpResponse> {
  const headers: Record<string, string> = { ...req.headers }
  const cookies = Object.entries(req.cookies ?? {})
  if (cookies.length > 0) headers.cookie = cookies.map(([name, value]) => `${name}=${value}`).join('; ')
  let body: string | Buffer | undefined
  if (req.payload !== undefined) {
    if (typeof req.payload === 'string' || Buffer.isBuffer(req.payload)) body = req.payload
    else {
      body = JSON.stringify(req.payload)
      headers['content-type'] ??= 'application/json'
    }
  }
  const res = await fetch(`${await httpAddress(app)}${req.url}`, {
    method: req.method ?? 'GET',
    headers,
    redirect: 'manual',
    ...(body !== undefined && { body: new Uint8Array(Buffer.from(body)) }),
  })
  const text = await res.text()
  const setCookies = res.headers.getSetCookie()
  const responseHeaders: Record<string, string> = {}
  res.headers.forEach((value, name) => {
    responseHeaders[name] = value
  })
  return {
    statusCode: res.status,
    body: text,
    headers: { ...responseHeaders, ...(setCookies.length > 0 && { 'set-cookie': setCookies.join(', ') }) },
    cookies: setCookies.map((c) => {
      const [pair = ''] = c.split(';')
      const eq = pair.indexOf('=')
      return { name: pair.slice(0, eq), value: decodeURIComponent(pair.slice(eq + 1)) }
    }),
    json: () => JSON.parse(text),
  }
}
