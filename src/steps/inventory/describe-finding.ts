import type { Finding } from '../../core/inventory/inventory-types'

/** The identity kinds `detectPii` writes before the colon of `identity` (e.g. `phone:+33612345678`). */
export const IDENTITY_KINDS = ['email', 'phone', 'name', 'handle', 'externalId', 'term'] as const
export type IdentityKind = (typeof IDENTITY_KINDS)[number]

/** Which of the subject's identifiers a finding matched, as a translatable kind. */
export function identityKind(finding: Pick<Finding, 'identity' | 'subject'>): IdentityKind | undefined {
  if (!finding.subject || !finding.identity) return undefined
  const kind = finding.identity.slice(0, finding.identity.indexOf(':'))
  return (IDENTITY_KINDS as readonly string[]).includes(kind) ? (kind as IdentityKind) : 'term'
}

/** Confidence as a whole percentage for display. */
export function confidencePercent(confidence: number): number {
  return Math.round(Math.max(0, Math.min(1, confidence)) * 100)
}

/** "2025-10-01" style dates in the agent's language; an unparsable date is shown as Zendesk sent it. */
export function formatDate(iso: string | undefined, locale: string): string | undefined {
  if (!iso) return undefined
  const ms = Date.parse(iso)
  return Number.isFinite(ms) ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms) : iso
}

/** File sizes in the agent's language (KB/MB with one decimal). */
export function formatSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)
}
