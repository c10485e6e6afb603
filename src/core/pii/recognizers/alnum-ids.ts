import { hasContext, hasNegativeContext, type ContextKey } from '../context-words'
import type { PiiType } from '../types'
import { esNieValid, esNifValid } from '../validators/es-nif'
import { frNirValid } from '../validators/fr-nir'
import { ibanValid } from '../validators/iban'
import { itFiscalCodeShape, itFiscalCodeValid } from '../validators/it-fiscal-code'
import { ukNinoValid } from '../validators/uk-nino'
import { prescanOf } from './cue-words'
import { emit, type ScanContext } from './scan-context'

// Identifiers mixing letters and digits. Every one of them begins at a letter/digit token that
// holds a digit (or, for "AB 12 34 56 C" and "X 1234567 L", one short word before such a
// token), so the sticky patterns run only at the pre-scan's digit tokens. Bounded quantifiers
// and look-arounds keep each attempt short.

const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])/y
const NIF = /(?<![A-Za-z0-9])(\d{7,8})[ -]?([A-Z])(?![A-Za-z0-9])/y
const NIE = /(?<![A-Za-z0-9])([XYZ])[ -]?(\d{7})[ -]?([A-Z])(?![A-Za-z0-9])/y
const NINO = /(?<![A-Za-z0-9])([A-Za-z]{2}) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-Da-d])(?![A-Za-z0-9])/y
// Uppercase only: codici fiscali are printed uppercase, and a case-insensitive scan is 10x slower.
const FISCAL = /(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])/y
const NIR_CORSICA = /(?<![A-Za-z0-9])[12] ?\d\d ?\d\d ?2[ABab] ?\d{3} ?\d{3} ?\d\d(?![A-Za-z0-9])/y

