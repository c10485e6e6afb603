import { isDigit, isAsciiLetter, isNonAsciiLetter } from '../text/char-class'
import { emit, type ScanContext } from './scan-context'

// Finds '@' with indexOf and grows outwards over local-part and domain characters. Each
// expansion stops at the previous/next '@', so total work is linear even for "@@@@…".

const MAX_LOCAL = 64
const MAX_DOMAIN = 253

function isLocalChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 45 || c === 43 || c === 37 || c === 39 || (c >= 0xc0 && isNonAsciiLetter(c))
}

function isDomainChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 46 || c === 45 || (c >= 0xc0 && isNonAsciiLetter(c))
}

/** Returns [start, end) of a valid address around the '@' at `at`, or undefined. */
export function emailAround(text: string, at: number): [number, number] | undefined {
  let s = at
  while (s > 0 && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--
  if (s > 0 && isLocalChar(text.charCodeAt(s - 1))) return undefined
  while (s < at && (text.charCodeAt(s) === 46 || text.charCodeAt(s) === 39)) s++
  if (s === at) return undefined
  let e = at + 1
  while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++
  while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--
  const domain = text.slice(at + 1, e)
  const labels = domain.split('.')
  if (labels.length < 2) return undefined
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || label.startsWith('-') || label.endsWith('-')) return undefined
  }
  const tld = labels[labels.length - 1] as string
  if (!/^(?:[a-zA-Z]{2,24}|xn--[a-zA-Z0-9-]{2,20})$/.test(tld)) return undefined
  if (text.charCodeAt(at - 1) === 46 || text.slice(s, at).includes('..')) return undefined
  return [s, e]
}

export function recognizeEmails(ctx: ScanContext, onEmail?: (start: number, end: number) => void): void {
  const { text } = ctx
  let at = text.indexOf('@')
  while (at >= 0) {
    const span = emailAround(text, at)
    if (span) {
      emit(ctx, 'EMAIL', span[0], span[1], 0.95, 'email')
      onEmail?.(span[0], span[1])
      at = text.indexOf('@', span[1])
    } else {
      at = text.indexOf('@', at + 1)
    }
  }
}
