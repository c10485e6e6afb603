// @vitest-environment node
import { expect, test } from 'vitest'
import { scanTicket, type TicketScanInput } from '../../../src/core/inventory/scan-ticket'
import type { CommentInput, TicketInput } from '../../../src/core/inventory/scan-inputs'

const SUBJECT = 7
const NOW = Date.parse('2025-06-01T00:00:00Z')
const detect = { subject: { names: ['Léa Martin'], emails: ['lea.martin@example.com'], phones: ['+33612345678'] } }

function ticket(overrides: Partial<TicketInput> = {}): TicketInput {
  return { id: 100, subject: 'Order question', status: 'open', requester_id: SUBJECT, submitter_id: SUBJECT, updated_at: '2025-05-01T00:00:00Z', created_at: '2025-04-01T00:00:00Z', ...overrides }
}

function comment(id: number, body: string, overrides: Partial<CommentInput> = {}): CommentInput {
  return { id, author_id: SUBJECT, body, public: true, created_at: '2025-04-01T10:00:00Z', attachments: [], ...overrides }
}

function input(overrides: Partial<TicketScanInput> = {}): TicketScanInput {
  return { ticket: ticket(), comments: [], complete: true, subjectId: SUBJECT, knownRoles: ['requester'], detect, nowMs: NOW, ...overrides }
}

test('finds the subject identifiers and generic PII in comments with place, author and visibility', () => {
  const result = scanTicket(
    input({
      comments: [
        comment(1, 'Hi, call me on 06 12 34 56 78. My IBAN is FR76 3000 6000 0112 3456 7890 189'),
        comment(2, 'Internal: customer wrote from LEA.MARTIN@example.com', { author_id: 99, public: false }),
      ],
    }),
  )
  expect(result.related).toBe(true)
  expect(result.findings.map((f) => [f.id, f.type, f.value, f.subject, f.authorId, f.isPublic])).toEqual([
    ['100:1:15:PHONE', 'PHONE', '06 12 34 56 78', true, SUBJECT, true],
    ['100:1:42:IBAN', 'IBAN', 'FR76 3000 6000 0112 3456 7890 189', false, SUBJECT, true],
    ['100:2:30:EMAIL', 'EMAIL', 'LEA.MARTIN@example.com', true, 99, false],
  ])
  expect(result.findings[0]).toMatchObject({ location: 'comment', ticketId: 100, commentId: 1, identity: 'phone:+33612345678', review: 'pending' })
  expect(result.findings[0]?.context).toEqual({ before: 'Hi, call me on ', after: '. My IBAN is FR•• •••• •••• •••• •••• •••0 189', clippedBefore: false, clippedAfter: false })
  expect(result.ticket).toMatchObject({ id: 100, status: 'open', roles: ['requester', 'submitter', 'commenter', 'mentioned'], commentCount: 2, scanned: true })
})

test('flags PII in the subject line and custom fields separately', () => {
  const result = scanTicket(input({ ticket: ticket({ subject: 'Refund to lea.martin@example.com', custom_fields: [{ id: 55, value: 'IBAN FR76 3000 6000 0112 3456 7890 189' }, { id: 56, value: 12 }] }) }))
  expect(result.findings.map((f) => [f.location, f.field, f.id])).toEqual([
    ['ticket_subject', undefined, '100:subject:10:EMAIL'],
    ['custom_field', 55, '100:field-55:5:IBAN'],
  ])
})

test('a search hit that never names the subject is unrelated and contributes nothing', () => {
  const result = scanTicket(
    input({
      ticket: ticket({ requester_id: 50, submitter_id: 50 }),
      knownRoles: [],
      comments: [comment(1, 'Martin from accounting, IBAN FR76 3000 6000 0112 3456 7890 189', { author_id: 50 })],
    }),
  )
  expect(result.related).toBe(false)
  expect(result.findings).toEqual([])
  expect(result.ticket.roles).toEqual([])
})

