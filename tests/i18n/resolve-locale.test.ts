// @vitest-environment node
import { resolveLocale } from '../../src/i18n/resolve-locale'

test.each([
  ['en-US', 'en'],
  ['fr', 'fr'],
  ['fr-CA', 'fr'],
  ['pt-BR', 'pt-BR'],
  ['pt-br', 'pt-BR'],
  ['pt', 'pt-BR'],
  ['pt-PT', 'pt-BR'],
  ['es', 'es'],
  ['es-419', 'es'],
  ['de', 'en'],
  ['', 'en'],
  [undefined, 'en'],
])('%s → %s', (raw, expected) => {
  expect(resolveLocale(raw)).toBe(expected)
})
