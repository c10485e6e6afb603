import { useState } from 'react'
import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import type { EvidenceRecord } from '../../core/evidence/evidence-types'
import { useI18n } from '../../i18n/i18n-context'
import { copyText, downloadText } from '../../react/browser-files'
import { useServices } from '../../react/services-context'
import { addEvidenceNote } from '../../zendesk/erasure/add-evidence-note'
import { ApiErrorMessage } from '../api-error-message'
import { evidenceFileName, evidenceNoteText } from './evidence-note-text'

/**
 * Download the evidence as JSON (with a copy fallback for sandboxed iframes) and, in the ticket sidebar,
 * add it as an internal note on the request ticket — only when the agent asks for it.
 */
export function EvidenceActions({ evidence, noteTicketId, onNoteAdded, noteAdded }: {
  evidence: EvidenceRecord
  /** The request ticket (ticket sidebar); undefined hides the note button. */
  noteTicketId?: number
  noteAdded?: boolean
  onNoteAdded?: () => void
}) {
  const { t } = useI18n()
  const { api } = useServices()
  const [message, setMessage] = useState<string | null>(null)
  const [noteState, setNoteState] = useState<'idle' | 'saving' | 'error'>('idle')
  const [noteError, setNoteError] = useState<unknown>(null)
  const json = JSON.stringify(evidence, null, 2)

  async function addNote(ticketId: number) {
    setNoteState('saving')
    try {
      await addEvidenceNote(api, ticketId, evidenceNoteText(t, evidence))
      setNoteState('idle')
      onNoteAdded?.()
    } catch (error) {
      setNoteError(error)
      setNoteState('error')
    }
  }

  return (
    <div style={{ display: 'grid', gap: 6 }} data-testid="evidence-actions">
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button size="small" isPrimary onClick={() => setMessage(downloadText(evidenceFileName(evidence), json, 'application/json') ? t('evidence.downloaded') : t('evidence.downloadFailed'))}>
          {t('evidence.download')}
        </Button>
        <Button size="small" isBasic onClick={async () => setMessage((await copyText(json)) ? t('evidence.copied') : t('evidence.copyFailed'))}>
          {t('evidence.copy')}
        </Button>
        {noteTicketId !== undefined && !noteAdded && (
          <Button size="small" disabled={noteState === 'saving'} onClick={() => void addNote(noteTicketId)}>
            {t('evidence.addNote', { ticket: noteTicketId })}
          </Button>
        )}
      </div>
      {noteAdded && <SM role="status">{t('evidence.noteAdded', { ticket: noteTicketId ?? '' })}</SM>}
      {message && <SM role="status">{message}</SM>}
      {noteState === 'error' && <ApiErrorMessage error={noteError} title={t('evidence.noteFailed')} />}
    </div>
  )
}
