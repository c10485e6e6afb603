import type { PiiType } from '../pii/types'

const BULLET = '•'
/** Masks never show how long a value was beyond this many bullets per word. */
const MAX_BULLETS = 4
const ALNUM = /[\p{L}\p{N}]/u

/** Types where only the last characters help an agent recognise a value (like a card's last four). */
const KEEP_TAIL: Partial<Record<PiiType, number>> = {
  PHONE: 2,
  CREDIT_CARD: 4,
  IBAN: 4,
  US_SSN: 2,
  UK_NINO: 2,
  UK_NHS: 2,
  FR_NIR: 2,
  ES_NIF: 1,
  ES_NIE: 1,
  PT_NIF: 2,
  BR_CPF: 2,
  IT_FISCAL_CODE: 2,
  CRYPTO_WALLET: 4,
}

function bullets(count: number): string {
  return BULLET.repeat(Math.max(1, Math.min(MAX_BULLETS, count)))
}

/** Every word shows its first character; the rest becomes a few bullets. Separators stay. */
function maskWords(value: string): string {
  return value.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const chars = Array.from(word)
    return chars.length === 1 ? BULLET : `${chars[0]}${bullets(chars.length - 1)}`
  })
}

/** Keeps the last `keep` letters/digits and the separators; every other letter or digit becomes a bullet. */
function maskKeepingTail(value: string, keep: number): string {
  const chars = Array.from(value)
  let left = keep
  const out: string[] = []
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    const ch = chars[i] ?? ''
    if (!ALNUM.test(ch)) out.push(ch)
    else if (left > 0) {
      out.push(ch)
      left -= 1
    } else out.push(BULLET)
  }
  return out.reverse().join('').replace(/•{5,}/g, bullets(MAX_BULLETS))
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@')
  if (at <= 0) return maskWords(value)
  const local = Array.from(value.slice(0, at))
  const labels = value.slice(at + 1).split('.')
  const tld = labels.length > 1 ? labels.pop() : undefined
  const domain = labels.map((label) => {
    const chars = Array.from(label)
    return chars.length === 0 ? '' : `${chars[0]}${bullets(chars.length - 1)}`
  })
  return `${local[0] ?? ''}${bullets(local.length - 1)}@${domain.join('.')}${tld ? `.${tld}` : ''}`
}

/**
 * The value as the review list shows it: enough to recognise ("l•••@e•••.com", "•• •• •• •• 78"), not
 * enough to read the data out of a screenshot. Works on code points, so emoji and accents stay whole.
 */
export function maskValue(type: PiiType, value: string): string {
  if (type === 'EMAIL') return maskEmail(value)
  if (type === 'PASSWORD') return bullets(MAX_BULLETS)
  const keep = KEEP_TAIL[type]
  if (keep !== undefined) {
    const masked = maskKeepingTail(value, keep)
    // Show the IBAN's country, which says which bank system holds the account.
    return type === 'IBAN' && /^[A-Za-z]{2}/.test(value) ? `${value.slice(0, 2)}${masked.slice(2)}` : masked
  }
  return maskWords(value)
}
