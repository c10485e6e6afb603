#!/usr/bin/env node
// Merges translation keys into translations/*.json without rewriting anyone else's keys.
// Usage: node tools/i18n/add-keys.mjs fragment.json
//   fragment.json = { "en": {...}, "fr": {...}, "pt-br": {...}, "es": {...} }  (nested objects, deep-merged)
// Several people add keys at the same time; read-modify-write per file keeps each merge small and atomic.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = join(import.meta.dirname, '../../translations')
const fragment = JSON.parse(readFileSync(process.argv[2], 'utf8'))

function merge(target, source, path = '') {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object') {
      if (typeof target[key] === 'string') throw new Error(`${path}${key} is a string in the file but an object in the fragment`)
      target[key] = merge(target[key] ?? {}, value, `${path}${key}.`)
    } else target[key] = value
  }
  return target
}

for (const [locale, keys] of Object.entries(fragment)) {
  const file = join(dir, `${locale}.json`)
  const current = JSON.parse(readFileSync(file, 'utf8'))
  writeFileSync(`${file}.tmp`, `${JSON.stringify(merge(current, keys), null, 2)}\n`)
  renameSync(`${file}.tmp`, file)
  console.log(`merged ${Object.keys(keys).length} top-level key(s) into ${locale}.json`)
}
