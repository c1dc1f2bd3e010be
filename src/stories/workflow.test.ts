import { describe, expect, it } from 'vitest'
import { Conflict } from '../errors.js'
import { TRANSITIONS, VERSION_STATUSES, type VersionStatus } from '../shared/workflow.js'
import { isPubliclyVisible, planTransition, type TransitionRequest, visibleFrom } from './workflow.js'

const NOW = '2026-11-24T08:00:00.000Z'
const LATER = '2026-11-24T12:00:00.000Z'

const state = (status: VersionStatus) => ({
  status,
  scheduledAt: status === 'scheduled' ? LATER : null,
  publishedAt: status === 'published' || status === 'unpublished' ? '2026-11-20T08:00:00.000Z' : null,
  firstPublishedAt: status === 'published' || status === 'unpublished' ? '2026-11-20T08:00:00.000Z' : null,
  unpublishedAt: status === 'unpublished' ? '2026-11-21T08:00:00.000Z' : null,
})
const request = (to: VersionStatus): TransitionRequest => (to === 'scheduled' ? { to, at: LATER } : { to })

const ALLOWED: [VersionStatus, VersionStatus][] = [
  ['draft', 'in_review'],
  ['draft', 'scheduled'],
  ['draft', 'published'],
  ['in_review', 'draft'],
  ['in_review', 'scheduled'],
  ['in_review', 'published'],
  ['scheduled', 'draft'],
  ['scheduled', 'scheduled'],
  ['scheduled', 'published'],
  ['published', 'unpublished'],
  ['unpublished', 'draft'],
  ['unpublished', 'in_review'],
  ['unpublished', 'published'],
]
const key = (from: VersionStatus, to: VersionStatus) => `${from} → ${to}`
const allowed = new Set(ALLOWED.map(([f, t]) => key(f, t)))
const everyPair = VERSION_STATUSES.flatMap((from) => VERSION_STATUSES.map((to) => [from, to] as const))

describe('the workflow', () => {
  it('is exactly the documented table', () => {
    const table = VERSION_STATUSES.flatMap((from) => TRANSITIONS[from].map((to) => key(from, to)))
    expect(new Set(table)).toEqual(allowed)
  })

  it.each(everyPair.filter(([f, t]) => allowed.has(key(f, t))))('allows %s → %s', (from, to) => {
    expect(planTransition(state(from), request(to), NOW).status).toBe(to)
  })

  it.each(everyPair.filter(([f, t]) => !allowed.has(key(f, t))))('refuses %s → %s with a Conflict naming the allowed moves', (from, to) => {
    let error: unknown
    try {
      planTransition(state(from), request(to), NOW)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(Conflict)
    expect(error).toMatchObject({ key: 'transition_not_allowed', params: { from, to, allowed: TRANSITIONS[from].join(', ') } })
  })

  it('sets published_at and first_published_at on a first publish', () => {
    expect(planTransition(state('draft'), { to: 'published' }, NOW)).toMatchObject({ publishedAt: NOW, firstPublishedAt: NOW })
  })

  it('keeps first_published_at and renews published_at on a republish', () => {
    const patch = planTransition(state('unpublished'), { to: 'published' }, NOW)
    expect(patch).toMatchObject({ publishedAt: NOW, firstPublishedAt: '2026-11-20T08:00:00.000Z', unpublishedAt: null })
  })

  it('publishes a due scheduled version at its planned time, and an early "publish now" at now', () => {
    const due = { ...state('scheduled'), scheduledAt: '2026-11-24T07:59:58.000Z' }
    expect(planTransition(due, { to: 'published' }, NOW).publishedAt).toBe('2026-11-24T07:59:58.000Z')
    expect(planTransition(state('scheduled'), { to: 'published' }, NOW).publishedAt).toBe(NOW)
  })

  it('clears the schedule when a version goes back to draft', () => {
    expect(planTransition(state('scheduled'), { to: 'draft' }, NOW).scheduledAt).toBeNull()
  })

  it('refuses a schedule that is not in the future', () => {
    expect(() => planTransition(state('draft'), { to: 'scheduled', at: NOW }, NOW)).toThrow(/schedule_in_past/)
  })

  it('shows readers only published, live versions past their embargo', () => {
    const v = { status: 'published' as VersionStatus, publishedAt: '2026-11-24T07:00:00.000Z', embargoUntil: null }
    expect(isPubliclyVisible(v, NOW)).toBe(true)
    expect(isPubliclyVisible({ ...v, embargoUntil: LATER }, NOW)).toBe(false)
    expect(isPubliclyVisible({ ...v, embargoUntil: '2026-11-24T07:30:00.000Z' }, NOW)).toBe(true)
    expect(isPubliclyVisible({ ...v, publishedAt: LATER }, NOW)).toBe(false)
    expect(isPubliclyVisible({ ...v, status: 'unpublished' }, NOW)).toBe(false)
  })

  it('says from when a version is visible, in agreement with isPubliclyVisible', () => {
    const v = { status: 'published' as VersionStatus, publishedAt: '2026-11-24T07:00:00.000Z', embargoUntil: null }
    const cases = [
      v,
      { ...v, embargoUntil: LATER },
      { ...v, embargoUntil: '2026-11-24T06:00:00.000Z' },
      { ...v, publishedAt: LATER },
      { ...v, status: 'draft' as VersionStatus },
    ]
    for (const c of cases) {
      const from = visibleFrom(c)
      expect(from !== null && from <= NOW, JSON.stringify(c)).toBe(isPubliclyVisible(c, NOW))
    }
    expect(visibleFrom({ ...v, embargoUntil: LATER })).toBe(LATER)
  })
})
