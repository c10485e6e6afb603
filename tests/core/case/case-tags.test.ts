// @vitest-environment node
import fc from 'fast-check'
import { caseFromTags, caseTagDelta, caseToTags, isCaseTag } from '../../../src/core/case/case-tags'
import { OBLIGATIONS, OBLIGATION_STATUSES } from '../../../src/core/checklist/obligations'
import { JURISDICTIONS } from '../../../src/core/case/jurisdictions'
import { EXTENSION_REASONS, VERIFICATION_METHODS, emptyCase, type RequestCase } from '../../../src/core/case/request-case'

const demo: RequestCase = {
  requestTypes: ['access', 'portability'],
  receivedOn: '2024-01-31',
  jurisdiction: 'gdpr',
  verification: 'email_on_file',
  extension: null,
  acknowledgedOn: null,
  obligations: { access: 'done', portability: 'in_progress' },
}

test('a case becomes readable, view-friendly tags', () => {
  expect(caseToTags(demo)).toEqual([
    'privacy_access_done',
    'privacy_due_20240229',
    'privacy_jurisdiction_gdpr',
    'privacy_portability_in_progress',
    'privacy_received_20240131',
    'privacy_request',
    'privacy_type_access',
    'privacy_type_portability',
    'privacy_verified_email_on_file',
  ])
})

test('the due date tag follows the extension', () => {
  const extended = { ...demo, extension: { reason: 'number_of_requests' as const, decidedOn: '2024-02-10' } }
  expect(caseToTags(extended)).toEqual(expect.arrayContaining(['privacy_due_20240430', 'privacy_extended', 'privacy_extended_number_of_requests_20240210']))
})

test('tags read back into the same case', () => {
  expect(caseFromTags(caseToTags(demo))).toEqual(demo)
})

test('a ticket without privacy_request is not a case, whatever else it carries', () => {
  expect(caseFromTags(['privacy_access_done', 'vip'])).toBeNull()
})

test('upper-case tags added by hand still count', () => {
  expect(caseFromTags(['PRIVACY_REQUEST', 'privacy_jurisdiction_LGPD'])?.jurisdiction).toBe('lgpd')
})

test('when concurrent edits leave two statuses, the most advanced wins and the next save removes the other', () => {
  const tags = ['privacy_request', 'privacy_access_in_progress', 'privacy_access_done', 'privacy_jurisdiction_ccpa', 'privacy_jurisdiction_gdpr']
  const parsed = caseFromTags(tags)
  expect(parsed?.obligations.access).toBe('done')
  expect(parsed?.jurisdiction).toBe('gdpr')
  expect(caseTagDelta(tags, parsed ?? emptyCase())).toEqual({ add: [], remove: ['privacy_access_in_progress', 'privacy_jurisdiction_ccpa'] })
})

test('the delta touches only the app\'s own tags', () => {
  const current = ['vip', 'privacy_request', 'privacy_type_access', 'privacy_erasure_plan_v2', 'privacy_received_20240131']
  const next = { ...emptyCase(), requestTypes: ['objection' as const], receivedOn: '2024-02-01' }
  expect(caseTagDelta(current, next)).toEqual({
    add: ['privacy_received_20240201', 'privacy_type_objection'],
    remove: ['privacy_received_20240131', 'privacy_type_access'],
  })
})

test('isCaseTag refuses lookalikes', () => {
  expect(isCaseTag('privacy_due_20240229')).toBe(true)
  expect(isCaseTag('privacy_due_2024')).toBe(false)
  expect(isCaseTag('privacy_access_maybe')).toBe(false)
  expect(isCaseTag('privacy_erasure_resume_12')).toBe(false)
})

const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const anyCase: fc.Arbitrary<RequestCase> = fc.record({
  requestTypes: fc.subarray([...OBLIGATIONS]),
  receivedOn: fc.option(isoDate, { nil: null }),
  jurisdiction: fc.option(fc.constantFrom(...JURISDICTIONS), { nil: null }),
  verification: fc.option(fc.constantFrom(...VERIFICATION_METHODS), { nil: null }),
  extension: fc.option(fc.record({ reason: fc.constantFrom(...EXTENSION_REASONS), decidedOn: isoDate }), { nil: null }),
  acknowledgedOn: fc.option(isoDate, { nil: null }),
  obligations: fc.dictionary(fc.constantFrom(...OBLIGATIONS), fc.constantFrom(...OBLIGATION_STATUSES.filter((s) => s !== 'not_started'))),
})

test('every case survives the round trip through tags, and applying its delta to any tag set is idempotent', () => {
  fc.assert(
    fc.property(anyCase, fc.array(fc.constantFrom('vip', 'privacy_request', 'privacy_access_done', 'privacy_type_erasure', 'billing')), (value, noise) => {
      expect(caseFromTags(caseToTags(value))).toEqual(value)
      const delta = caseTagDelta(noise, value)
      const after = [...new Set([...noise.filter((t) => !delta.remove.includes(t)), ...delta.add])]
      expect(caseFromTags(after)).toEqual(value)
      expect(caseTagDelta(after, value)).toEqual({ add: [], remove: [] })
      for (const tag of noise.filter((t) => !isCaseTag(t))) expect(after).toContain(tag)
    }),
  )
})
