// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { detectPii, normalizeEmail, normalizePhoneE164, type SubjectIdentifiers } from '../../../src/core/pii/index'

const subjectHits = (text: string, subject: SubjectIdentifiers) =>
  detectPii(text, { subject, types: [] }).map((m) => ({ value: m.value, identity: m.identity, subject: m.subject, type: m.type }))

describe('normalisation helpers', () => {
  test.each([
    ['Jane.Doe@Example.COM', 'jane.doe@example.com'],
    ['jane+tickets@example.com', 'jane@example.com'],
    ['mailto:Jane+x@example.com ', 'jane@example.com'],
    ['not-an-email', 'not-an-email'],
  ])('normalizeEmail(%j)', (raw, expected) => expect(normalizeEmail(raw)).toBe(expected))

  test.each([
    ['+33 6 12 34 56 78', undefined, '+33612345678'],
    ['06.12.34.56.78', 'FR', '+33612345678'],
    ['0033 (0)6 12 34 56 78', undefined, '+33612345678'],
    ['(415) 555-0132', 'US', '+14155550132'],
    ['+1 415-555-0132', undefined, '+14155550132'],
    ['912 345 678', 'PT', '+351912345678'],
    ['(11) 91234-5678', 'BR', '+5511912345678'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['612 34 56 78', 'ES', '+34612345678'],
    ['12345', undefined, undefined],
  ] as const)('normalizePhoneE164(%j, %s)', (raw, region, expected) => expect(normalizePhoneE164(raw, region)).toBe(expected))
})

describe('subject matching', () => {
  test.each([
    ['Reply to JANE.DOE@example.com please', 'JANE.DOE@example.com'],
    ['Reply to jane.doe+zendesk@example.com please', 'jane.doe+zendesk@example.com'],
  ])('emails match case- and plus-insensitively: %j', (text, value) => {
    expect(subjectHits(text, { emails: ['jane.doe@example.com'] })).toEqual([{ value, identity: 'email:jane.doe@example.com', subject: true, type: 'EMAIL' }])
  })

  test.each([
    ['call 06 12 34 56 78', '06 12 34 56 78'],
    ['call 06.12.34.56.78', '06.12.34.56.78'],
    ['call +33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['call +33 (0)6 12 34 56 78', '+33 (0)6 12 34 56 78'],
    ['call 0033 6 12 34 56 78', '0033 6 12 34 56 78'],
    ['call 0612345678', '0612345678'],
  ])('phones match after E.164 normalisation: %j', (text, value) => {
    expect(subjectHits(text, { phones: ['+33 6 12 34 56 78'] }).map((h) => h.value)).toEqual([value])
  })

  test('a phone given nationally uses defaultPhoneRegion', () => {
    const hits = detectPii('ring +1 (415) 555-0132', { subject: { phones: ['415.555.0132'] }, defaultPhoneRegion: 'US', types: [] })
    expect(hits.map((h) => h.value)).toEqual(['+1 (415) 555-0132'])
  })

  test.each([
    ['Jean Dupont wrote', 'Jean Dupont'],
    ['JEAN DUPONT wrote', 'JEAN DUPONT'],
    ['Dupont, Jean wrote', 'Dupont, Jean'],
    ['DUPONT Jean wrote', 'DUPONT Jean'],
    ['Jéan Düpont wrote', 'Jéan Düpont'],
    ['Jean Marie Dupont wrote', 'Jean Marie Dupont'],
    ['Jean M. Dupont wrote', 'Jean M. Dupont'],
  ])('names match case/accent/order-insensitively: %j', (text, value) => {
    expect(subjectHits(text, { names: ['Jean Marie Dupont'] }).map((h) => h.value)).toEqual([value])
  })

  test('"Last, First" input matches "First Last" text', () => {
    expect(subjectHits('signed: Maria Silva', { names: ['Silva, Maria'] })[0]?.identity).toBe('name:Silva, Maria')
  })

  test('names do not match inside other words', () => {
    expect(subjectHits('Jeanne Duponte wrote', { names: ['Jean Dupont'] })).toEqual([])
  })

  test.each([
    ['ping @jdoe92 on slack', '@jdoe92'],
    ['user jdoe92 logged in', 'jdoe92'],
  ])('handles with or without @: %j', (text, value) => {
    expect(subjectHits(text, { handles: ['@jdoe92'] }).map((h) => h.value)).toEqual([value])
  })

  test('a handle does not match an email local part or a domain', () => {
    expect(subjectHits('jdoe92@example.com and x@jdoe92.example.com', { handles: ['jdoe92'] })).toEqual([])
  })

  test.each([
    ['customer CUST-00123 asked', 'CUST-00123'],
    ['customer cust00123 asked', 'cust00123'],
    ['customer CUST 00123 asked', 'CUST 00123'],
  ])('external ids match whatever the separators: %j', (text, value) => {
    expect(subjectHits(text, { externalIds: ['CUST-00123'] }).map((h) => [h.value, h.identity])).toEqual([[value, 'externalId:CUST-00123']])
  })

  test('free terms match case/accent-insensitively', () => {
    expect(subjectHits('Le projet FALCÓN avance', { terms: ['projet falcon'] }).map((h) => h.value)).toEqual(['projet FALCÓN'])
  })

  test('a subject id that is also a detected identifier keeps the detected type', () => {
    const hits = detectPii('CPF 123.456.789-09', { subject: { externalIds: ['123.456.789-09'] } })
    expect(hits).toEqual([expect.objectContaining({ type: 'BR_CPF', subject: true, identity: 'externalId:123.456.789-09' })])
  })

  test('subject matches win over generic ones and are not filtered by types', () => {
    const hits = detectPii('Hello, my name is Jean Dupont.', { subject: { names: ['Jean Dupont'] }, types: ['EMAIL'] })
    expect(hits).toEqual([expect.objectContaining({ type: 'PERSON_NAME', value: 'Jean Dupont', subject: true, confidence: 1 })])
  })
})
