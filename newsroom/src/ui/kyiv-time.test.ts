import { describe, expect, it } from 'vitest'
import { formatKyiv, fromKyivLocal, toKyivLocal } from './kyiv-time.js'

describe('Kyiv time in the newsroom', () => {
  it('reads a winter and a summer wall-clock time with the right offset', () => {
    expect(fromKyivLocal('2026-12-02T09:15')?.toISOString()).toBe('2026-12-02T07:15:00.000Z')
    expect(fromKyivLocal('2026-07-01T09:15')?.toISOString()).toBe('2026-07-01T06:15:00.000Z')
  })

  it('round-trips a moment through the picker’s format', () => {
    const at = new Date('2026-03-29T05:30:00.000Z') // the morning after the spring change
    expect(fromKyivLocal(toKyivLocal(at))?.toISOString()).toBe(at.toISOString())
  })

  it('refuses what is not a date-time', () => {
    expect(fromKyivLocal('tomorrow')).toBeNull()
  })

  it('shows the time in Kyiv whatever the machine’s zone', () => {
    expect(formatKyiv('2026-12-02T07:15:00.000Z', 'en-GB')).toContain('09:15')
  })
})
