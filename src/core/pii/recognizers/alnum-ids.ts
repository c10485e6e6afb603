import { hasContext, hasNegativeContext, type ContextKey } from '../context-words'
import type { PiiType } from '../types'
import { esNieValid, esNifValid } from '../validators/es-nif'
import { frNirValid } from '../validators/fr-nir'
import { ibanValid } from '../validators/iban'
import { itFiscalCodeShape, itFiscalCodeValid } from '../validators/it-fiscal-code'
import { ukNinoValid } from '../validators/uk-nino'
import { emit, type ScanContext } from './scan-context'

// Identifiers mixing letters and digits. Every pattern uses bounded quantifiers only, starts
// with a literal-ish class and is anchored by look-arounds, so each regex runs in linear time.

const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])/g
const NIF = /(?<![A-Za-z0-9])(\d{7,8})[ -]?([A-Z])(?![A-Za-z0-9])/g
const NIE = /(?<![A-Za-z0-9])([XYZ])[ -]?(\d{7})[ -]?([A-Z])(?![A-Za-z0-9])/g
const NINO = /(?<![A-Za-z0-9])([A-Za-z]{2}) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-Da-d])(?![A-Za-z0-9])/g
// Uppercase only: codici fiscali are printed uppercase, and a case-insensitive scan is 10x slower.
const FISCAL = /(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])/g
const NIR_CORSICA = /(?<![A-Za-z0-9])[12] ?\d\d ?\d\d ?2[ABab] ?\d{3} ?\d{3} ?\d\d(?![A-Za-z0-9])/g

function scoreWith(ctx: ScanContext, start: number, end: number, base: number, key: ContextKey): number {
  if (hasContext(ctx.text, start, end, key)) return Math.min(0.99, Math.max(base + 0.2, 0.9))
  if (hasNegativeContext(ctx.text, start)) return base - 0.3
  return base
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) fn(m)
}

function put(ctx: ScanContext, type: PiiType, start: number, end: number, base: number, rule: string, key: ContextKey): void {
  emit(ctx, type, start, end, scoreWith(ctx, start, end, base, key), rule)
}

function ibans(ctx: ScanContext): void {
  each(IBAN, ctx.text, (m) => {
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
  })
}

function spanish(ctx: ScanContext): void {
  each(NIF, ctx.text, (m) => {
    const digits = (m[1] as string).padStart(8, '0')
    if (!esNifValid(digits, m[2] as string)) return
    put(ctx, 'ES_NIF', m.index, m.index + m[0].length, (m[1] as string).length === 8 ? 0.8 : 0.6, 'es-nif', 'ES_NIF')
  })
  each(NIE, ctx.text, (m) => {
    if (!esNieValid(m[1] as string, m[2] as string, m[3] as string)) return
    put(ctx, 'ES_NIE', m.index, m.index + m[0].length, 0.85, 'es-nie', 'ES_NIE')
  })
}

function british(ctx: ScanContext): void {
  each(NINO, ctx.text, (m) => {
    const raw = m[0]
    const mixedCase = raw !== raw.toUpperCase() && raw !== raw.toLowerCase()
    if (mixedCase || !ukNinoValid(m[1] as string, `${m[2]}${m[3]}${m[4]}`, m[5] as string)) return
    put(ctx, 'UK_NINO', m.index, m.index + raw.length, 0.7, 'uk-nino', 'UK_NINO')
  })
}

function italian(ctx: ScanContext): void {
  each(FISCAL, ctx.text, (m) => {
    const raw = m[0]
    const code = raw
    if (!itFiscalCodeShape(code)) return
    const valid = itFiscalCodeValid(code)
    put(ctx, 'IT_FISCAL_CODE', m.index, m.index + raw.length, valid ? 0.9 : 0.3, valid ? 'it-fiscal-code' : 'it-fiscal-code-bad-check', 'IT_FISCAL_CODE')
  })
}

function corsicanNir(ctx: ScanContext): void {
  each(NIR_CORSICA, ctx.text, (m) => {
    if (!frNirValid(m[0])) return
    put(ctx, 'FR_NIR', m.index, m.index + m[0].length, 0.85, 'nir-corsica', 'FR_NIR')
  })
}

export function recognizeAlnumIds(ctx: ScanContext): void {
  const on = ctx.enabled
  if (on.has('IBAN')) ibans(ctx)
  if (on.has('ES_NIF') || on.has('ES_NIE')) spanish(ctx)
  if (on.has('UK_NINO')) british(ctx)
  if (on.has('IT_FISCAL_CODE')) italian(ctx)
  if (on.has('FR_NIR')) corsicanNir(ctx)
}