test("in someone else's ticket only the comments that name the subject count", () => {
  const result = scanTicket(
    input({
      ticket: ticket({ requester_id: 50, submitter_id: 50 }),
      knownRoles: [],
      comments: [
        comment(1, 'My own card 4111 1111 1111 1111', { author_id: 50, attachments: [{ id: 9, file_name: 'passport.jpg' }] }),
        comment(2, 'My colleague Léa Martin (06 12 34 56 78) lives at 12 rue des Lilas', { author_id: 50, attachments: [{ id: 10, file_name: 'lea-id-card.png', inline: true }] }),
      ],
    }),
  )
  expect(result.related).toBe(true)
  expect(result.ticket.roles).toEqual(['mentioned'])
  expect(result.findings.every((f) => f.commentId === 2)).toBe(true)
  expect(result.findings.filter((f) => f.subject).map((f) => f.type)).toEqual(['PERSON_NAME', 'PHONE'])
  expect(result.ticket.attachments.map((a) => [a.id, a.inline, a.looksLikeIdentityDocument])).toEqual([[10, true, true]])
})

test('lists attachments and voice recordings, and scans voice transcripts', () => {
  const result = scanTicket(
    input({
      comments: [
        comment(1, 'See attached', { attachments: [{ id: 5, file_name: 'Passeport.pdf', content_type: 'application/pdf', size: 2048, content_url: 'https://x/5' }, { id: 6, file_name: 'redacted.txt', deleted: true }] }),
        comment(2, 'Call from +33 6 12 34 56 78', { type: 'VoiceComment', author_id: 99, data: { call_id: 777, recording_url: 'https://voice/777', transcription_text: 'my email is lea.martin@example.com' } }),
      ],
    }),
  )
  expect(result.ticket.attachments).toEqual([
    { id: 5, ticketId: 100, commentId: 1, fileName: 'Passeport.pdf', contentType: 'application/pdf', size: 2048, contentUrl: 'https://x/5', inline: false, authorId: SUBJECT, looksLikeIdentityDocument: true, redacted: false },
    { id: 6, ticketId: 100, commentId: 1, fileName: 'redacted.txt', contentType: 'application/octet-stream', size: 0, contentUrl: '', inline: false, authorId: SUBJECT, looksLikeIdentityDocument: false, redacted: true },
  ])
  expect(result.ticket.voiceRecordings).toEqual([{ ticketId: 100, commentId: 2, callId: 777, callRef: '777', recordingUrl: 'https://voice/777' }])
  expect(result.findings.map((f) => [f.id, f.field])).toEqual([
    ['100:2:10:PHONE', undefined],
    ['100:2:12:EMAIL:transcription', 'transcription'],
  ])
})

test('hostile markup is scanned as text and kept intact in the finding', () => {
  const body = '<script>alert(1)</script><img src=x onerror=alert(2)> lea.martin@example.com <svg onload=alert(3)>'
  const [finding] = scanTicket(input({ comments: [comment(1, body)] })).findings
  expect(finding?.value).toBe('lea.martin@example.com')
  expect(finding?.context?.before).toBe('1)</script><img src=x onerror=alert(2)> ')
  expect(finding?.context?.clippedBefore).toBe(true)
  expect(finding?.context?.after).toBe(' <svg onload=alert(3)>')
})

test('an incomplete comment read is reported as not fully scanned', () => {
  expect(scanTicket(input({ complete: false })).ticket.scanned).toBe(false)
})

test('ids are stable across scans', () => {
  const once = scanTicket(input({ comments: [comment(1, 'lea.martin@example.com')] }))
  const twice = scanTicket(input({ comments: [comment(1, 'lea.martin@example.com')] }))
  expect(twice.findings.map((f) => f.id)).toEqual(once.findings.map((f) => f.id))
})

test('a provider call SID is kept as callRef only', () => {
  const result = scanTicket(input({ comments: [comment(1, 'Voicemail', { type: 'VoiceComment', data: { call_id: 'CA5f0e', recording_url: null } })] }))
  expect(result.ticket.voiceRecordings).toEqual([{ ticketId: 100, commentId: 1, callRef: 'CA5f0e' }])
})
