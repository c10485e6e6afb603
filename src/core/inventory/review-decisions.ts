import type { Finding, ReviewState } from './inventory-types'

/** The agent's review, by finding id. Pending findings have no entry. In memory only. */
export type ReviewDecisions = Readonly<Record<string, Exclude<ReviewState, 'pending'>>>

/** Sets (or, with `pending`, clears) the decision for each id. */
export function decide(decisions: ReviewDecisions, ids: readonly string[], state: ReviewState): ReviewDecisions {
  const next: Record<string, Exclude<ReviewState, 'pending'>> = { ...decisions }
  for (const id of ids) {
    if (state === 'pending') delete next[id]
    else next[id] = state
  }
  return next
}

/** Findings with their review state taken from the decisions. */
export function applyReviewDecisions(findings: readonly Finding[], decisions: ReviewDecisions): Finding[] {
  return findings.map((f) => {
    const review = decisions[f.id] ?? 'pending'
    return review === f.review ? f : { ...f, review }
  })
}
