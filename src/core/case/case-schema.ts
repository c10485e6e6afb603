import { z } from 'zod'
import { OBLIGATIONS, OBLIGATION_STATUSES } from '../checklist/obligations'
import { EVIDENCE_SCHEMA } from '../evidence/evidence-types'
import { isIsoDate } from './calendar-date'
import { JURISDICTIONS } from './jurisdictions'
import { EXTENSION_REASONS, VERIFICATION_METHODS } from './request-case'

/** Validates a case read back from a ticket note, which any agent could have edited by hand. */
const isoDate = z.string().refine(isIsoDate, 'Expected a YYYY-MM-DD date')

export const requestCaseSchema = z.object({
  requestTypes: z.array(z.enum(OBLIGATIONS)),
  receivedOn: isoDate.nullable(),
  jurisdiction: z.enum(JURISDICTIONS).nullable(),
  verification: z.enum(VERIFICATION_METHODS).nullable(),
  extension: z.object({ reason: z.enum(EXTENSION_REASONS), decidedOn: isoDate }).nullable(),
  acknowledgedOn: isoDate.nullable(),
  obligations: z.partialRecord(z.enum(OBLIGATIONS), z.enum(OBLIGATION_STATUSES)),
})

export const CASE_NOTE_SCHEMA = 'privacy-assistant.case/v1' as const

export const caseChangeSchema = z.object({
  /** A code such as `case_saved`, `export_json`, `suspend_user`; never free text. */
  action: z.string().regex(/^[a-z0-9_]+$/),
  obligation: z.enum(OBLIGATIONS).optional(),
  at: z.string(),
  byUserId: z.number(),
})

const evidenceSchema = z.looseObject({ schema: z.literal(EVIDENCE_SCHEMA), obligation: z.enum(OBLIGATIONS) })

export const caseNotePayloadSchema = z.object({
  schema: z.literal(CASE_NOTE_SCHEMA),
  case: requestCaseSchema,
  change: caseChangeSchema,
  evidence: evidenceSchema.optional(),
})
