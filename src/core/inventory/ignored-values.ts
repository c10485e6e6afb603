import type { Finding } from './inventory-types'
import { foldForCompare, phoneKey } from './term-key'

/**
 * "Always ignore this value in this account": the app setting `ignored_values`, one value per line (the
 * company's own support address, its switchboard number…). Values compare case-, accent- and
 * separator-insensitively, and phone numbers also by E.164, so `+33 1 23 45 67 89` ignores `01.23.45.67.89`.
 */

/** The keys a value is known by: its folded form without separators, plus E.164 if it reads as a phone. */
export function ignoreKeys(value: string): string[] {
  const plain = foldForCompare(value).replace(/[\s.\-()/]+/g, '')
  const keys = [plain]
  if (/^[+\d\s.\-()/]+$/.test(value.trim()) && value.replace(/\D+/g, '').length >= 7) {
    const e164 = phoneKey(value)
    if (e164.startsWith('+')) keys.push(e164)
    else {
      // A national number has no country: try the regions the app supports.
      for (const prefix of ['+33', '+44', '+1', '+34', '+351', '+55']) {
        const candidate = phoneKey(`${prefix}${value.replace(/\D+/g, '').replace(/^0/, '')}`)
        if (candidate.startsWith('+')) keys.push(candidate)
      }
    }
  }
  return keys
}

/** One value per line; blank lines and surrounding spaces dropped; duplicates (by key) removed. */
export function parseIgnoredValues(setting: unknown): string[] {
  if (typeof setting !== 'string') return []
  const seen = new Set<string>()
  const out: string[] = []
  for (const line of setting.split(/\r?\n/)) {
    const value = line.trim()
    const key = ignoreKeys(value)[0] ?? ''
    if (!value || seen.has(key)) continue
    seen.add(key)
    out.push(value)
  }
  return out
}

export function serializeIgnoredValues(values: readonly string[]): string {
  return values.map((v) => v.trim()).filter((v) => v !== '').join('\n')
}

/** Adds a value (no-op when an equivalent one is already there). */
export function addIgnoredValue(values: readonly string[], value: string): string[] {
  return parseIgnoredValues(serializeIgnoredValues([...values, value]))
}

export function removeIgnoredValue(values: readonly string[], value: string): string[] {
  const keys = new Set(ignoreKeys(value))
  return values.filter((v) => !ignoreKeys(v).some((k) => keys.has(k)))
}

/** A predicate that says whether a value is on the ignore list. */
export function createIgnoreMatcher(values: readonly string[]): (value: string) => boolean {
  const keys = new Set(values.flatMap(ignoreKeys))
  return (value) => keys.size > 0 && ignoreKeys(value).some((k) => keys.has(k))
}

/** Findings minus those whose value is on the ignore list. */
export function applyIgnoredValues<F extends Pick<Finding, 'value'>>(findings: readonly F[], values: readonly string[]): F[] {
  const ignored = createIgnoreMatcher(values)
  return findings.filter((f) => !ignored(f.value))
}
