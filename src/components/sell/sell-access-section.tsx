import { Dots } from '@zendeskgarden/react-loaders'
import { SM } from '@zendeskgarden/react-typography'
import { summarizeSell } from '../../core/sell/sell-summary'
import { useI18n } from '../../i18n/i18n-context'
import { useSellSubject } from '../../react/sell/use-sell-subject'
import { SellErrorAlert } from './sell-error-alert'
import { SellIntegrationNotice } from './sell-integration-notice'
import { SellRecordItem } from './sell-record-item'
import { SellBlock, SellHeading } from './sell-layout'

/**
 * The Sell part of the access summary: the subject's contacts and leads with their related items. It
 * loads on its own, so Sell being slow, rate-limited or misconfigured never holds up the Support part.
 */
export function SellAccessSection() {
  const { t } = useI18n()
  const sell = useSellSubject()
  return (
    <SellBlock aria-labelledby="sell-access-title" data-testid="sell-access" data-status={sell.status}>
      <SellHeading id="sell-access-title">{t('sell.title')}</SellHeading>
      {sell.status === 'not_connected' && <SM>{t('sell.notConnected')}</SM>}
      {sell.status === 'loading' && <Dots size={20} aria-label={t('sell.loading')} />}
      {sell.status === 'error' && <SellErrorAlert error={sell.error} onRetry={sell.reload} />}
      {sell.status === 'ready' && <SellFindings data={sell.data} />}
    </SellBlock>
  )
}

function SellFindings({ data }: { data: Parameters<typeof summarizeSell>[0] & object }) {
  const { t } = useI18n()
  const summary = summarizeSell(data, 'included')
  return (
    <>
      <SM data-testid="sell-counts">
        {summary.records.length === 0 ? t('sell.none') : `${t('sell.contacts', { count: summary.contacts })} · ${t('sell.leads', { count: summary.leads })}`}
      </SM>
      {data.skippedLookups.length > 0 && <SM role="status">{t('sell.phoneSkipped')}</SM>}
      {data.findings.length > 0 && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
          {data.findings.map((finding) => (
            <SellRecordItem key={`${finding.kind}-${finding.id}`} finding={finding} />
          ))}
        </ul>
      )}
      <SellIntegrationNotice />
    </>
  )
}
