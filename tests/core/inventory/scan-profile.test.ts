// @vitest-environment node
import { expect, test } from 'vitest'
import { scanOrganization, scanProfile } from '../../../src/core/inventory/scan-profile'

const detect = { subject: { names: ['Léa Martin'], emails: ['lea.martin@example.com'] } }

test('a custom field name gives the value its context: a bare date under date_of_birth is a birth date', () => {
  const findings = scanProfile({ id: 7, name: 'x', user_fields: { date_of_birth: '1988-04-12', loyalty_number: 'LOY-77-0042' }, alias: 'Lea M.' }, { subject: { names: ['Lea M.'], externalIds: ['LOY-77-0042'] } })
  expect(findings.map((f) => [f.field, f.type, f.value, f.start, f.subject])).toEqual([
    ['alias', 'PERSON_NAME', 'Lea M.', 0, true],
    ['user_fields.date_of_birth', 'DATE_OF_BIRTH', '1988-04-12', 0, false],
    ['user_fields.loyalty_number', 'PERSON_NAME', 'LOY-77-0042', 0, true],
  ])
})

test('scans notes, details and text user fields of the profile', () => {
  const findings = scanProfile(
    { id: 7, name: 'Léa Martin', notes: 'VIP. Card on file 4111 1111 1111 1111', details: '12 rue des Lilas, 75011 Paris', user_fields: { backup_email: 'lea.m@other.example', loyalty: 3, empty: '' } },
    detect,
  )
  expect(findings.map((f) => [f.id, f.location, f.field, f.type])).toEqual([
    ['user-7:notes:18:CREDIT_CARD', 'user_profile', 'notes', 'CREDIT_CARD'],
    ['user-7:details:0:POSTAL_ADDRESS', 'user_profile', 'details', 'POSTAL_ADDRESS'],
    ['user-7:user_fields.backup_email:0:EMAIL', 'user_profile', 'user_fields.backup_email', 'EMAIL'],
  ])
})

test('organisation texts count only when they name the subject', () => {
  const org = { id: 3, notes: 'Main contact Léa Martin, lea.martin@example.com, card 4111 1111 1111 1111', details: 'Billing: jean@acme.example' }
  const findings = scanOrganization(org, detect)
  expect(findings.map((f) => [f.field, f.type, f.subject, f.organizationId])).toEqual([
    ['notes', 'PERSON_NAME', true, 3],
    ['notes', 'EMAIL', true, 3],
    ['notes', 'CREDIT_CARD', false, 3],
  ])
})
