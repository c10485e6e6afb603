import type { EvidenceRecord } from '../../core/evidence/evidence-types'
import type { Translate } from '../../i18n/create-translator'

/**
 * The internal note's text: what was done, counted, and where data may remain, in the agent's language.
 * Built from the evidence record only, so it carries ids and numbers, never personal data.
 */
export function evidenceNoteText(t: Translate, evidence: EvidenceRecord): string {
  const c = evidence.counts
  const lines = [
    t('evidence.note.title'),
    t('evidence.note.subject', { user: evidence.subjectUserId }),
    t('evidence.note.actor', { user: evidence.actor.userId, role: evidence.actor.role }),
    t('evidence.note.period', { started: evidence.startedAt, finished: evidence.finishedAt ?? '' }),
    t('evidence.note.outcomes', { done: c.done ?? 0, failed: c.failed ?? 0, skipped: c.skipped ?? 0, verified: c.verified ?? 0 }),
    t('evidence.note.details', {
      comments: c.commentsRedacted ?? 0,
      attachments: c.attachmentsRedacted ?? 0,
      deleted: c.ticketsMovedToDeleted ?? 0,
      purged: c.ticketsPermanentlyDeleted ?? 0,
      recordings: c.recordingsDeleted ?? 0,
    }),
    t((c.userPermanentlyDeleted ?? 0) > 0 ? 'evidence.note.userPurged' : (c.userSoftDeleted ?? 0) > 0 ? 'evidence.note.userDeleted' : 'evidence.note.userKept'),
    t('evidence.note.notReached', { list: evidence.notReached.map((code) => t(`evidence.notReached.${code}`)).join('; ') }),
    t('evidence.note.runId', { id: String(evidence.notes?.runId ?? '') }),
  ]
  return lines.join('\n')
}

export function evidenceFileName(evidence: EvidenceRecord): string {
  return `erasure-evidence-user-${evidence.subjectUserId}-${(evidence.finishedAt ?? evidence.startedAt).slice(0, 10)}.json`
}
