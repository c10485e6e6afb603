import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchTerm } from '../core/inventory/inventory-types'
import type { ScanCheckpoint } from '../core/inventory/scan-checkpoint'
import type { SubjectIdentityInput, SubjectProfileInput } from '../core/inventory/scan-inputs'
import type { ScanProgress } from '../zendesk/scan-progress'
import type { SupportApi } from '../zendesk/support-api'
import { loadInventoryEngine, type InventoryEngine } from './use-inventory-engine'

export type ScanStatus = 'idle' | 'running' | 'cancelled' | 'finished' | 'failed'

export interface InventoryScanState {
  status: ScanStatus
  progress: ScanProgress | undefined
  checkpoint: ScanCheckpoint | undefined
  error: unknown
}

const IDLE: InventoryScanState = { status: 'idle', progress: undefined, checkpoint: undefined, error: undefined }

/**
 * Runs inventory scans for one subject: start (from scratch), resume (from the last checkpoint, when the
 * terms are unchanged) and cancel. The checkpoint lives in React state only, never in browser storage.
 * Unmounting cancels a running scan.
 */
export function useInventoryScan(
  api: SupportApi,
  subject: { profile: SubjectProfileInput & { role?: string }; identities: readonly SubjectIdentityInput[] },
  terms: readonly SearchTerm[],
  engine: InventoryEngine | undefined,
) {
  const [state, setState] = useState<InventoryScanState>(IDLE)
  const controller = useRef<AbortController | null>(null)
  const checkpointRef = useRef<ScanCheckpoint | undefined>(undefined)
  useEffect(() => () => controller.current?.abort(), [])

  const run = useCallback(
    async (fromCheckpoint: ScanCheckpoint | undefined) => {
      controller.current?.abort()
      const current = new AbortController()
      controller.current = current
      setState((s) => ({ ...s, status: 'running', error: undefined, progress: undefined }))
      try {
        const { scanInventory } = await loadInventoryEngine()
        const outcome = await scanInventory({
          api,
          subject,
          terms,
          signal: current.signal,
          ...(fromCheckpoint ? { checkpoint: fromCheckpoint } : {}),
          onProgress: (progress) => {
            if (controller.current === current) setState((s) => ({ ...s, progress }))
          },
        })
        checkpointRef.current = outcome.checkpoint
        if (controller.current === current || outcome.status === 'cancelled') {
          setState((s) => ({ ...s, status: outcome.status, checkpoint: outcome.checkpoint }))
        }
      } catch (error) {
        if (controller.current === current) setState((s) => ({ ...s, status: 'failed', error }))
      }
    },
    [api, subject, terms],
  )

  const enabledKeys = engine ? terms.filter((t) => t.enabled).map(engine.termKey) : []
  const resumable =
    engine !== undefined &&
    (state.status === 'cancelled' || (state.status === 'finished' && (state.checkpoint?.unreadable.length ?? 0) > 0)) &&
    engine.canResume(state.checkpoint, subject.profile.id, enabledKeys)

  return {
    ...state,
    /** Whether the last checkpoint can be resumed with the current terms. */
    resumable,
    start: useCallback(() => void run(undefined), [run]),
    resume: useCallback(() => void run(checkpointRef.current), [run]),
    cancel: useCallback(() => controller.current?.abort(), []),
  }
}
