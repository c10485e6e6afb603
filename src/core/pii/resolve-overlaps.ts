import type { Candidate } from './types'

// Greedy selection: strongest candidates first (confidence, then length, then earliest), each
// accepted only if none of its code units is taken. A bitmap makes every check O(length);
// small sets (the usual ticket comment) use pairwise checks and skip the allocation.

const SMALL = 24

export function resolveOverlaps(candidates: readonly Candidate[], textLength: number): Candidate[] {
  if (candidates.length <= 1) return [...candidates]
  const order = [...candidates].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start || Number(b.subject ?? false) - Number(a.subject ?? false),
  )
  if (order.length <= SMALL) {
    const kept: Candidate[] = []
    for (const c of order) {
      if (c.end > c.start && kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c)
    }
    return kept.sort((a, b) => a.start - b.start)
  }
  const taken = new Uint8Array(textLength)
  const accepted: Candidate[] = []
  for (const c of order) {
    let free = c.end > c.start
    for (let i = c.start; free && i < c.end; i++) if (taken[i] === 1) free = false
    if (!free) continue
    taken.fill(1, c.start, c.end)
    accepted.push(c)
  }
  return accepted.sort((a, b) => a.start - b.start)
}
