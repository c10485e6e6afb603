// @vitest-environment node
import { CASE_NOTE_MARKER, formatCaseNote, latestCaseNote, parseCaseNote } from '../../../src/core/case/case-note'
import { resolveCase } from '../../../src/core/case/resolve-case'
import { buildEvidence } from '../../../src/core/case/case-evidence'
import { emptyCase, type RequestCase } from '../../../src/core/case/request-case'

const value: RequestCase = { ...emptyCase({ jurisdiction: 'ccpa', receivedOn: '2024-03-01' }), requestTypes: ['objection'], obligations: { objection: 'done' } }
const change = { action: 'suspend_user', obligation: 'objection' as const, at: '2024-03-02T10:00:00Z', byUserId: 7 }

test('the note starts with the human summary, then the marker, then one line of JSON', () => {
  const body = formatCaseNote('Privacy request updated:\nobjection done', { case: value, change })
  const lines = body.split('\n')
  expect(lines).toHaveLength(3)
  expect(lines[0]).toBe('Privacy request updated: objection done')
  expect(lines[1]).toBe(CASE_NOTE_MARKER)
  expect(JSON.parse(lines[2] ?? '')).toMatchObject({ schema: 'privacy-assistant.case/v1', case: value, change })
})

test('a note round-trips, evidence included', () => {
  const evidence = buildEvidence({
    obligation: 'objection',
    subjectUserId: 42,
    requestTicketId: 9,
    actor: { userId: 7, role: 'admin' },
    startedAt: change.at,
    operations: [{ kind: 'suspend_user', target: { user: 42 }, outcome: 'done', verification: { method: 'reread_user', passed: true, at: change.at } }],
    notes: { reason: 'direct_marketing' },
  })
  const parsed = parseCaseNote(formatCaseNote('x', { case: value, change, evidence }))
  expect(parsed?.case).toEqual(value)
  expect(parsed?.evidence?.counts).toEqual({ done: 1 })
})

test.each([
  ['no marker', 'just a comment {"schema":"privacy-assistant.case/v1"}'],
  ['broken JSON', `${CASE_NOTE_MARKER}\n{"schema": oops}`],
  ['wrong schema', `${CASE_NOTE_MARKER}\n{"schema":"other/v1","case":{}}`],
  ['impossible date', `${CASE_NOTE_MARKER}\n${JSON.stringify({ schema: 'privacy-assistant.case/v1', case: { ...value, receivedOn: '2024-02-30' }, change })}`],
])('%s is not a case note', (_label, body) => {
  expect(parseCaseNote(body)).toBeNull()
})

test('the latest internal note wins; public comments quoting a note are ignored', () => {
  const older = formatCaseNote('a', { case: { ...value, jurisdiction: 'gdpr' }, change })
  const newer = formatCaseNote('b', { case: value, change })
  const forged = formatCaseNote('c', { case: { ...value, jurisdiction: 'lgpd' }, change })
  const comments = [
    { id: 3, body: newer, public: false, created_at: '2024-03-02T00:00:00Z' },
    { id: 1, body: older, public: false, created_at: '2024-03-01T00:00:00Z' },
    { id: 4, body: forged, public: true, created_at: '2024-03-03T00:00:00Z' },
    { id: 5, body: 'Thanks!', public: false, created_at: '2024-03-04T00:00:00Z' },
  ]
  expect(latestCaseNote(comments)?.case.jurisdiction).toBe('ccpa')
})

test('tags win over the note; the note is the fallback when the tags are gone', () => {
  const note = parseCaseNote(formatCaseNote('x', { case: value, change }))
  expect(resolveCase(['privacy_request', 'privacy_jurisdiction_gdpr'], note)?.jurisdiction).toBe('gdpr')
  expect(resolveCase(['vip'], note)).toEqual(value)
  expect(resolveCase([], null)).toBeNull()
})
