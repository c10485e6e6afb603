import { useRef, useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Dots } from '@zendeskgarden/react-loaders'
import { Alert } from '@zendeskgarden/react-notifications'
import { MD, SM } from '@zendeskgarden/react-typography'
import type { CasePatch, RequestCase } from '../../core/case/request-case'
import { useI18n } from '../../i18n/i18n-context'
import { downloadText } from '../../react/browser-files'
import { useRequestCase } from '../../react/request-case-context'
import { ApiErrorMessage } from '../../components/api-error-message'
import { ZendeskApiError } from '../../zendesk/api-error'
import { fieldErrors } from '../../zendesk/field-errors'
import { CaseForm } from './case-form'
import { CaseSummary } from './case-summary'

/** A ticket tagged `privacy_request` by hand has no details yet: start the form from the defaults. */
function withDefaults(value: RequestCase | null, defaults: RequestCase): RequestCase {
  if (!value) return defaults
  return { ...value, receivedOn: value.receivedOn ?? defaults.receivedOn, jurisdiction: value.jurisdiction ?? defaults.jurisdiction }
}

/**
 * The request panel above the checklist: what the person asked for, when, under which law, the due date
 * and its countdown. In the ticket sidebar it is stored on the ticket; in the user sidebar only in memory.
 */
export default function RequestCasePanel() {
  const { t } = useI18n()
  const state = useRequestCase()
  const [isEditing, setEditing] = useState(false)
  const [justSaved, setJustSaved] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)

  async function save(patch: CasePatch) {
    const ok = await state.save(patch)
    if (ok) {
      setEditing(false)
      setJustSaved(true)
      // Back to the heading so keyboard and screen-reader users land on the updated summary.
      headingRef.current?.focus()
    }
  }

  // Zendesk refuses any update to a closed ticket (422 `ClosedTicket`): the case must move to a follow-up.
  function downloadEvidence() {
    const subjectId = state.evidence[0]?.subjectUserId ?? 'unknown'
    const day = new Date().toISOString().slice(0, 10)
    downloadText(`privacy-evidence-user-${subjectId}-${day}.json`, `${JSON.stringify(state.evidence, null, 2)}\n`, 'application/json')
  }

  const closed = state.saveError instanceof ZendeskApiError && fieldErrors(state.saveError).some((e) => e.code === 'ClosedTicket')
  return (
    <section aria-labelledby="request-case-title" data-testid="request-case" style={{ padding: '12px 0', display: 'grid', gap: 8 }}>
      <MD isBold tag="h2" id="request-case-title" ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>
        {t('case.title')}
      </MD>
      {state.storage === 'memory' && (
        <Alert type="info" role="note">
          <SM>{t('case.memoryNotice')}</SM>
        </Alert>
      )}
      {state.status === 'loading' && <Dots size={20} aria-label={t('case.loading')} />}
      {state.status === 'error' && <ApiErrorMessage error={state.loadError} title={t('case.loadFailed')} onRetry={state.reload} />}
      {state.status === 'ready' && isEditing && (
        <CaseForm initial={withDefaults(state.value, state.defaults)} isSaving={state.saving} onSave={(patch) => void save(patch)} onCancel={() => setEditing(false)} />
      )}
      {state.status === 'ready' && !isEditing && (
        <>
          {state.value ? <CaseSummary value={state.value} /> : <SM>{state.storage === 'ticket' ? t('case.none') : t('case.noneMemory')}</SM>}
          {state.readOnly ? (
            <SM>{t('case.readOnly')}</SM>
          ) : (
            <div>
              <Button size="small" onClick={() => {
                  setJustSaved(false)
                  setEditing(true)
                }}>
                {state.value ? t('case.edit') : t('case.start')}
              </Button>
            </div>
          )}
          {justSaved && state.storage === 'ticket' && (
            <SM role="status" data-testid="case-saved">
              {t('case.saved')}
            </SM>
          )}
        </>
      )}
      {state.evidence.length > 0 && (
        <div>
          <Button size="small" isBasic onClick={downloadEvidence}>
            {t('case.evidence.download', { count: state.evidence.length })}
          </Button>
          <SM>{t('case.evidence.hint')}</SM>
        </div>
      )}
      {state.saveError !== null && (closed ? <Alert type="error" role="alert">{t('case.error.closed')}</Alert> : <ApiErrorMessage error={state.saveError} title={t('case.saveFailed')} />)}
    </section>
  )
}
