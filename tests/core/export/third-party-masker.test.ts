// @vitest-environment node
import { detectPii } from '../../../src/core/pii/index'
import { assembleExport } from '../../../src/core/export/assemble-export'
import { privacyExportSchema } from '../../../src/core/export/export-schema'
import { renderExportHtml } from '../../../src/core/export/export-html'
import { createThirdPartyMasker, DEFAULT_MASKED_TYPES } from '../../../src/core/export/third-party-masker'
import { subjectIdentifiersOf } from '../../../src/core/export/subject-identifiers'
import { comment, exportInput, identities, maria, ticket } from './export-fixture'

function masker(knownNames: string[] = []) {
  return createThirdPartyMasker({ detect: detectPii, subject: subjectIdentifiersOf(maria, identities), knownNames })
}

test('other people\'s emails and phones are masked; the subject\'s own stay', () => {
  const m = masker()
  expect(m.text('Write to maria@example.com or MARIA.SILVA@work.example, not to bob.jones@example.org or +33 6 12 34 56 78.')).toBe(
    'Write to maria@example.com or MARIA.SILVA@work.example, not to [EMAIL] or [PHONE].',
  )
  expect(m.maskedCount).toBe(2)
})

test('known third-party names are masked as whole words; the subject\'s name stays', () => {
  const m = masker(['Bob Jones', 'Maria Silva', 'Ann'])
  expect(m.text('Maria Silva asked Bob Jones. Annual report by ann.')).toBe('Maria Silva asked [NAME]. Annual report by [NAME].')
  expect(m.name('Bob Jones')).toBe('[NAME]')
  expect(m.name('maria silva')).toBe('maria silva')
})

test('names found by the engine from context (a signature) are masked too', () => {
  expect(masker().text('Thanks for your help.\n\nRegards,\nJohn Smith')).toBe('Thanks for your help.\n\nRegards,\n[NAME]')
})

test('HTML is masked in text and in attributes without breaking the markup', () => {
  const m = masker(['Bob Jones'])
  const html = '<p>Hi <a href="mailto:bob.jones@example.org" title="Bob Jones">Bob Jones</a>, call <a href="tel:+33612345678">+33 6 12 34 56 78</a>. Mine: <a href="mailto:maria@example.com">maria@example.com</a></p>'
  expect(m.html(html)).toBe(
    '<p>Hi <a href="mailto:[EMAIL]" title="[NAME]">[NAME]</a>, call <a href="tel:[PHONE]">[PHONE]</a>. Mine: <a href="mailto:maria@example.com">maria@example.com</a></p>',
  )
})

test('a masked export hides third parties in JSON and in the HTML report alike', async () => {
  const input = exportInput([
    ticket(10, [
      comment(1, 42, 'My husband Bob Jones (bob.jones@example.org, +33 6 12 34 56 78) can also answer. I am on +351 912 345 678.'),
      comment(2, 7, 'Noted. Agent Carla Mendes'),
    ]),
  ])
  const m = createThirdPartyMasker({ detect: detectPii, subject: subjectIdentifiersOf(maria, identities), knownNames: [...(input.authorNames?.values() ?? [])] })
  const document = await assembleExport(input, { generatedAt: '2024-03-02T12:00:00Z', generatorVersion: '1', masker: m, maskedTypes: DEFAULT_MASKED_TYPES })
  expect(privacyExportSchema.safeParse(document).success).toBe(true)
  const json = JSON.stringify(document)
  for (const secret of ['bob.jones@example.org', '+33 6 12 34 56 78', 'Bob Jones', 'Carla Mendes']) expect(json).not.toContain(secret)
  for (const own of ['maria@example.com', '+351 912 345 678', 'Maria Silva']) expect(json).toContain(own)
  expect(document.tickets[0]?.comments[1]?.authorName).toBe('[NAME]')
  expect(document.user.details).toBe('Lives in Porto. Her husband [NAME] ([EMAIL]) sometimes calls.')
  expect(document.masking).toMatchObject({ thirdParties: true, types: ['EMAIL', 'PHONE', 'PERSON_NAME'] })
  expect(document.masking.maskedCount).toBeGreaterThanOrEqual(6)

  const html = await renderExportHtml(document, { t: (key, vars) => `${key}${vars ? JSON.stringify(vars) : ''}`, lang: 'en', formatDateTime: (iso) => iso })
  for (const secret of ['bob.jones@example.org', 'Bob Jones', 'Carla Mendes', '+33 6 12 34 56 78']) expect(html).not.toContain(secret)
  expect(html).toContain('maria@example.com')
})

test('names learned later are masked from then on', () => {
  const m = masker()
  expect(m.text('Ask Bob Jones.')).toBe('Ask Bob Jones.')
  m.learnNames(['Bob Jones', 'Maria Silva'])
  expect(m.text('Ask Bob Jones or Maria Silva.')).toBe('Ask [NAME] or Maria Silva.')
})
