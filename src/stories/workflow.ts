import type { Timestamp } from '../db/time.js'
import { Conflict, Invalid } from '../errors.js'
import { mayTransition, TRANSITIONS, type VersionStatus } from '../shared/workflow.js'
import type { StoryVersion } from './story.types.js'

export type TransitionRequest = { to: Exclude<VersionStatus, 'scheduled'> } | { to: 'scheduled'; at: Timestamp }

export interface WorkflowPatch {
  status: VersionStatus
  scheduledAt: Timestamp | null
  publishedAt: Timestamp | null
  firstPublishedAt: Timestamp | null
  unpublishedAt: Timestamp | null
}

type WorkflowState = Pick<StoryVersion, 'status' | 'scheduledAt' | 'publishedAt' | 'firstPublishedAt' | 'unpublishedAt'>

/**
 * Works out the workflow fields after a move, or refuses it: a Conflict when the current state
 * forbids the move, Invalid when the request itself is wrong (a schedule in the past).
 */
export function planTransition(version: WorkflowState, request: TransitionRequest, now: Timestamp): WorkflowPatch {
  const from = version.status
  if (!mayTransition(from, request.to)) {
    throw new Conflict('transition_not_allowed', { from, to: request.to, allowed: TRANSITIONS[from].join(', ') })
  }
  const base: WorkflowPatch = {
    status: request.to,
    scheduledAt: null,
    publishedAt: version.publishedAt,
    firstPublishedAt: version.firstPublishedAt,
    unpublishedAt: version.unpublishedAt,
  }
  switch (request.to) {
    case 'scheduled':
      if (request.at <= now) throw new Invalid('schedule_in_past', { at: request.at })
      return { ...base, scheduledAt: request.at }
    case 'published': {
      // A scheduled version that goes live on time carries its planned time, not the moment the job ran.
      const publishedAt = from === 'scheduled' && version.scheduledAt && version.scheduledAt <= now ? version.scheduledAt : now
      return { ...base, publishedAt, firstPublishedAt: version.firstPublishedAt ?? publishedAt, unpublishedAt: null }
    }
    case 'unpublished':
      return { ...base, unpublishedAt: now }
    default:
      return base
  }
}

/**
 * From when readers may see a version: its publication time or the end of its embargo, whichever
 * is later; null while it is not published. isPubliclyVisible(v, now) ⇔ visibleFrom(v) <= now.
 */
export function visibleFrom(v: Pick<StoryVersion, 'status' | 'publishedAt' | 'embargoUntil'>): Timestamp | null {
  if (v.status !== 'published' || v.publishedAt === null) return null
  return v.embargoUntil !== null && v.embargoUntil > v.publishedAt ? v.embargoUntil : v.publishedAt
}

/** Whether readers may see a version at `now`: published, live, and past any embargo. */
export function isPubliclyVisible(v: Pick<StoryVersion, 'status' | 'publishedAt' | 'embargoUntil'>, now: Timestamp): boolean {
  return v.status === 'published' && v.publishedAt !== null && v.publishedAt <= now && (v.embargoUntil === null || v.embargoUntil <= now)
}
