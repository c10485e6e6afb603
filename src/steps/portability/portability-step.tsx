import { useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Checkbox, Field } from '@zendeskgarden/react-forms'
import { Progress } from '@zendeskgarden/react-loaders'
import { SM } from '@zendeskgarden/react-typography'
import { buildEvidence } from '../../core/case/case-evidence'
import { EXPORT_SCHEMA_ID, type PrivacyExport } from '../../core/export/export-schema'
import { useI18n } from '../../i18n/i18n-context'
import { useRequestCase } from '../../react/request-case-context'
import { useLoadedSubject } from '../../react/subject-context'
import { ApiErrorMessage } from '../../components/api-error-message'
import { SellExportNote } from '../../components/sell/sell-export-note'
import { ExportDownloads, type ExportFormat } from './export-downloads'
import { useExportBuilder } from './use-export-builder'

/** Portability: the person's data as a JSON file with a documented schema, and as a printable report. */
export default function PortabilityStep() {
  const { t } = useI18n()
  const { subject } = useLoadedSubject()
  const requestCase = useRequestCase()
  const { state, build, cancel, actorId, actorRole } = useExportBuilder()
  const [mask, setMask] = useState(true)
  const status = requestCase.checklist.portability

  function record(document: PrivacyExport, format: ExportFormat) {
    const at = new Date().toISOString()
    const evidence = buildEvidence({
      obligation: 'portability',
      subjectUserId: subject.user.id,
      ...(requestCase.ticketId !== null ? { requestTicketId: requestCase.ticketId } : {}),
      actor: { userId: actorId, role: actorRole },
      startedAt: document.generatedAt,
      finishedAt: at,
      operations: [{ kind: `export_${format}`, target: { user: subject.user.id }, outcome: 'done', at }],
      counts: { tickets: document.counts.tickets, comments: document.counts.comments, attachments: document.counts.attachments, masked: document.masking.maskedCount, incomplete: document.incomplete.length },
      // Attachments are listed with links, not copied into the file; Sell appears only when connected.
      notReached: ['attachment_contents', ...(document.sell.status === 'included' ? [] : ['sell'])],
      notes: { schema: EXPORT_SCHEMA_ID, masking: document.masking.thirdParties },
    })
    void requestCase.save(
      { obligations: { portability: status === 'done' ? 'done' : 'in_progress' } },
      { action: `export_${format}`, obligation: 'portability', evidence },
    )
  }

  const building = state.phase === 'building'
  const percent = building && state.progress.totalTickets > 0 ? Math.round((state.progress.ticketsDone / state.progress.totalTickets) * 100) : 0
  return (
    <div style={{ display: 'grid', gap: 12 }} data-testid="portability-step">
      <SM>{t('portability.intro')}</SM>
      <Field>
        <Checkbox checked={mask} disabled={building} onChange={(event) => setMask(event.target.checked)}>
          <Field.Label isRegular>{t('portability.mask')}</Field.Label>
          <Field.Hint>{t('portability.maskHint')}</Field.Hint>
        </Checkbox>
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button size="small" isPrimary={state.phase !== 'ready'} disabled={building} onClick={() => void build(mask)}>
          {state.phase === 'ready' ? t('portability.rebuild') : t('portability.build')}
        </Button>
        {building && (
          <Button size="small" isDanger isBasic onClick={cancel}>
            {t('portability.cancel')}
          </Button>
        )}
      </div>
      {building && (
        <div role="status" aria-live="polite">
          <Progress value={percent} size="small" aria-label={t('portability.progressLabel')} />
          <SM>
            {state.progress.totalTickets === 0 ? t('portability.finding') : t('portability.building', { done: state.progress.ticketsDone, total: state.progress.totalTickets })}
          </SM>
        </div>
      )}
      {state.phase === 'cancelled' && <SM role="status">{t('portability.cancelled')}</SM>}
      {state.phase === 'failed' && <ApiErrorMessage error={state.error} title={t('portability.failed')} onRetry={() => void build(mask)} />}
      {state.phase === 'ready' && (
        <div style={{ display: 'grid', gap: 8 }}>
          <SM role="status" data-testid="portability-ready">
            {t('portability.ready', { tickets: state.document.counts.tickets, comments: state.document.counts.comments, attachments: state.document.counts.attachments })}
          </SM>
          <SM>{state.source === 'inventory' ? t('portability.sourceInventory') : t('portability.sourceLists')}</SM>
          {state.document.masking.thirdParties && <SM>{t('portability.masked', { count: state.document.masking.maskedCount })}</SM>}
          {state.document.incomplete.length > 0 && <SM>{t('portability.incomplete', { count: state.document.incomplete.length })}</SM>}
          <SellExportNote section={state.document.sell} />
          <ExportDownloads document={state.document} onDelivered={(format) => record(state.document, format)} />
        </div>
      )}
      {requestCase.saveError !== null && <ApiErrorMessage error={requestCase.saveError} title={t('portability.recordFailed')} />}
      {status !== 'done' && !requestCase.readOnly && (
        <div>
          <Button size="small" isBasic disabled={requestCase.saving} onClick={() => void requestCase.save({ obligations: { portability: 'done' } }, { action: 'obligation_done', obligation: 'portability' })}>
            {t('portability.markDone')}
          </Button>
        </div>
      )}
    </div>
  )
}
