import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExportProgress } from '../../core/export/assemble-export'
import type { PrivacyExport } from '../../core/export/export-schema'
import { useInventoryResult } from '../../react/inventory-context'
import { useServices } from '../../react/services-context'
import { useLoadedSubject } from '../../react/subject-context'
import { useRequestCase } from '../../react/request-case-context'
import { useSellExportLoader } from '../../react/sell/use-sell-export'
import { buildExport } from './build-export'
import { version } from '../../../package.json'

export type BuildState =
  | { phase: 'idle' }
  | { phase: 'building'; progress: ExportProgress; source: 'inventory' | 'lists' | null }
  | { phase: 'ready'; document: PrivacyExport; source: 'inventory' | 'lists' }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: unknown }

/** Builds the export on demand, with progress and cancel; the result stays in memory only. */
export function useExportBuilder() {
  const { api, agent, context } = useServices()
  const { subject } = useLoadedSubject()
  const { ticketId } = useRequestCase()
  const inventory = useInventoryResult() ?? null
  const sell = useSellExportLoader()
  const [state, setState] = useState<BuildState>({ phase: 'idle' })
  const controller = useRef<AbortController | null>(null)
  useEffect(() => () => controller.current?.abort(), [])

  const build = useCallback(
    async (maskThirdParties: boolean) => {
      controller.current?.abort()
      const current = new AbortController()
      controller.current = current
      let source: 'inventory' | 'lists' | null = null
      setState({ phase: 'building', progress: { ticketsDone: 0, totalTickets: 0 }, source })
      try {
        const document = await buildExport({
          api,
          subjectId: subject.user.id,
          isStaff: subject.user.role !== 'end-user',
          inventory,
          maskThirdParties,
          subdomain: context.account?.subdomain ?? null,
          requestTicketId: ticketId,
          generatorVersion: version,
          sell,
          signal: current.signal,
          onTickets: (_count, from) => {
            source = from
          },
          onProgress: (progress) => !current.signal.aborted && setState({ phase: 'building', progress, source }),
        })
        if (!current.signal.aborted) setState({ phase: 'ready', document, source: source ?? 'lists' })
      } catch (error) {
        // A cancelled build already says so; requests still in flight end here and are ignored.
        if (!current.signal.aborted) setState({ phase: 'failed', error })
      }
    },
    [api, context.account?.subdomain, inventory, sell, subject.user.id, subject.user.role, ticketId],
  )

  const cancel = useCallback(() => {
    controller.current?.abort(new DOMException('Cancelled by the agent', 'AbortError'))
    setState({ phase: 'cancelled' })
  }, [])
  return { state, build, cancel, actorId: agent.id, actorRole: agent.role }
}
