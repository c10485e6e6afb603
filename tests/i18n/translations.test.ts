// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * en.json is the source of truth. Every other locale must have exactly its keys (plural keys adjusted to
 * the language's CLDR categories, as i18next resolves them) and the same {{placeholders}}.
 */
const dir = join(import.meta.dirname, '../../translations')
const LOCALES: Record<string, string> = { 'fr.json': 'fr', 'pt-br.json': 'pt-BR', 'es.json': 'es' }
const PLURAL = /_(zero|one|two|few|many|other)$/

function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else if (value && typeof value === 'object') flatten(value, path, out)
    else throw new Error(`${path} is neither a string nor an object`)
  }
  return out
}

const load = (file: string) => flatten(JSON.parse(readFileSync(join(dir, file), 'utf8')))
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort()

/** The keys a locale must have: en's plain keys, plus base_<category> for each plural base in en. */
function expectedKeys(en: Map<string, string>, locale: string): Map<string, string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
  const expected = new Map<string, string>()
  for (const [key, value] of en) {
    const match = PLURAL.exec(key)
    if (!match) expected.set(key, value)
    else if (match[1] === 'other') {
      const base = key.slice(0, -'_other'.length)
      for (const category of categories) expected.set(`${base}_${category}`, value)
    }
  }
  return expected
}

const en = load('en.json')

test('the locale files are exactly en, fr, pt-br and es, with Zendesk-valid names', () => {
  expect(readdirSync(dir).sort()).toEqual(['en.json', 'es.json', 'fr.json', 'pt-br.json'])
  for (const file of readdirSync(dir)) expect(file.replace('.json', '')).toMatch(/^[a-z]{2,3}(-\w{2,3})?$/)
})

test('en plural keys always have an _other form', () => {
  for (const key of en.keys()) {
    const match = PLURAL.exec(key)
    if (match) expect(en.has(key.replace(PLURAL, '_other')), key).toBe(true)
  }
})

test.each(Object.entries(LOCALES))('%s has exactly the keys and placeholders of en', (file, locale) => {
  const translated = load(file)
  const expected = expectedKeys(en, locale)
  const missing = [...expected.keys()].filter((key) => !translated.has(key))
  const extra = [...translated.keys()].filter((key) => !expected.has(key))
  expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  const wrongPlaceholders = [...expected].filter(([key, source]) => {
    const own = placeholders(translated.get(key) ?? '')
    const wanted = placeholders(source).filter((name) => !(PLURAL.test(key) && name === 'count'))
    return !wanted.every((name) => own.includes(name)) || !own.every((name) => placeholders(source).includes(name))
  })
  expect(wrongPlaceholders.map(([key]) => key)).toEqual([])
  const empty = [...translated].filter(([, value]) => value.trim() === '').map(([key]) => key)
  expect(empty).toEqual([])
})