function scoreWith(ctx: ScanContext, start: number, end: number, base: number, key: ContextKey): number {
  if (hasContext(ctx.text, start, end, key)) return Math.min(0.99, Math.max(base + 0.2, 0.9))
  if (hasNegativeContext(ctx.text, start)) return base - 0.3
  return base
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90
const isAlpha = (c: number): boolean => isUpper(c) || (c >= 97 && c <= 122)
const isNum = (c: number): boolean => c >= 48 && c <= 57
const isAlnum = (c: number): boolean => isAlpha(c) || isNum(c)
const isXyz = (c: number): boolean => c === 88 || c === 89 || c === 90

/** Corsican NIRs carry "2A"/"2B" within their first dozen characters. */
function corsicanMark(t: string, s: number): boolean {
  for (let i = s + 1; i < s + 12 && i < t.length; i++) {
    const d = t.charCodeAt(i + 1)
    if (t.charCodeAt(i) === 50 && (d === 65 || d === 66 || d === 97 || d === 98)) return true
  }
  return false
}

function put(ctx: ScanContext, type: PiiType, start: number, end: number, base: number, rule: string, key: ContextKey): void {
  emit(ctx, type, start, end, scoreWith(ctx, start, end, base, key), rule)
}

function iban(ctx: ScanContext, m: RegExpExecArray): void {
  let value = m[0]
  // A trailing all-caps word can be swallowed as an extra group; retry without it.
  for (let tries = 0; tries < 3 && value.length >= 15; tries++) {
    if (ibanValid(value)) {
      put(ctx, 'IBAN', m.index, m.index + value.length, 0.95, 'iban', 'IBAN')
      return
    }
    const cut = value.lastIndexOf(' ')
    if (cut < 0) return
    value = value.slice(0, cut)
  }
}

function nif(ctx: ScanContext, m: RegExpExecArray): void {
  const digits = (m[1] as string).padStart(8, '0')
  if (!esNifValid(digits, m[2] as string)) return
  put(ctx, 'ES_NIF', m.index, m.index + m[0].length, (m[1] as string).length === 8 ? 0.8 : 0.6, 'es-nif', 'ES_NIF')
}

function nie(ctx: ScanContext, m: RegExpExecArray): void {
  if (!esNieValid(m[1] as string, m[2] as string, m[3] as string)) return
  put(ctx, 'ES_NIE', m.index, m.index + m[0].length, 0.85, 'es-nie', 'ES_NIE')
}

function nino(ctx: ScanContext, m: RegExpExecArray): void {
  const raw = m[0]
  const mixedCase = raw !== raw.toUpperCase() && raw !== raw.toLowerCase()
  if (mixedCase || !ukNinoValid(m[1] as string, `${m[2]}${m[3]}${m[4]}`, m[5] as string)) return
  put(ctx, 'UK_NINO', m.index, m.index + raw.length, 0.7, 'uk-nino', 'UK_NINO')
}

function fiscal(ctx: ScanContext, m: RegExpExecArray): void {
  const code = m[0]
  if (!itFiscalCodeShape(code)) return
  const valid = itFiscalCodeValid(code)
  put(ctx, 'IT_FISCAL_CODE', m.index, m.index + code.length, valid ? 0.9 : 0.3, valid ? 'it-fiscal-code' : 'it-fiscal-code-bad-check', 'IT_FISCAL_CODE')
}

function corsicanNir(ctx: ScanContext, m: RegExpExecArray): void {
  if (!frNirValid(m[0])) return
  put(ctx, 'FR_NIR', m.index, m.index + m[0].length, 0.85, 'nir-corsica', 'FR_NIR')
}

interface Rule {
  types: readonly PiiType[]
  re: RegExp
  found: (ctx: ScanContext, m: RegExpExecArray) => void
}

const IBAN_RULE = 0
const NIF_RULE = 1
const NIE_RULE = 2
const NINO_RULE = 3
const FISCAL_RULE = 4
const NIR_RULE = 5
const RULES: readonly Rule[] = [
  { types: ['IBAN'], re: IBAN, found: iban },
  { types: ['ES_NIF'], re: NIF, found: nif },
  { types: ['ES_NIE'], re: NIE, found: nie },
  { types: ['UK_NINO'], re: NINO, found: nino },
  { types: ['IT_FISCAL_CODE'], re: FISCAL, found: fiscal },
  { types: ['FR_NIR'], re: NIR_CORSICA, found: corsicanNir },
]

/** Per call: which rules are on, and where each may start again (a global scan's lastIndex). */
interface Walk {
  ctx: ScanContext
  on: boolean[]
  next: number[]
}

function attempt(w: Walk, r: number, start: number): void {
  if (!w.on[r] || start < (w.next[r] as number)) return
  const rule = RULES[r] as Rule
  rule.re.lastIndex = start
  const m = rule.re.exec(w.ctx.text)
  if (!m) return
  w.next[r] = start + m[0].length
  rule.found(w.ctx, m)
}

/** Cheap shape checks on one digit token [s, e) decide which patterns are worth trying. */
function tryToken(w: Walk, t: string, s: number, e: number): void {
  const c0 = t.charCodeAt(s)
  const len = e - s
  if (isNum(c0)) {
    // "12345678Z", "12345678-Z": seven or eight digits, maybe with the letter glued.
    if (len >= 7 && len <= 9) attempt(w, NIF_RULE, s)
    // "X 1234567 L" / "X-1234567-L": the letter is a token of its own.
    const sep = t.charCodeAt(s - 1)
    if (len >= 7 && (sep === 32 || sep === 45) && isXyz(t.charCodeAt(s - 2)) && !isAlnum(t.charCodeAt(s - 3))) attempt(w, NIE_RULE, s - 2)
    // "AB 12 34 56 C": two letters, then pairs of digits.
    if (sep === 32 && (len >= 6 || t.charCodeAt(e) === 32) && isAlpha(t.charCodeAt(s - 2)) && isAlpha(t.charCodeAt(s - 3)) && !isAlnum(t.charCodeAt(s - 4))) attempt(w, NINO_RULE, s - 3)
    if ((c0 === 49 || c0 === 50) && corsicanMark(t, s)) attempt(w, NIR_RULE, s)
    return
  }
  const c1 = t.charCodeAt(s + 1)
  if (isUpper(c0)) {
    if (isUpper(c1) && isNum(t.charCodeAt(s + 2)) && isNum(t.charCodeAt(s + 3))) attempt(w, IBAN_RULE, s)
    if (isXyz(c0) && isNum(c1)) attempt(w, NIE_RULE, s)
    if (len === 16) attempt(w, FISCAL_RULE, s)
  }
  if (isAlpha(c0) && isAlpha(c1) && isNum(t.charCodeAt(s + 2))) attempt(w, NINO_RULE, s)
}

/** One walk over the pre-scan's digit tokens instead of one regex pass per identifier. */
export function recognizeAlnumIds(ctx: ScanContext): void {
  const tokens = prescanOf(ctx).digitTokens
  if (tokens.length === 0) return
  const w: Walk = { ctx, on: RULES.map((r) => r.types.some((t) => ctx.enabled.has(t))), next: [0, 0, 0, 0, 0, 0] }
  for (let k = 0; k < tokens.length; k += 2) tryToken(w, ctx.text, tokens[k] as number, tokens[k + 1] as number)
}
