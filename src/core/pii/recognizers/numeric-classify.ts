import { businessNumberBefore, contextWindow, windowHas, type ContextKey } from '../context-words'
import type { PiiType } from '../types'
import { brCpfValid } from '../validators/br-cpf'
import { cardIssuer } from '../validators/card-issuer'
import { frNirValid } from '../validators/fr-nir'
import { ipv4Valid } from '../validators/ip-address'
import { luhnValid } from '../validators/luhn'
import { allSameDigit } from '../validators/mod'
import { ptNifIsPersonal, ptNifValid } from '../validators/pt-nif'
import { ukNhsValid } from '../validators/uk-nhs'
import { usSsnValid } from '../validators/us-ssn'
import { allEqual, gluedLeft, gluedRight, looksLikeDate, sizesAre, uniformSeps, type Window } from './numeric-shapes'
import { isInternationalPhone, isNationalPhone } from './phone-number'
import type { ScanContext } from './scan-context'

// Classifies one window of digit groups. Each rule checks shape, then the checksum, then
// adjusts confidence with context words.

export interface Scored {
  type: PiiType
  start: number
  end: number
  confidence: number
  rule: string
}

/** Context is looked up around the whole chunk, once per key, since its windows share it. */
export function chunkContext(ctx: ScanContext, w: Window, key: ContextKey): boolean {
  const chunk = w.chunk
  chunk.context ??= new Map()
  let hit = chunk.context.get(key)
  if (hit === undefined) {
    if (key === 'NOT_PERSONAL') hit = windowHas(contextWindow(ctx.text, chunk.start, chunk.start, 24, 0), key)
    else {
      chunk.window ??= contextWindow(ctx.text, chunk.start, chunk.end)
      hit = windowHas(chunk.window, key)
    }
    chunk.context.set(key, hit)
  }
  return hit
}

function scored(ctx: ScanContext, w: Window, type: PiiType, base: number, rule: string, key: ContextKey, end = w.end): Scored {
  let confidence = base
  if (chunkContext(ctx, w, key)) confidence = Math.max(base + 0.3, 0.85)
  else if (chunkContext(ctx, w, 'NOT_PERSONAL')) confidence = base - 0.3
  return { type, start: w.start, end, confidence: Math.min(confidence, 0.99), rule }
}

/** Every group but the last has four digits. */
function fours(sizes: readonly number[]): boolean {
  for (let k = 0; k < sizes.length - 1; k++) if (sizes[k] !== 4) return false
  return true
}

function card(ctx: ScanContext, w: Window): Scored | undefined {
  const d = w.digits
  if (d.length < 12 || d.length > 19 || !uniformSeps(w, [' ', '-'])) return undefined
  const s = w.sizes
  const grouped =
    s.length === 1 ||
    (fours(s) && (s[s.length - 1] as number) <= 4) ||
    sizesAre(w, 4, 6, 5) ||
    sizesAre(w, 4, 6, 4)
  if (!grouped || allSameDigit(d) || !luhnValid(d) || !cardIssuer(d)) return undefined
  if (s.length > 1 && partOfLongerRun(w)) return undefined
  const base = s.length > 1 ? 0.9 : 0.85
  const rule = s.length > 1 ? 'card-grouped' : 'card-bare'
  // "Order number 4442 4164 3478 7509": a Luhn-valid, issuer-shaped business number. Named as an
  // order/invoice/tracking reference right before it, it stays below the threshold unless a card
  // word is near too.
  if (!chunkContext(ctx, w, 'CREDIT_CARD') && businessNumberBefore(ctx.text, w.start)) {
    return { type: 'CREDIT_CARD', start: w.start, end: w.end, confidence: base - 0.5, rule }
  }
  return scored(ctx, w, 'CREDIT_CARD', base, rule, 'CREDIT_CARD')
}

