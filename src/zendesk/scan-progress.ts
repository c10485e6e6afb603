/** What the progress bar shows while an inventory scan runs. */
export interface ScanProgress {
  phase: 'discovering' | 'scanning' | 'done' | 'cancelled'
  ticketsFound: number
  ticketsScanned: number
  /** Requests sent to Zendesk by this scan so far, earlier (resumed) runs included. */
  requestsUsed: number
  /** Milliseconds left at the current pace; undefined until there is something to measure. */
  etaMs: number | undefined
  unreadable: number
}

export interface EtaInput {
  /** Requests still expected (unscanned tickets × comment pages per ticket, plus discovery left). */
  remainingRequests: number
  /** Requests this run has sent, and for how long it has been running. */
  sent: number
  elapsedMs: number
  /** The scheduler's budget (the apps limit). */
  perMinute: number
}

/**
 * Time left: the remaining requests at the slower of the allowed rate and the pace measured so far
 * (a slow network, or other calls sharing the budget, make the measured pace the real limit).
 */
export function estimateEtaMs({ remainingRequests, sent, elapsedMs, perMinute }: EtaInput): number | undefined {
  if (remainingRequests <= 0) return 0
  const allowed = perMinute / 60_000
  const measured = elapsedMs > 0 && sent > 0 ? sent / elapsedMs : undefined
  const rate = measured === undefined ? allowed : Math.min(allowed, measured)
  return rate > 0 ? Math.round(remainingRequests / rate) : undefined
}

/** Calls `emit` at most once per `intervalMs` (the last update always goes through with `force`). */
export function createThrottle(now: () => number, intervalMs: number) {
  let last = -Infinity
  return (emit: () => void, force = false) => {
    const t = now()
    if (!force && t - last < intervalMs) return
    last = t
    emit()
  }
}
