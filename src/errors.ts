import type { MessageKey, MessageParams } from './i18n/messages.js'

/** What went wrong, in the domain's words. Only src/http/errors.ts turns a kind into a status. */
export type ErrorKind = 'Invalid' | 'Unauthenticated' | 'Forbidden' | 'NotFound' | 'Conflict' | 'TooLarge' | 'RateLimited' | 'Busy'

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(`${key}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`)
    this.name = kind
  }
}

export class Invalid extends DomainError {
  constructor(key: MessageKey, params?: MessageParams) {
    super('Invalid', key, params)
  }
}
export class Forbidden extends DomainError {
  constructor(key: MessageKey, params?: MessageParams) {
    super('Forbidden', key, params)
  }
}
export class NotFound extends DomainError {
  constructor(key: MessageKey, params?: MessageParams) {
    super('NotFound', key, params)
  }
}
export class Conflict extends DomainError {
  constructor(
    key: MessageKey,
    params?: MessageParams,
    /** What the thing is now, sent with the refusal so the client can show it without asking again. */
    readonly current?: object,
  ) {
    super('Conflict', key, params)
  }
}
/** Nobody (valid) is signed in. */
export class Unauthenticated extends DomainError {
  constructor(key: MessageKey, params?: MessageParams) {
    super('Unauthenticated', key, params)
  }
}
/** Too many attempts; `params.seconds` says when to try again. */
export class RateLimited extends DomainError {
  constructor(key: MessageKey, params: MessageParams & { seconds: number }) {
    super('RateLimited', key, params)
  }
}
/** An upload or body over its size limit. */
export class TooLarge extends DomainError {
  constructor(key: MessageKey, params?: MessageParams) {
    super('TooLarge', key, params)
  }
}
