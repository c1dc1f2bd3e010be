/**
 * Counts failed sign-ins per account and per address in a sliding window. In memory: each
 * server process keeps its own counts (a limit per process, which is still a limit).
 */
export interface ThrottleRule {
  max: number
  windowMs: number
}

export function createLoginThrottle(rules: { account: ThrottleRule; address: ThrottleRule }, now: () => number = Date.now) {
  const failures = new Map<string, number[]>()

  const recent = (key: string, windowMs: number) => {
    const since = now() - windowMs
    const times = (failures.get(key) ?? []).filter((t) => t > since)
    if (times.length) failures.set(key, times)
    else failures.delete(key)
    return times
  }
  /** Seconds until the key may try again; 0 when it may try now. */
  const wait = (key: string, rule: ThrottleRule) => {
    const times = recent(key, rule.windowMs)
    if (times.length < rule.max) return 0
    return Math.max(1, Math.ceil(((times[times.length - rule.max] as number) + rule.windowMs - now()) / 1000))
  }

  return {
    /** Seconds to wait before this account may try again from this address (0: go ahead). */
    retryAfter(account: string, address: string): number {
      return Math.max(wait(`a:${account}`, rules.account), wait(`ip:${address}`, rules.address))
    },
    recordFailure(account: string, address: string): void {
      for (const key of [`a:${account}`, `ip:${address}`]) failures.set(key, [...(failures.get(key) ?? []), now()])
    },
    /** A successful sign-in clears the account's count (not the address's). */
    recordSuccess(account: string): void {
      failures.delete(`a:${account}`)
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
