import { OBLIGATIONS, type ObligationStatus } from '../checklist/obligations'
import { compactIsoDate, expandCompactDate } from './calendar-date'
import { computeDeadlines } from './deadlines'
import { JURISDICTIONS } from './jurisdictions'
import {
  EXTENSION_REASONS,
  REQUEST_TYPES,
  VERIFICATION_METHODS,
  emptyCase,
  type RequestCase,
} from './request-case'

/**
 * The case as ticket tags, e.g. `privacy_request privacy_type_access privacy_jurisdiction_gdpr
 * privacy_received_20240131 privacy_due_20240229 privacy_access_done`. Tags are what every agent (and
 * every view, trigger and report) sees without the app, and they change atomically with the ticket
 * update that adds the case note. Only tags of this grammar are ever added or removed by the app.
 */
export const CASE_TAG = 'privacy_request'
const PREFIX = 'privacy_'

/** Statuses that get a tag; `not_started` is the absence of one. Order = precedence if tags disagree. */
const TAGGED_STATUSES: readonly ObligationStatus[] = ['done', 'in_progress', 'not_applicable']

export function caseToTags(value: RequestCase): string[] {
  const tags = [CASE_TAG]
  for (const type of value.requestTypes) tags.push(`${PREFIX}type_${type}`)
  if (value.jurisdiction) tags.push(`${PREFIX}jurisdiction_${value.jurisdiction}`)
  if (value.receivedOn) tags.push(`${PREFIX}received_${compactIsoDate(value.receivedOn)}`)
  if (value.receivedOn && value.jurisdiction) {
    // Derived, never read back: lets a Zendesk view sort or filter requests by due date.
    const due = computeDeadlines(value.receivedOn, value.jurisdiction, value.extension !== null).effectiveDueOn
    tags.push(`${PREFIX}due_${compactIsoDate(due)}`)
  }
  if (value.verification) tags.push(`${PREFIX}verified_${value.verification}`)
  if (value.extension) {
    tags.push(`${PREFIX}extended`, `${PREFIX}extended_${value.extension.reason}_${compactIsoDate(value.extension.decidedOn)}`)
  }
  if (value.acknowledgedOn) tags.push(`${PREFIX}acknowledged_${compactIsoDate(value.acknowledgedOn)}`)
  for (const obligation of OBLIGATIONS) {
    const status = value.obligations[obligation]
    if (status && status !== 'not_started') tags.push(`${PREFIX}${obligation}_${status}`)
  }
  return tags.sort()
}

const DATED = (name: string) => new RegExp(`^${PREFIX}${name}_(\\d{8})$`)
const RECEIVED = DATED('received')
const DUE = DATED('due')
const ACKNOWLEDGED = DATED('acknowledged')
const EXTENDED = new RegExp(`^${PREFIX}extended_(${EXTENSION_REASONS.join('|')})_(\\d{8})$`)

/** Whether the app owns this tag (and may therefore remove it). */
export function isCaseTag(tag: string): boolean {
  if (!tag.startsWith(PREFIX)) return false
  if (tag === CASE_TAG || tag === `${PREFIX}extended`) return true
  if (REQUEST_TYPES.some((type) => tag === `${PREFIX}type_${type}`)) return true
  if (JURISDICTIONS.some((j) => tag === `${PREFIX}jurisdiction_${j}`)) return true
  if (VERIFICATION_METHODS.some((m) => tag === `${PREFIX}verified_${m}`)) return true
  if ([RECEIVED, DUE, ACKNOWLEDGED, EXTENDED].some((pattern) => pattern.test(tag))) return true
  return OBLIGATIONS.some((o) => TAGGED_STATUSES.some((s) => tag === `${PREFIX}${o}_${s}`))
}

function firstDate(tags: Set<string>, pattern: RegExp): string | null {
  for (const tag of [...tags].sort()) {
    const match = pattern.exec(tag)
    const date = match?.[1] ? expandCompactDate(match[1]) : undefined
    if (date) return date
  }
  return null
}

/**
 * Reads the case back from a ticket's tags; null when the ticket is not marked as a privacy request.
 * When concurrent edits left two values of one field, the first in a fixed order wins (and the next
 * save removes the other).
 */
export function caseFromTags(rawTags: readonly string[]): RequestCase | null {
  const tags = new Set(rawTags.map((tag) => tag.toLowerCase()))
  if (!tags.has(CASE_TAG)) return null
  const value = emptyCase()
  value.requestTypes = REQUEST_TYPES.filter((type) => tags.has(`${PREFIX}type_${type}`))
  value.jurisdiction = JURISDICTIONS.find((j) => tags.has(`${PREFIX}jurisdiction_${j}`)) ?? null
  value.receivedOn = firstDate(tags, RECEIVED)
  value.verification = VERIFICATION_METHODS.find((m) => tags.has(`${PREFIX}verified_${m}`)) ?? null
  value.acknowledgedOn = firstDate(tags, ACKNOWLEDGED)
  for (const tag of [...tags].sort()) {
    const match = EXTENDED.exec(tag)
    const decidedOn = match?.[2] ? expandCompactDate(match[2]) : undefined
    if (match && decidedOn) {
      value.extension = { reason: match[1] as (typeof EXTENSION_REASONS)[number], decidedOn }
      break
    }
  }
  for (const obligation of OBLIGATIONS) {
    const status = TAGGED_STATUSES.find((s) => tags.has(`${PREFIX}${obligation}_${s}`))
    if (status) value.obligations[obligation] = status
  }
  return value
}

export interface TagDelta {
  add: string[]
  remove: string[]
}

/** The smallest tag change that makes `currentTags` describe `next`, leaving every other tag alone. */
export function caseTagDelta(currentTags: readonly string[], next: RequestCase): TagDelta {
  const wanted = new Set(caseToTags(next))
  const current = new Set(currentTags.map((tag) => tag.toLowerCase()))
  return {
    add: [...wanted].filter((tag) => !current.has(tag)).sort(),
    remove: [...current].filter((tag) => isCaseTag(tag) && !wanted.has(tag)).sort(),
  }
}
