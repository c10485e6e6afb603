// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isValidIBAN, electronicFormatIBAN } from 'ibantools'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { describe, expect, test } from 'vitest'
import {
  createDemoSeed,
  DEMO_PLANTED,
  DEMO_REQUEST_TICKET_ID,
  DEMO_SUBJECT,
  DEMO_SUBJECT_ID,
  FAKE_PII,
  makeScaleSeed,
} from '../../dev/fake-zendesk/index'
import { luhnValid } from '../../dev/fake-zendesk/seed/fake-pii'

const seed = createDemoSeed()
const comments = new Map(seed.comments.map((c) => [c.id, c]))
const ticketText = (ticketId: number) => {
  const ticket = seed.tickets.find((t) => t.id === ticketId)
  const texts = seed.comments.filter((c) => c.ticket_id === ticketId).map((c) => c.plain_body)
  return [ticket?.subject ?? '', ...texts, ...(ticket?.custom_fields.map((f) => String(f.value)) ?? [])].join('\n')
}
const countOf = (haystack: string, needle: string) => haystack.split(needle).length - 1

describe('determinism', () => {
  test('two builds of the demo seed are deep-equal', () => {
    expect(createDemoSeed()).toEqual(seed)
  })

  test('two scale seeds with the same options are deep-equal, and sized as asked', () => {
    const a = makeScaleSeed({ tickets: 500, commentsPerTicket: 4 })
    expect(a).toEqual(makeScaleSeed({ tickets: 500, commentsPerTicket: 4 }))
    expect(a.tickets).toHaveLength(500)
    expect(a.comments).toHaveLength(2000)
    expect(a.tickets.every((t) => t.requester_id === DEMO_SUBJECT_ID)).toBe(true)
  })

  test('a 5000-ticket scale seed builds quickly', () => {
    const started = performance.now()
    expect(makeScaleSeed({ tickets: 5000, commentsPerTicket: 3 }).tickets).toHaveLength(5000)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('shape of the demo account', () => {
  test('60+ tickets in four languages across every status, archived included', () => {
    expect(seed.tickets.length).toBeGreaterThanOrEqual(60)
    const statuses = new Set(seed.tickets.map((t) => (t.archived ? 'archived' : t.status)))
    expect([...statuses].sort()).toEqual(['archived', 'closed', 'hold', 'new', 'open', 'pending', 'solved'])
    for (const locale of ['en', 'fr', 'pt', 'es']) expect(seed.tickets.some((t) => t.tags.includes(locale))).toBe(true)
    expect(seed.tickets.filter((t) => t.archived).every((t) => t.status === 'closed')).toBe(true)
  })

  test('the subject requests about 20 tickets, is CC’d, follows, comments and is mentioned elsewhere', () => {
    const roles = DEMO_PLANTED.subjectTickets
    expect(roles.requested.length).toBeGreaterThanOrEqual(18)
    expect(roles.requested).toContain(DEMO_REQUEST_TICKET_ID)
    expect(roles.ccd.length).toBeGreaterThan(0)
    expect(roles.followed.length).toBeGreaterThan(0)
    expect(roles.commented.length).toBeGreaterThan(0)
    expect(roles.mentioned.length).toBeGreaterThanOrEqual(5)
  })

  test('the request ticket asks for erasure', () => {
    const ticket = seed.tickets.find((t) => t.id === DEMO_REQUEST_TICKET_ID)
    expect(ticket?.requester_id).toBe(DEMO_SUBJECT_ID)
    expect(ticket?.tags).toContain('privacy_request')
    expect(ticket?.subject).toMatch(/effacement/)
  })

  test('inline images, attachments with an identity-document name and a voice recording exist', () => {
    expect(DEMO_PLANTED.attachments.some((a) => a.inline)).toBe(true)
    expect(DEMO_PLANTED.attachments.some((a) => a.fileName === 'passport_scan.jpg' && a.suggestsIdentityDocument)).toBe(true)
    const recording = DEMO_PLANTED.voiceRecordings.find((r) => DEMO_PLANTED.subjectTickets.requested.includes(r.ticketId))
    expect(recording).toBeDefined()
    const comment = comments.get(recording?.commentId ?? 0)
    expect(comment?.type).toBe('VoiceComment')
    expect(comment?.data?.call_id).toBe(recording?.callId)
  })

  test('PII sits in a subject line and in a custom field value', () => {
    expect(DEMO_PLANTED.occurrences.some((o) => o.commentId === 'subject' && DEMO_PLANTED.subjectTickets.requested.includes(o.ticketId))).toBe(true)
    expect(DEMO_PLANTED.occurrences.some((o) => o.commentId === 'custom_field' && o.type === 'iban')).toBe(true)
  })

  test('comments include public replies, internal notes and HTML with links', () => {
    expect(seed.comments.some((c) => !c.public && c.type === 'Comment')).toBe(true)
    expect(seed.comments.some((c) => c.html_body.includes('<a href='))).toBe(true)
    expect(Math.max(...seed.comments.map((c) => new TextEncoder().encode(c.body).length))).toBeLessThanOrEqual(64 * 1024)
  })
})

describe('planted data is exactly where the answer key says', () => {
  test('every planted value appears in its comment, subject line or field as many times as it is listed', () => {
    const expected = new Map<string, number>()
    for (const o of DEMO_PLANTED.occurrences) {
      const key = JSON.stringify([o.ticketId, o.commentId, o.fieldId ?? null, o.value])
      expected.set(key, (expected.get(key) ?? 0) + 1)
    }
    for (const [key, times] of expected) {
      const [ticketId, where, fieldId, value] = JSON.parse(key) as [number, number | string, number | null, string]
      const ticket = seed.tickets.find((t) => t.id === ticketId)
      const text = where === 'subject' ? ticket?.subject : where === 'custom_field' ? String(ticket?.custom_fields.find((f) => f.id === fieldId)?.value) : comments.get(Number(where))?.plain_body
      expect(countOf(text ?? '', value), `${value} in ticket ${ticketId} ${where}`).toBeGreaterThanOrEqual(times)
    }
  })

  test('no occurrence of the subject’s identifiers is left unlisted', () => {
    const variants = [DEMO_SUBJECT.primaryEmail, DEMO_SUBJECT.secondaryEmail, DEMO_SUBJECT.xHandle, DEMO_SUBJECT.externalId, 'lea martin']
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    for (const ticket of seed.tickets) {
      const texts = [ticket.subject, ...seed.comments.filter((c) => c.ticket_id === ticket.id).map((c) => c.plain_body)]
      const listed = DEMO_PLANTED.occurrences.filter((o) => o.ticketId === ticket.id && o.isSubjectIdentifier && o.commentId !== 'custom_field')
      for (const variant of variants) {
        const found = texts.reduce((n, t) => n + countOf(fold(t), fold(variant)), 0)
        const planted = listed.filter((o) => fold(o.value).includes(fold(variant))).length
        expect(found, `"${variant}" in ticket ${ticket.id}`).toBe(planted)
      }
      // Phone numbers: every run of digits that is the subject's national number, whatever the separators.
      const phoneHits = texts.reduce((n, t) => n + (t.replace(/[\s.()-]/g, '').match(/(?:\+33|0033|0)612345678/g)?.length ?? 0), 0)
      expect(phoneHits, `subject phone in ticket ${ticket.id}`).toBe(listed.filter((o) => o.type === 'phone').length)
    }
  })

  test('unrelated tickets contain none of the subject’s identifiers and list no subject occurrence', () => {
    for (const id of DEMO_PLANTED.unrelatedTicketIds) {
      const text = ticketText(id).toLowerCase()
      expect(text).not.toContain('lea.martin@')
      expect(text).not.toContain('lea.m.perso')
      expect(text.replace(/\D/g, '')).not.toContain('612345678')
      expect(text).not.toContain('lea_martin_demo')
      expect(DEMO_PLANTED.occurrences.some((o) => o.ticketId === id && o.isSubjectIdentifier)).toBe(false)
      const ticket = seed.tickets.find((t) => t.id === id)
      expect([ticket?.requester_id, ...(ticket?.collaborator_ids ?? [])]).not.toContain(DEMO_SUBJECT_ID)
      expect(seed.comments.some((c) => c.ticket_id === id && c.author_id === DEMO_SUBJECT_ID)).toBe(false)
    }
  })
})

describe('all planted personal data is fake but well-formed', () => {
  test('email addresses use example domains', () => {
    const emails = [...seed.identities.filter((i) => i.type === 'email').map((i) => i.value), ...DEMO_PLANTED.occurrences.filter((o) => o.type === 'email').map((o) => o.value)]
    for (const email of emails) expect(email.toLowerCase()).toMatch(/@([a-z0-9-]+\.)*example\.(com|org|net)$/)
  })

  test('phone numbers are valid for libphonenumber (FR, PT, BR, ES, US, UK)', () => {
    const phones = [
      ...seed.users.flatMap((u) => (u.phone ? [u.phone] : [])),
      ...seed.identities.filter((i) => i.type === 'phone_number').map((i) => i.value),
      ...DEMO_PLANTED.occurrences.filter((o) => o.type === 'phone').map((o) => o.value),
    ]
    const countries = new Set<string>()
    // National formats carry no country code: accept the first of the seed's countries they are valid in.
    const regions = ['FR', 'BR', 'PT', 'ES', 'US', 'GB'] as const
    for (const phone of phones) {
      const international = phone.startsWith('00') ? `+${phone.slice(2)}` : phone
      const parsed = regions.map((r) => parsePhoneNumberFromString(international, r)).find((p) => p?.isValid())
      expect(parsed?.isValid(), phone).toBe(true)
      if (parsed?.country) countries.add(parsed.country)
    }
    expect([...countries].sort()).toEqual(['BR', 'ES', 'FR', 'GB', 'PT', 'US'])
  })

  test('IBANs have valid checksums', () => {
    const ibans = DEMO_PLANTED.occurrences.filter((o) => o.type === 'iban').map((o) => o.value)
    expect(ibans.length).toBeGreaterThan(3)
    for (const value of ibans) expect(isValidIBAN(electronicFormatIBAN(value) ?? ''), value).toBe(true)
  })

  test('card numbers pass the Luhn check', () => {
    const cards = DEMO_PLANTED.occurrences.filter((o) => o.type === 'card').map((o) => o.value)
    expect(cards.length).toBeGreaterThan(1)
    for (const card of cards) expect(luhnValid(card), card).toBe(true)
  })

  test('national ids have valid check digits', () => {
    const digits = (s: string) => s.replace(/\D/g, '')
    const nir = digits(FAKE_PII.lea.nir)
    expect(97 - (Number(BigInt(nir.slice(0, 13)) % 97n))).toBe(Number(nir.slice(13)))
    const cpfOk = (cpf: string) => {
      const d = digits(cpf).split('').map(Number)
      const check = (n: number) => {
        const sum = d.slice(0, n).reduce((acc, v, i) => acc + v * (n + 1 - i), 0)
        return ((sum * 10) % 11) % 10
      }
      return check(9) === d[9] && check(10) === d[10]
    }
    expect(cpfOk(FAKE_PII.joao.cpf)).toBe(true)
    expect(cpfOk(FAKE_PII.leo.cpf)).toBe(true)
    const nif = FAKE_PII.ana.nif.split('').map(Number)
    const nifSum = nif.slice(0, 8).reduce((acc, v, i) => acc + v * (9 - i), 0)
    expect(nifSum % 11 < 2 ? 0 : 11 - (nifSum % 11)).toBe(nif[8])
    expect('TRWAGMYFPDXBNJZSQVHLCKE'.charAt(Number(FAKE_PII.carmen.dni.slice(0, 8)) % 23)).toBe(FAKE_PII.carmen.dni.slice(8))
  })
})

describe('portability', () => {
  test('the fake uses no Node-only API and no timers of its own, so it runs in the browser host', () => {
    const root = join(import.meta.dirname, '../../dev/fake-zendesk')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const code = readFileSync(join(root, file), 'utf8')
      expect(code, file).not.toMatch(/from ['"](node:|fs|path|msw\/node)|\bBuffer\b|\bprocess\.|\bsetTimeout\(|\bsetInterval\(|\brequire\(/)
    }
  })

  test('no two people share a phone number (so a phone term never matches the wrong person)', () => {
    const national = seed.users.flatMap((u) => (u.phone ? [u.phone.replace(/\D/g, '').slice(-9)] : []))
    expect(new Set(national).size).toBe(national.length)
  })
})
