import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** Reads a UI string from translations/<file>.json by dotted key, so tests follow the translators' text. */
export function translation(root: string, file: 'en' | 'fr' | 'pt-br' | 'es', key: string): string {
  const data = JSON.parse(readFileSync(resolve(root, 'translations', `${file}.json`), 'utf8')) as Record<string, unknown>
  let value: unknown = data
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part]
  if (typeof value !== 'string') throw new Error(`translations/${file}.json has no string at ${key}`)
  return value
}

export const OBLIGATIONS = ['access', 'correction', 'erasure', 'portability', 'objection'] as const
