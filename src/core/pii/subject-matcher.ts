import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { normalizeEmail, normalizePhoneE164 } from './normalize'
import { foldText } from './text/fold'
import type { Candidate, PhoneRegion, SubjectIdentifiers } from './types'

// Finds the data subject's own identifiers whatever their spelling in the text. Names,
// handles, ids and terms are matched on the folded text (same length as the original, so
// offsets carry over); emails and phones compare normalised forms of detected candidates.

export interface SubjectMatcher {
  hasEmails: boolean
  /** identity for a phone-shaped digit run, or undefined. */
  phone?: (digits: string, international: boolean) => string | undefined
  email: (value: string) => string | undefined
  scan: (text: string, out: Candidate[]) => void
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const B = '(?<![\\p{L}\\p{N}_])'
const E = '(?![\\p{L}\\p{N}_])'

function tokenPattern(token: string): string {
  return token.split(/[-'’]/).map(esc).join("[-'\\s]?")
}

function namePattern(raw: string): string | undefined {
  let tokens = foldText(raw).trim().split(/\s+/).filter(Boolean)
  const comma = raw.indexOf(',')
  if (comma > 0) {
    const last = foldText(raw.slice(0, comma)).trim().split(/\s+/).filter(Boolean)
    const first = foldText(raw.slice(comma + 1)).trim().split(/\s+/).filter(Boolean)
    tokens = [...first, ...last]
  }
  tokens = tokens.map((t) => t.replace(/,/g, '')).filter((t) => t.length > 0)
  if (tokens.length === 0 || tokens.join('').length < 2) return undefined
  if (tokens.length === 1) return tokenPattern(tokens[0] as string)
  const first = tokenPattern(tokens[0] as string)
  const last = tokenPattern(tokens[tokens.length - 1] as string)
  const middles = tokens.slice(1, -1).map((m) => `(?:\\s+(?:${tokenPattern(m)}|${esc(m.charAt(0))}\\.?))?`).join('')
  const initials = `(?:\\s+[a-z]\\.?)?`
  return `${first}${middles || initials}\\s+${last}|${last},?\\s+${first}${middles}`
}

function flexibleId(raw: string): string | undefined {
  const chars = foldText(raw).replace(/[^a-z0-9]/g, '')
  if (chars.length < 3) return undefined
  return chars.split('').map(esc).join('[\\s\\-_./]?')
}

interface Rule {
  re: RegExp
  identity: string
  type: Candidate['type']
}

function buildPhoneIndex(phones: readonly string[], region?: PhoneRegion): Map<string, string> {
  const index = new Map<string, string>()
  for (const raw of phones) {
    const identity = `phone:${raw}`
    const e164 = normalizePhoneE164(raw, region)
    const parsed = e164 ? parsePhoneNumberFromString(e164) : undefined
    if (!parsed) {
      const digits = raw.replace(/\D/g, '')
      if (digits.length >= 6) index.set(digits, identity)
      continue
    }
    const cc = parsed.countryCallingCode
    const nsn = parsed.nationalNumber
    for (const form of [cc + nsn, '00' + cc + nsn, nsn, '0' + nsn, cc + '0' + nsn, '00' + cc + '0' + nsn]) index.set(form, identity)
  }
  return index
}

export function buildSubjectMatcher(subject: SubjectIdentifiers, region?: PhoneRegion): SubjectMatcher {
  const rules: Rule[] = []
  const add = (pattern: string | undefined, identity: string, type: Candidate['type'], prefix = ''): void => {
    if (pattern) rules.push({ re: new RegExp(`${B}${prefix}(?:${pattern})${E}`, 'gu'), identity, type })
  }
  for (const name of subject.names ?? []) add(namePattern(name), `name:${name}`, 'PERSON_NAME')
  for (const handle of subject.handles ?? []) {
    const bare = foldText(handle.trim().replace(/^@/, ''))
    if (bare.length >= 2) {
      rules.push({ re: new RegExp(`(?:(?<![\\p{L}\\p{N}_.+\\-])@|(?<![\\p{L}\\p{N}_.+@\\-]))${esc(bare)}(?![\\p{L}\\p{N}_@\\-])(?!\\.[\\p{L}\\p{N}])`, 'gu'), identity: `handle:${handle}`, type: 'PERSON_NAME' })
    }
  }
  for (const id of subject.externalIds ?? []) add(flexibleId(id), `externalId:${id}`, 'PERSON_NAME')
  for (const term of subject.terms ?? []) {
    const t = foldText(term.trim())
    if (t.length >= 2) add(t.split(/\s+/).map(esc).join('\\s+'), `term:${term}`, 'PERSON_NAME')
  }

  const emails = new Map<string, string>()
  for (const e of subject.emails ?? []) emails.set(normalizeEmail(e), `email:${e}`)
  const phoneIndex = buildPhoneIndex(subject.phones ?? [], region)

  return {
    hasEmails: emails.size > 0,
    phone: phoneIndex.size > 0 ? (digits) => phoneIndex.get(digits) : undefined,
    email: (value) => emails.get(normalizeEmail(value)),
    scan(text, out) {
      if (rules.length === 0) return
      const folded = foldText(text)
      for (const rule of rules) {
        rule.re.lastIndex = 0
        let m: RegExpExecArray | null
        while ((m = rule.re.exec(folded)) !== null) {
          if (m[0].length === 0) {
            rule.re.lastIndex++
            continue
          }
          out.push({ type: rule.type, start: m.index, end: m.index + m[0].length, confidence: 1, rule: 'subject', subject: true, identity: rule.identity })
        }
      }
    },
  }
}
