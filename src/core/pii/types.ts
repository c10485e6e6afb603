/** Every kind of personal data the engine can report; order is stable and used in reports. */
export const PII_TYPES = [
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'IP_ADDRESS',
  'URL',
  'US_SSN',
  'UK_NINO',
  'UK_NHS',
  'FR_NIR',
  'ES_NIF',
  'ES_NIE',
  'PT_NIF',
  'BR_CPF',
  'IT_FISCAL_CODE',
  'CRYPTO_WALLET',
  'DATE_OF_BIRTH',
  'POSTAL_ADDRESS',
  'PASSWORD',
  'PERSON_NAME',
] as const

export type PiiType = (typeof PII_TYPES)[number]

export type PiiLocale = 'en' | 'fr' | 'pt' | 'es'

/** Regions whose national phone formats are tried when a number has no international prefix. */
export type PhoneRegion = 'FR' | 'PT' | 'BR' | 'ES' | 'US' | 'GB'

export interface PiiMatch {
  type: PiiType
  /** UTF-16 offset of the first code unit. */
  start: number
  /** UTF-16 offset one past the last code unit. */
  end: number
  value: string
  /** 0..1; validated + contextual evidence. */
  confidence: number
  /** Which recognizer rule produced the match, for debugging and audit. */
  rule: string
  /** True when the match is one of the data subject's own identifiers. */
  subject?: boolean
  /** Which subject identifier matched, e.g. `email:jane@example.com`. */
  identity?: string
}

export interface SubjectIdentifiers {
  names?: string[]
  emails?: string[]
  phones?: string[]
  handles?: string[]
  externalIds?: string[]
  terms?: string[]
}

export interface DenyPattern {
  /** A string is matched literally and case-insensitively; a RegExp is used as given. */
  pattern: RegExp | string
  type: PiiType
  confidence?: number
}

export interface DetectOptions {
  types?: readonly PiiType[]
  subject?: SubjectIdentifiers
  allow?: readonly (string | RegExp)[]
  deny?: readonly DenyPattern[]
  locales?: readonly PiiLocale[]
  /** Matches below this confidence are dropped. Default 0.5. */
  minConfidence?: number
  defaultPhoneRegion?: PhoneRegion
}

/** A match before overlap resolution; value is derived at the end. */
export interface Candidate {
  type: PiiType
  start: number
  end: number
  confidence: number
  rule: string
  subject?: boolean
  identity?: string
}

export const DEFAULT_MIN_CONFIDENCE = 0.5