/** Same-separator groups continue on either side: the window is a slice of a longer number. */
function partOfLongerRun(w: Window): boolean {
  const sep = w.seps[0]
  const chunk = w.chunk
  const before = w.i > 0 ? chunk.seps[w.i] : undefined
  const after = w.j + 1 < chunk.groupStart.length ? chunk.seps[w.j + 1] : undefined
  return before === sep || after === sep
}

function ssn(ctx: ScanContext, w: Window): Scored | undefined {
  if (w.digits.length !== 9 || !usSsnValid(w.digits)) return undefined
  if (w.sizes.length === 1) return scored(ctx, w, 'US_SSN', 0.35, 'ssn-bare', 'US_SSN')
  if (!sizesAre(w, 3, 2, 4) || !uniformSeps(w, ['-', ' ', '.'])) return undefined
  return scored(ctx, w, 'US_SSN', w.seps[0] === '-' ? 0.6 : 0.5, 'ssn-grouped', 'US_SSN')
}

function nhs(ctx: ScanContext, w: Window): Scored | undefined {
  if (w.digits.length !== 10 || !ukNhsValid(w.digits)) return undefined
  if (w.sizes.length === 1) return scored(ctx, w, 'UK_NHS', 0.4, 'nhs-bare', 'UK_NHS')
  if (!sizesAre(w, 3, 3, 4) || !uniformSeps(w, [' ', '-'])) return undefined
  return scored(ctx, w, 'UK_NHS', 0.55, 'nhs-grouped', 'UK_NHS')
}

function nir(ctx: ScanContext, w: Window): Scored | undefined {
  if (w.digits.length !== 15) return undefined
  const shaped = w.sizes.length === 1 || (sizesAre(w, 1, 2, 2, 2, 3, 3, 2) && uniformSeps(w, [' ', '.', '-'])) || (sizesAre(w, 13, 2) && uniformSeps(w, [' ']))
  if (!shaped || !frNirValid(w.digits)) return undefined
  return scored(ctx, w, 'FR_NIR', 0.85, 'nir', 'FR_NIR')
}

function cpf(ctx: ScanContext, w: Window): Scored | undefined {
  if (w.digits.length !== 11 || !brCpfValid(w.digits)) return undefined
  if (w.sizes.length === 1) return scored(ctx, w, 'BR_CPF', 0.45, 'cpf-bare', 'BR_CPF')
  if (!sizesAre(w, 3, 3, 3, 2)) return undefined
  const dotted = w.seps[0] === '.' && w.seps[1] === '.' && w.seps[2] === '-'
  if (!dotted && !uniformSeps(w, [' ', '.'])) return undefined
  return scored(ctx, w, 'BR_CPF', dotted ? 0.85 : 0.6, 'cpf-grouped', 'BR_CPF')
}

function ptNif(ctx: ScanContext, w: Window): Scored | undefined {
  if (w.digits.length !== 9 || !ptNifValid(w.digits)) return undefined
  const personal = ptNifIsPersonal(w.digits) ? 0 : -0.05
  if (w.sizes.length === 1) return scored(ctx, w, 'PT_NIF', 0.35 + personal, 'pt-nif-bare', 'PT_NIF')
  if (!sizesAre(w, 3, 3, 3) || !uniformSeps(w, [' ', '.'])) return undefined
  return scored(ctx, w, 'PT_NIF', 0.4 + personal, 'pt-nif-grouped', 'PT_NIF')
}

const PHONE_SEPS = new Set([' ', '-', '.', '/', ') ', ')', ' (', '(', ' - ', ' / ', '\u00a0', ')-', ') - '])

