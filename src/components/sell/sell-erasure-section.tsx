import { useMemo, useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Dots } from '@zendeskgarden/react-loaders'
import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import { canDeleteInSell, defaultSellSelection, planSellDeletion, selectSellItems, SELL_DEALS_NOT_REACHED, type SellDeletionPlan } from '../../core/sell/plan-sell-deletion'
import { useI18n } from '../../i18n/i18n-context'
import { useServices } from '../../react/services-context'
import { useSellDeletion } from '../../react/sell/use-sell-deletion'
import { useSellSubject } from '../../react/sell/use-sell-subject'
import { SellDeletionConfirm } from './sell-deletion-confirm'
import { SellDeletionPreview } from './sell-deletion-preview'
import { SellDeletionResults } from './sell-deletion-results'
import { SellErrorAlert } from './sell-error-alert'
import { SellIntegrationNotice } from './sell-integration-notice'
import { SellBlock, SellHeading } from './sell-layout'

/**
 * Deleting the subject's Sell contacts and leads, for erasure or objection: preview → confirmation →
 * execute with progress → verify each is gone (404) → evidence on the request. Independent of the
 * Support erasure: either can run, fail or be skipped without the other.
 */
export function SellErasureSection({ obligation }: { obligation: 'erasure' | 'objection' }) {
  const { t } = useI18n()
  const sell = useSellSubject()
  return (
    <SellBlock aria-labelledby={`sell-${obligation}-title`} data-testid="sell-erasure" data-status={sell.status}>
      <SellHeading id={`sell-${obligation}-title`}>{t('sell.erasure.title')}</SellHeading>
      {sell.status === 'not_connected' && <SM>{t('sell.notConnected')}</SM>}
      {sell.status === 'loading' && <Dots size={20} aria-label={t('sell.loading')} />}
      {sell.status === 'error' && <SellErrorAlert error={sell.error} onRetry={sell.reload} />}
      {sell.status === 'ready' && <SellDeletion key={sell.data.findings.map((f) => f.id).join()} plan={planSellDeletion(sell.data.findings)} obligation={obligation} onSearchAgain={sell.reload} />}
    </SellBlock>
  )
}

function SellDeletion({ plan, obligation, onSearchAgain }: { plan: SellDeletionPlan; obligation: 'erasure' | 'objection'; onSearchAgain: () => void }) {
  const { t } = useI18n()
  const { agent } = useServices()
  const deletion = useSellDeletion(obligation)
  const [selected, setSelected] = useState(() => defaultSellSelection(plan))
  const [confirming, setConfirming] = useState(false)
  // Folded until the agent asks: the Support plan above is long, and the Sell part is a separate decision.
  const [open, setOpen] = useState(false)
  const chosen = useMemo(() => selectSellItems(plan, selected), [plan, selected])
  const allowed = canDeleteInSell(agent)
  const { state } = deletion
  const contacts = plan.items.filter((item) => item.record === 'contact').length

  if (state.phase === 'running' || state.phase === 'finished') {
    return (
      <>
        <SellDeletionResults items={plan.items} results={state.results} total={state.total} running={state.phase === 'running'} />
        {state.phase === 'finished' && (
          <>
            <SM role="status" data-testid="sell-evidence-status">
              {state.recorded ? t('sell.erasure.evidenceSaved') : t('sell.erasure.evidenceNotSaved')}
            </SM>
            <SellNotices plan={plan} />
            <div>
              <Button size="small" onClick={onSearchAgain}>
                {t('sell.erasure.searchAgain')}
              </Button>
            </div>
          </>
        )}
      </>
    )
  }
  if (plan.items.length === 0) {
    return (
      <>
        <SM data-testid="sell-nothing">{t('sell.erasure.nothing')}</SM>
        <SellIntegrationNotice />
      </>
    )
  }
  if (!open) {
    return (
      <>
        <SM data-testid="sell-erasure-counts">{`${t('sell.contacts', { count: contacts })} · ${t('sell.leads', { count: plan.items.length - contacts })}`}</SM>
        <div>
          <Button size="small" aria-expanded={false} onClick={() => setOpen(true)} data-testid="sell-review">
            {t('sell.erasure.review')}
          </Button>
        </div>
      </>
    )
  }
  return (
    <>
      <SM>{t('sell.erasure.intro')}</SM>
      <SellDeletionPreview
        plan={plan}
        selected={selected}
        disabled={confirming}
        onToggle={(id, on) =>
          setSelected((current) => {
            const next = new Set(current)
            if (on) next.add(id)
            else next.delete(id)
            return next
          })
        }
      />
      <SellNotices plan={plan} />
      {state.phase === 'failed' && <SellErrorAlert error={state.error} />}
      {!allowed ? (
        <Alert type="info">
          <SM>{t('sell.erasure.notAllowed')}</SM>
        </Alert>
      ) : confirming ? (
        <SellDeletionConfirm
          count={chosen.length}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            void deletion.run(plan, chosen)
          }}
        />
      ) : (
        <div>
          <Button size="small" isDanger disabled={chosen.length === 0} onClick={() => setConfirming(true)} data-testid="sell-delete">
            {t('sell.erasure.delete', { count: chosen.length })}
          </Button>
        </div>
      )}
    </>
  )
}

/** What the app cannot do in Sell, said before and after the run. */
function SellNotices({ plan }: { plan: SellDeletionPlan }) {
  const { t } = useI18n()
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <SellIntegrationNotice />
      {plan.notReached.includes(SELL_DEALS_NOT_REACHED) && <SM>{t('sell.erasure.dealsNotice')}</SM>}
      <SM>{t('sell.erasure.purgeNotice')}</SM>
    </div>
  )
}
