import { useMemo, useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import type { EvidenceOperation } from '../../core/evidence/evidence-types'
import { useI18n } from '../../i18n/i18n-context'
import { useRequestCase } from '../../react/request-case-context'
import { useSupportApi } from '../../react/services-context'
import { useLoadedSubject } from '../../react/subject-context'
import { useUserUpdateQueue } from '../../react/use-user-update-queue'
import { explainUserWriteError, type UserWriteProblem } from '../../react/user-write-error'
import type { ZendeskIdentity, ZendeskUser } from '../../zendesk/schemas/user-schemas'
import { ChangeReview } from './change-review'
import { IdentityManager, type IdentityAction } from './identity-manager'
import { ProfileEditor } from './profile-editor'
import { changeLanded, diffProfile, draftFromUser, toUserChanges, type ProfileDraft } from './profile-draft'
import { useCorrectionRecord } from './use-correction-record'
import { WriteProblem } from './write-problem'

/**
 * Correction: edit the profile with a before/after review and confirmation, manage identities; every
 * write is checked by re-reading Zendesk and recorded in the request's evidence (field names, not values).
 */
export default function CorrectionStep() {
  const { t } = useI18n()
  const api = useSupportApi()
  const { subject } = useLoadedSubject()
  const requestCase = useRequestCase()
  // The step keeps its own fresh copy: re-loading the whole sidebar after each write would close the step.
  const [user, setUser] = useState<ZendeskUser>(subject.user)
  const [identities, setIdentities] = useState<ZendeskIdentity[]>(subject.identities)
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromUser(subject.user))
  const [mode, setMode] = useState<'edit' | 'review'>('edit')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<UserWriteProblem | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const queued = useUserUpdateQueue(user.id)
  const record = useCorrectionRecord(user.id)
  const changes = useMemo(() => diffProfile(user, draft), [user, draft])

  async function applyProfile() {
    const startedAt = new Date().toISOString()
    setBusy(true)
    setProblem(null)
    setNotice(null)
    try {
      await api.userUpdates.updateUser(user.id, toUserChanges(user, changes))
      const reread = await api.users.getUser(user.id)
      const passed = changes.every((change) => changeLanded(reread, change))
      setUser(reread)
      setDraft(draftFromUser(reread))
      setMode('edit')
      setNotice(passed ? t('correction.saved') : t('correction.notVerified'))
      const operation: EvidenceOperation = {
        kind: 'update_user_profile',
        target: { user: user.id },
        outcome: passed ? 'done' : 'failed',
        verification: { method: 'reread_user', passed, at: new Date().toISOString() },
        ...(passed ? {} : { reason: 'not_verified' }),
      }
      await record('correction_profile', startedAt, [operation], { fields: changes.map((c) => c.field).join(',') })
    } catch (error) {
      setProblem(explainUserWriteError(error, user))
    } finally {
      setBusy(false)
    }
  }

  async function applyIdentity(action: IdentityAction): Promise<boolean> {
    const startedAt = new Date().toISOString()
    setBusy(true)
    setProblem(null)
    setNotice(null)
    try {
      let targetId: number
      if (action.kind === 'add') {
        targetId = (await api.identityUpdates.createIdentity(user.id, action.type, action.value)).id
      } else {
        targetId = action.identity.id
        if (action.kind === 'primary') await api.identityUpdates.makePrimary(user.id, targetId)
        else await api.identityUpdates.deleteIdentity(user.id, targetId)
      }
      const reread = await api.users.listIdentities(user.id)
      const found = reread.find((i) => i.id === targetId)
      const passed = action.kind === 'delete' ? !found : action.kind === 'primary' ? found?.primary === true : found !== undefined
      setIdentities(reread)
      setNotice(passed ? t('correction.identity.done') : t('correction.notVerified'))
      const kind = { add: 'add_identity', primary: 'make_identity_primary', delete: 'delete_identity' }[action.kind]
      await record(`correction_${kind}`, startedAt, [
        {
          kind,
          target: { user: user.id, identity: targetId },
          outcome: passed ? 'done' : 'failed',
          verification: { method: 'reread_identities', passed, at: new Date().toISOString() },
        },
      ])
      return true
    } catch (error) {
      setProblem(explainUserWriteError(error, user))
      return false
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: 12 }} data-testid="correction-step">
      <SM>{t('correction.intro')}</SM>
      {(user.shared || user.shared_agent) && <Alert type="warning" role="note">{t('correction.error.shared')}</Alert>}
      {mode === 'edit' ? (
        <ProfileEditor draft={draft} onChange={setDraft} onReview={() => setMode('review')} changeCount={changes.length} isDisabled={busy} />
      ) : (
        <ChangeReview changes={changes} isSaving={busy} onConfirm={() => void applyProfile()} onBack={() => setMode('edit')} />
      )}
      {queued > 0 && (
        <SM role="status" data-testid="correction-queued">
          {t('correction.queued', { count: queued })}
        </SM>
      )}
      {notice && (
        <SM role="status" data-testid="correction-notice">
          {notice}
        </SM>
      )}
      {problem && <WriteProblem problem={problem} />}
      <IdentityManager identities={identities} isBusy={busy} onAction={applyIdentity} />
      {requestCase.checklist.correction !== 'done' && !requestCase.readOnly && (
        <div>
          <Button size="small" isBasic disabled={requestCase.saving || busy} onClick={() => void requestCase.save({ obligations: { correction: 'done' } }, { action: 'obligation_done', obligation: 'correction' })}>
            {t('correction.markDone')}
          </Button>
        </div>
      )}
    </div>
  )
}
