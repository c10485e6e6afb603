import { isAsciiAlnum, isDigit } from '../text/char-class'
import { hasContext } from '../context-words'
import { ipv6Valid } from '../validators/ip-address'
import { emit, type ScanContext } from './scan-context'

// IPv6 candidates are found from '::' or from a hex group followed by ':'. A candidate is the
// maximal run of hex digits, ':', '.', then an optional %zone and /prefix; the run is capped,
// and scanning resumes after it, which keeps adversarial ":::::" input linear.

const MAX_RUN = 64

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
}

function isRunChar(c: number): boolean {
  return isHex(c) || c === 58 || c === 46
}

/** An address needs '::' or seven groups; checked before any string is built ("10:45" is the usual candidate). */
function enoughColons(text: string, s: number, e: number): boolean {
  let colons = 0
  for (let i = s; i < e; i++) {
    if (text.charCodeAt(i) !== 58) continue
    if (text.charCodeAt(i + 1) === 58 && i + 1 < e) return true
    colons++
  }
  return colons >= 6
}

function tryCandidate(ctx: ScanContext, s: number, e: number): boolean {
  const { text } = ctx
  let end = e
  while (end > s && text.charCodeAt(end - 1) === 46) end--
  if (!enoughColons(text, s, end)) return false
  let body = text.slice(s, end)
  if (text.charCodeAt(end) === 37 /* % */) {
    let z = end + 1
    while (z < text.length && z - end < 32 && (isAsciiAlnum(text.charCodeAt(z)) || text.charCodeAt(z) === 95)) z++
    if (z > end + 1) {
      body = text.slice(s, z)
      end = z
    }
  }
  if (isAsciiAlnum(text.charCodeAt(end)) || text.charCodeAt(end) === 95) return false
  if (!ipv6Valid(body)) return false
  if (text.charCodeAt(end) === 47 /* / */) {
    let p = end + 1
    while (p < text.length && p - end <= 4 && isDigit(text.charCodeAt(p))) p++
    const prefix = Number(text.slice(end + 1, p))
    if (p > end + 1 && p - end <= 4 && prefix <= 128 && !isDigit(text.charCodeAt(p))) end = p
  }
  const unspecified = /^::(?:\/\d+)?$/.test(text.slice(s, end))
  let confidence = unspecified ? 0.1 : 0.75
  if (!unspecified && hasContext(text, s, end, 'IP_ADDRESS')) confidence = 0.9
  emit(ctx, 'IP_ADDRESS', s, end, confidence, 'ipv6')
  return true
}

export function recognizeIpv6(ctx: ScanContext): void {
  const { text } = ctx
  let from = 0
  for (;;) {
    const colon = text.indexOf(':', from)
    if (colon < 0) return
    let s = colon
    while (s > 0 && colon - s < 5 && isHex(text.charCodeAt(s - 1))) s--
    const prev = text.charCodeAt(s - 1)
    const glued = s > 0 && (isAsciiAlnum(prev) || prev === 58 || prev === 95 || prev === 46)
    let e = colon
    while (e < text.length && e - s < MAX_RUN && isRunChar(text.charCodeAt(e))) e++
    if (e - s >= MAX_RUN) {
      while (e < text.length && isRunChar(text.charCodeAt(e))) e++
      from = e
      continue
    }
    if (!glued && tryCandidate(ctx, s, e)) from = e
    else from = colon + 1
  }
}
