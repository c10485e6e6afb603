import type { Candidate, DenyPattern } from './types'

// Caller-supplied patterns. Strings are literal (no regex injection); a RegExp is trusted as
// given, so its linear-time behaviour is the caller's responsibility.

function toGlobal(pattern: RegExp | string): RegExp {
  if (typeof pattern === 'string') return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu')
  const flags = pattern.flags.replace(/[gy]/g, '')
  return new RegExp(pattern.source, flags + 'g')
}

export function findDenied(text: string, deny: readonly DenyPattern[], out: Candidate[]): void {
  for (const d of deny) {
    if (typeof d.pattern === 'string' && d.pattern.length === 0) continue
    const re = toGlobal(d.pattern)
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      out.push({ type: d.type, start: m.index, end: m.index + m[0].length, confidence: d.confidence ?? 0.9, rule: 'deny' })
    }
  }
}
