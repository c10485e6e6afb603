import { Progress } from '@zendeskgarden/react-loaders'
import { SM } from '@zendeskgarden/react-typography'
import type { SellDeletionItem } from '../../core/sell/plan-sell-deletion'
import type { SellDeletionResult } from '../../core/sell/sell-evidence'
import { useI18n } from '../../i18n/i18n-context'
import { API_ERROR_KINDS } from '../../zendesk/api-error'

function outcomeText(t: (key: string, vars?: Record<string, string | number>) => string, result: SellDeletionResult): string {
  if (result.outcome === 'done') return t('sell.erasure.result.done')
  if (result.outcome === 'pending') return t('sell.erasure.result.pending')
  if (result.reason === 'still_present') return t('sell.erasure.result.stillPresent')
  const kind = (API_ERROR_KINDS as readonly string[]).includes(result.reason ?? '') ? (result.reason as string) : 'unknown'
  return t('sell.erasure.result.failed', { reason: t(`sell.reason.${kind}`) })
}

/** Progress while deleting, then one line per record: deleted and verified gone (404), or why not. */
export function SellDeletionResults({ items, results, total, running }: { items: readonly SellDeletionItem[]; results: readonly SellDeletionResult[]; total: number; running: boolean }) {
  const { t } = useI18n()
  const names = new Map(items.map((item) => [item.id, item]))
  const verified = results.filter((r) => r.verification?.passed).length
  return (
    <div style={{ display: 'grid', gap: 6 }} data-testid="sell-deletion-results">
      {running && <Progress value={total === 0 ? 100 : Math.round((results.length / total) * 100)} size="small" aria-label={t('sell.erasure.progressLabel')} />}
      <SM role="status" aria-live="polite" data-testid="sell-deletion-status">
        {running ? t('sell.erasure.running', { done: results.length, total }) : t('sell.erasure.finished', { done: verified, total })}
      </SM>
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {results.map((result) => {
          const item = names.get(result.itemId)
          return (
            <li key={result.itemId} data-testid="sell-deletion-result" data-item={result.itemId} data-outcome={result.outcome}>
              <SM>
                {t(`sell.kind.${result.record}`)} · {item?.name ?? ''} · #{result.recordId}: {outcomeText(t, result)}
              </SM>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
