// @vitest-environment node
import { deriveChecklistStatus } from '../../../src/core/case/checklist-status'
import { applyCasePatch, emptyCase, sameCase } from '../../../src/core/case/request-case'

test('no case: every obligation is open', () => {
  expect(deriveChecklistStatus(null)).toEqual({
    access: 'not_started',
    correction: 'not_started',
    erasure: 'not_started',
    portability: 'not_started',
    objection: 'not_started',
  })
})

test('obligations not asked for are not applicable; recorded statuses win', () => {
  const value = { ...emptyCase(), requestTypes: ['access' as const, 'objection' as const], obligations: { objection: 'done' as const, erasure: 'in_progress' as const } }
  expect(deriveChecklistStatus(value)).toEqual({
    access: 'not_started',
    correction: 'not_applicable',
    erasure: 'in_progress',
    portability: 'not_applicable',
    objection: 'done',
  })
})

test('a patch changes only what it names and keeps request types in the guide\'s order', () => {
  const base = { ...emptyCase({ jurisdiction: 'gdpr' }), obligations: { access: 'done' as const } }
  const next = applyCasePatch(base, { requestTypes: ['objection', 'access'], obligations: { objection: 'in_progress' } })
  expect(next.requestTypes).toEqual(['access', 'objection'])
  expect(next.obligations).toEqual({ access: 'done', objection: 'in_progress' })
  expect(next.jurisdiction).toBe('gdpr')
  expect(sameCase(base, applyCasePatch(base, {}))).toBe(true)
  expect(sameCase(base, next)).toBe(false)
})