function phoneShape(w: Window): boolean {
  if (w.sizes.length > 7) return false
  // 3-2-4 is the SSN layout; no national plan we support groups phones that way.
  if (!w.international && sizesAre(w, 3, 2, 4)) return false
  // Starting right after '.', '/' or '-' means the window is the tail of another number.
  if (w.i > 0 && /^[./-]$/.test(w.chunk.seps[w.i] ?? '')) return false
  if (w.seps.includes('/') && !allEqual(w.seps, '/')) return false
  let dots = 0
  for (const sep of w.seps) {
    if (!PHONE_SEPS.has(sep)) return false
    if (sep === '.') dots++
  }
  if (dots > 0 && dots !== w.seps.length) return false
  for (let k = 1; k < w.sizes.length; k++) {
    const size = w.sizes[k] as number
    if (size >= 2) continue
    const trunkInBrackets = w.seps[k - 1]?.endsWith('(') === true && (w.seps[k]?.startsWith(')') ?? false)
    const afterTrunk = w.seps[k - 1]?.startsWith(')') === true && w.sizes[k - 1] === 1
    if (!(k === 1 && w.international) && !trunkInBrackets && !afterTrunk) return false
  }
  return true
}

function phone(ctx: ScanContext, w: Window): Scored | undefined {
  const n = w.digits.length
  if (n < 8 || n > 15 || !phoneShape(w)) return undefined
  if (w.sizes.length === 3 && looksLikeDate(w)) return undefined
  if (w.sizes.length === 4 && allEqual(w.seps, '.') && ipv4Valid(ctx.text.slice(w.start, w.end))) return undefined
  const raw = ctx.text.slice(w.start, w.end)
  if (w.international) {
    return isInternationalPhone(raw) ? scored(ctx, w, 'PHONE', 0.85, 'phone-international', 'PHONE') : undefined
  }
  const bare = w.sizes.length === 1
  // A bare digit run is only a phone with a phone word nearby; skip the costly parse otherwise.
  if (bare && 0.45 < ctx.minConfidence && !chunkContext(ctx, w, 'PHONE')) return undefined
  if (!isNationalPhone(w.digits, ctx.phoneRegions)) return undefined
  return scored(ctx, w, 'PHONE', bare ? 0.45 : 0.7, bare ? 'phone-bare' : 'phone-national', 'PHONE')
}

function ipv4(ctx: ScanContext, w: Window): Scored | undefined {
  if (w.sizes.length !== 4 || !uniformSeps(w, ['.']) || Math.max(...w.sizes) > 3) return undefined
  if (!ipv4Valid(ctx.text.slice(w.start, w.end))) return undefined
  let end = w.end
  const chunk = w.chunk
  if (chunk.seps[w.j + 1] === '/' && w.j + 1 < chunk.groupStart.length) {
    const prefix = Number(chunk.digits.slice(chunk.digitOffset[w.j + 1], chunk.digitOffset[w.j + 2]))
    const size = (chunk.groupEnd[w.j + 1] as number) - (chunk.groupStart[w.j + 1] as number)
    if (size <= 2 && prefix <= 32) end = chunk.groupEnd[w.j + 1] as number
  }
  const c = ctx.text.charCodeAt(end)
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return undefined
  return scored(ctx, w, 'IP_ADDRESS', 0.7, 'ipv4', 'IP_ADDRESS', end)
}

const ID_RULES = [
  { type: 'IP_ADDRESS', run: ipv4 },
  { type: 'CREDIT_CARD', run: card },
  { type: 'FR_NIR', run: nir },
  { type: 'BR_CPF', run: cpf },
  { type: 'UK_NHS', run: nhs },
  { type: 'US_SSN', run: ssn },
  { type: 'PT_NIF', run: ptNif },
] as const

/** Whether any rule can apply to a window of `groups` groups holding `digitCount` digits. */
export function worthClassifying(digitCount: number, groups: number): boolean {
  return digitCount >= 8 || (groups === 4 && digitCount >= 4)
}

export function classifyIds(ctx: ScanContext, w: Window, found: Scored[]): void {
  if (gluedLeft(ctx.text, w) || gluedRight(ctx.text, w)) return
  for (const rule of ID_RULES) {
    if (!ctx.enabled.has(rule.type)) continue
    const s = rule.run(ctx, w)
    if (s) found.push(s)
  }
}

export function classifyPhone(ctx: ScanContext, w: Window): Scored | undefined {
  if (!ctx.enabled.has('PHONE') || gluedLeft(ctx.text, w) || gluedRight(ctx.text, w)) return undefined
  return phone(ctx, w)
}
