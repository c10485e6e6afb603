import { foldText } from './text/fold'

// Values the caller never wants reported (the company's own support address, its order-number
// format). Strings compare case-, accent- and separator-insensitively; RegExps are tested
// against the matched value.

export type AllowTest = (value: string) => boolean

const compact = (s: string): string => foldText(s).replace(/[^\p{L}\p{N}@]/gu, '')

export function buildAllowTest(allow: readonly (string | RegExp)[] | undefined): AllowTest | undefined {
  if (!allow || allow.length === 0) return undefined
  const exact = new Set<string>()
  const loose = new Set<string>()
  const patterns: RegExp[] = []
  for (const a of allow) {
    if (typeof a === 'string') {
      const t = a.trim()
      if (t.length === 0) continue
      exact.add(foldText(t))
      const c = compact(t)
      if (c.length >= 4) loose.add(c)
    } else {
      patterns.push(new RegExp(a.source, a.flags.replace(/[gy]/g, '')))
    }
  }
  return (value) => exact.has(foldText(value)) || loose.has(compact(value)) || patterns.some((p) => p.test(value))
}
