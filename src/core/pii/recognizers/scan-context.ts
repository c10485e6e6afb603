import type { Prescan } from '../text/prescan'
import type { CueHit, CueKind } from './cue-words'
import type { Candidate, PhoneRegion, PiiLocale, PiiType } from '../types'

/** What every recognizer receives: the text, which types are wanted, and where to put results. */
export interface ScanContext {
  text: string
  enabled: ReadonlySet<PiiType>
  locales: readonly PiiLocale[]
  phoneRegions: readonly PhoneRegion[]
  out: Candidate[]
  /** Candidates that cannot reach this confidence need not be computed. */
  minConfidence: number
  /** Returns the subject identity a phone-shaped digit string belongs to, if any. */
  subjectPhone?: (digits: string, international: boolean) => string | undefined
  /** The shared pre-scan (cue phrases, digit tokens), computed on first use. */
  pre?: Prescan<CueKind>
  /** Cue phrases announcing names, birth dates and passwords. */
  cues?: readonly CueHit[]
}

export function emit(ctx: ScanContext, type: PiiType, start: number, end: number, confidence: number, rule: string): void {
  if (!ctx.enabled.has(type)) return
  ctx.out.push({ type, start, end, confidence: Math.min(1, Math.max(0, confidence)), rule })
}
