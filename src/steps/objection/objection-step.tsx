import { useEffect, useRef, useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Field, Select } from '@zendeskgarden/react-forms'
import { Alert, Well } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import { buildEvidence } from '../../core/case/case-evidence'
import { useI18n } from '../../i18n/i18n-context'
import { useRequestCase } from '../../react/request-case-context'
import { useServices } from '../../react/services-context'
import { useLoadedSubject } from '../../react/subject-context'
import { useUserUpdateQueue } from '../../react/use-user-update-queue'
import { SellErasureSection } from '../../components/sell/sell-erasure-section'
import { explainUserWriteError, type UserWriteProblem } from '../../react/user-write-error'
import type { ZendeskUser } from '../../zendesk/schemas/user-schemas'
import { ObjectionProblem } from './objection-problem'
import { OBJECTION_REASONS, isObjectionReason, type ObjectionReason } from './objection-reasons'

/**
 * Objection: suspending the user stops every notification Zendesk sends them and routes their new
 * requests to the suspended tickets queue. The reason is recorded as a code in the request's evidence.
 */
export default function ObjectionStep() {
  const { t } = useI18n()
  const { api, agent } = useServices()
  const { subject } = useLoadedSubject()
  const requestCase = useRequestCase()
  const [user, setUser] = useState<ZendeskUser>(subject.user)
  const [reason, setReason] = useState<ObjectionReason | ''>('')
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<UserWriteProblem | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const queued = useUserUpdateQueue(user.id)
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])
  const suspending = !user.suspended

  async function apply() {
    const startedAt = new Date().toISOString()
    setBusy(true)
    setProblem(null)
    setNotice(null)
    try {
      await api.userUpdates.updateUser(user.id, { suspended: suspending })
      const reread = await api.users.getUser(user.id)
      const passed = reread.suspended === suspending
      setUser(reread)
      setConfirming(false)
      setNotice(passed ? t(suspending ? 'objection.suspended' : 'objection.unsuspended') : t('objection.notVerified'))
      const kind = suspending ? 'suspend_user' : 'unsuspend_user'
      const evidence = buildEvidence({
        obligation: 'objection',
        subjectUserId: user.id,
        ...(requestCase.ticketId !== null ? { requestTicketId: requestCase.ticketId } : {}),
        actor: { userId: agent.id, role: agent.role },
        startedAt,
        finishedAt: new Date().toISOString(),
        operations: [{ kind, target: { user: user.id }, outcome: passed ? 'done' : 'failed', verification: { method: 'reread_user', passed, at: new Date().toISOString() } }],
        // Suspension stops Zendesk's own notifications; other channels (marketing tools, integrations) are not reached.
        notReached: ['integrations', 'external_marketing_tools'],
        notes: { reason: reason || 'not_given' },
      })
      await requestCase.save({ obligations: { objection: suspending && passed ? 'done' : 'in_progress' } }, { action: kind, obligation: 'objection', evidence })
    } catch (error) {
      setProblem(explainUserWriteError(error, user))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: 10 }} data-testid="objection-step">
      <SM>{t('objection.intro')}</SM>
      <Alert type="info" role="note">
        <SM>{t('objection.effect')}</SM>
      </Alert>
      <SM isBold role="status" data-testid="objection-status">
        {user.suspended ? t('objection.statusSuspended') : t('objection.statusActive')}
      </SM>
      {user.role !== 'end-user' && suspending && <Alert type="warning" role="note">{t('objection.staffWarning')}</Alert>}
      {(user.shared || user.shared_agent) && <Alert type="warning" role="note">{t('objection.error.shared')}</Alert>}
      {suspending && (
        <Field>
          <Field.Label>{t('objection.reasonLabel')}</Field.Label>
          <Select value={reason} disabled={busy || confirming} onChange={(e) => setReason(isObjectionReason(e.target.value) ? e.target.value : '')}>
            <option value="">{t('objection.reasonChoose')}</option>
            {OBJECTION_REASONS.map((code) => (
              <option key={code} value={code}>
                {t(`objection.reason.${code}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {!suspending && <SM>{t('objection.unsuspendEffect')}</SM>}
      {!confirming && (
        <div>
          <Button size="small" isDanger={suspending} disabled={busy || (suspending && reason === '')} onClick={() => setConfirming(true)}>
            {suspending ? t('objection.suspend') : t('objection.unsuspend')}
          </Button>
        </div>
      )}
      {confirming && (
        <Well role="alertdialog" aria-labelledby="objection-confirm-text" isRecessed>
          <SM id="objection-confirm-text">
            {suspending ? t('objection.confirmSuspend', { name: user.name ?? `#${user.id}`, reason: t(`objection.reason.${reason || 'other'}`) }) : t('objection.confirmUnsuspend', { name: user.name ?? `#${user.id}` })}
          </SM>
          <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
            <Button ref={confirmRef} size="small" isPrimary isDanger={suspending} disabled={busy} onClick={() => void apply()}>
              {busy ? t('objection.working') : suspending ? t('objection.confirmSuspendButton') : t('objection.confirmUnsuspendButton')}
            </Button>
            <Button size="small" isBasic disabled={busy} onClick={() => setConfirming(false)}>
              {t('objection.cancel')}
            </Button>
          </div>
        </Well>
      )}
      {queued > 0 && (
        <SM role="status" data-testid="objection-queued">
          {t('objection.queued', { count: queued })}
        </SM>
      )}
      {notice && (
        <SM role="status" data-testid="objection-notice">
          {notice}
        </SM>
      )}
      {problem && <ObjectionProblem problem={problem} />}
      {requestCase.saveError !== null && !problem && <SM role="alert">{t('objection.recordFailed')}</SM>}
      <SellErasureSection obligation="objection" />
    </div>
  )
}
