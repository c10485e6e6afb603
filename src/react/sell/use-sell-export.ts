import { useCallback } from 'react'
import type { ExportIncomplete, ExportSell } from '../../core/export/export-schema'
import { buildSellExport, sellIncomplete } from '../../core/sell/sell-export'
import { sellLookupTerms } from '../../core/sell/sell-lookup-terms'
import { describeSellError } from '../../zendesk/sell/sell-errors'
import { loadSellSubject } from '../../zendesk/sell/load-sell-subject'
import { useLoadedSubject } from '../subject-context'
import { useSellApi } from './use-sell-api'

export interface SellExportPart {
  section: ExportSell
  incomplete: ExportIncomplete[]
}

/** Reads Sell for the export; `mask` is the export's third-party masker when the agent asked for masking. */
export type SellExportLoader = (signal: AbortSignal, mask?: (text: string) => string) => Promise<SellExportPart>

/**
 * The Sell part of the portability export. It never fails the export: when Sell cannot be read the
 * section says `failed` with the reason and the rest of the export is built as usual.
 */
export function useSellExportLoader(): SellExportLoader {
  const api = useSellApi()
  const { subject } = useLoadedSubject()
  return useCallback(
    async (signal, mask) => {
      if (!api) return { section: buildSellExport({ status: 'not_connected' }), incomplete: [] }
      try {
        const data = await loadSellSubject(api, sellLookupTerms({ user: subject.user, identities: subject.identities }), signal)
        const section = buildSellExport({ status: 'included', data, ...(mask ? { mask } : {}) })
        return { section, incomplete: sellIncomplete(section, data) }
      } catch (error) {
        if (signal.aborted) throw error
        const section = buildSellExport({ status: 'failed', reason: describeSellError(error).kind })
        return { section, incomplete: sellIncomplete(section) }
      }
    },
    [api, subject],
  )
}
