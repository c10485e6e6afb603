import { useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Dots } from '@zendeskgarden/react-loaders'
import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import { buildEvidence } from '../../core/case/case-evidence'
import { useI18n } from '../../i18n/i18n-context'
import { copyText } from '../../react/browser-files'
import { useRequestCase } from '../../react/request-case-context'
import { useServices } from '../../react/services-context'
import { useLoadedSubject } from '../../react/subject-context'
import { ApiErrorMessage } from '../../components/api-error-message'
import { accessSummaryText } from './access-labels'
import { AccessSummaryView } from './access-summary-view'
import { useAccessSummary } from './use-access-summary'

/** Access: tell the person where their data is held and for what purposes. */
export default function AccessStep() {
  const { t } = useI18n()
  const { agent } = useServices()
  const { subject } = useLoadedSubject()
  const requestCase = useRequestCase()
  const summary = useAccessSummary()
  const [copied, setCopied] = useState<boolean | null>(null)

  function markAnswered() {
    if (summary.status !== 'ready') return
    const at = new Date().toISOString()
    const value = summary.value
    const evidence = buildEvidence({
      obligation: 'access',
      subjectUserId: subject.user.id,
      ...(requestCase.ticketId !== null ? { requestTicketId: requestCase.ticketId } : {}),
      actor: { userId: agent.id, role: agent.role },
      startedAt: at,
      operations: [{ kind: 'access_summary', target: { user: subject.user.id }, outcome: 'done', at }],
      counts: { tickets: value.tickets.total, identities: value.identities.reduce((n, i) => n + i.count, 0), organizations: value.organizations.length, purposes: value.purposes.length },
      notReached: value.complete ? [] : ['inventory_incomplete'],
      notes: { inventory: value.inventoryBuiltAt !== null },
    })
    void requestCase.save({ obligations: { access: 'done' } }, { action: 'access_answered', obligation: 'access', evidence })
  }

  return (
    <div style={{ display: 'grid', gap: 8 }} data-testid="access-step">
      <SM>{t('access.intro')}</SM>
      {summary.status === 'loading' && <Dots size={20} aria-label={t('access.loading')} />}
      {summary.status === 'error' && <ApiErrorMessage error={summary.error} onRetry={summary.reload} />}
      {summary.status === 'ready' && (
        <>
          {summary.value.inventoryBuiltAt === null ? (
            <Alert type="info" role="note">
              <SM>{t('access.noInventory')}</SM>
            </Alert>
          ) : (
            !summary.value.complete && (
              <Alert type="warning" role="note">
                <SM>{t('access.incomplete')}</SM>
              </Alert>
            )
          )}
          <AccessSummaryView summary={summary.value} />
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <Button size="small" onClick={async () => setCopied(await copyText(accessSummaryText(t, summary.value)))}>
              {t('access.copy')}
            </Button>
            {requestCase.checklist.access !== 'done' && !requestCase.readOnly && (
              <Button size="small" isPrimary disabled={requestCase.saving} onClick={markAnswered}>
                {t('access.markDone')}
              </Button>
            )}
          </div>
          {copied !== null && <SM role="status">{copied ? t('access.copied') : t('access.copyFailed')}</SM>}
          {requestCase.checklist.access === 'done' && <SM role="status">{t('access.done')}</SM>}
          {requestCase.saveError !== null && <ApiErrorMessage error={requestCase.saveError} />}
        </>
      )}
    </div>
  )
}
