import type { z } from 'zod'
import type { EvidenceRecord } from '../evidence/evidence-types'
import { CASE_NOTE_SCHEMA, caseNotePayloadSchema, type caseChangeSchema } from './case-schema'
import type { RequestCase } from './request-case'

/**
 * The internal note the app adds to the request ticket each time the case changes: one human line in the
 * agent's language, a fixed marker line, then the case as JSON. Agents read the first line; the app reads
 * the JSON back. Codes, dates and Zendesk ids only: the note must never carry personal data.
 */
export const CASE_NOTE_MARKER = '[privacy-assistant:case/v1]'

export type CaseChange = z.infer<typeof caseChangeSchema>

export interface CaseNotePayload {
  schema: typeof CASE_NOTE_SCHEMA
  case: RequestCase
  change: CaseChange
  evidence?: EvidenceRecord
}

export function formatCaseNote(summary: string, payload: Omit<CaseNotePayload, 'schema'>): string {
  const body: CaseNotePayload = { schema: CASE_NOTE_SCHEMA, ...payload }
  // The summary is built from translated templates and codes; newlines are folded so the marker stays
  // on its own line.
  return `${summary.replace(/\s*\n\s*/g, ' ').trim()}\n${CASE_NOTE_MARKER}\n${JSON.stringify(body)}`
}

/** The payload of one comment body, or null when it is not a (valid) case note. */
export function parseCaseNote(body: string | null | undefined): CaseNotePayload | null {
  if (!body) return null
  const markerAt = body.indexOf(CASE_NOTE_MARKER)
  if (markerAt < 0) return null
  const rest = body.slice(markerAt + CASE_NOTE_MARKER.length)
  const start = rest.indexOf('{')
  const end = rest.lastIndexOf('}')
  if (start < 0 || end < start) return null
  let json: unknown
  try {
    json = JSON.parse(rest.slice(start, end + 1))
  } catch {
    return null
  }
  const parsed = caseNotePayloadSchema.safeParse(json)
  return parsed.success ? (parsed.data as CaseNotePayload) : null
}

export interface NoteComment {
  id: number
  body?: string | null
  plain_body?: string | null
  public?: boolean
  created_at?: string
}

/**
 * The most recent valid case note among a ticket's comments. Only internal notes count: a public reply
 * quoting the marker must not steer the app.
 */
export function latestCaseNote(comments: readonly NoteComment[]): CaseNotePayload | null {
  const ordered = [...comments].sort((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? '') || a.id - b.id)
  for (let i = ordered.length - 1; i >= 0; i -= 1) {
    const comment = ordered[i]
    if (!comment || comment.public !== false) continue
    const payload = parseCaseNote(comment.body) ?? parseCaseNote(comment.plain_body)
    if (payload) return payload
  }
  return null
}
