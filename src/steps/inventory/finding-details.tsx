import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { getColor } from '@zendeskgarden/react-theming'
import { MD, SM } from '@zendeskgarden/react-typography'
import type { Finding, ReviewState } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'
import { useTicketFieldTitles } from '../../react/use-ticket-field-titles'
import { confidencePercent, formatDate, identityKind } from './describe-finding'
import { FindingInContext } from '../../components/finding-in-context'
import { groupLabel } from './group-heading'
import type { ReviewGroup } from './review-rows'
import { ReviewStateTag } from './review-state-tag'

const Pane = styled.section`
  margin-top: 8px;
  padding: 8px;
  border-radius: 4px;
  background: ${({ theme }) => getColor({ theme, variable: 'background.subtle' })};
`

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  margin-top: 8px;
`

export interface FindingDetailsProps {
  finding: Finding
  group: ReviewGroup
  subjectId: number
  onDecide(ids: readonly string[], state: ReviewState): void
  /** Pending findings of the same group, for "confirm all". */
  groupPendingIds: readonly string[]
  canIgnore: boolean
  isIgnoring: boolean
  onIgnore(value: string): void
}

/** Where a finding was found: "Comment by the subject · internal note · 3 Oct 2025", "Subject line"… */
function useWhere(finding: Finding, subjectId: number): string {
  const { t, locale } = useI18n()
  // Custom fields are named by their title (loaded once, when one is shown); by their id when unreadable.
  const fieldTitles = useTicketFieldTitles(finding.location === 'custom_field')
  const fieldTitle = typeof finding.field === 'number' ? fieldTitles.get(finding.field) : undefined
  if (finding.location === 'custom_field' && fieldTitle !== undefined) return t('inventory.location.custom_field_titled', { title: fieldTitle })
  if (finding.location !== 'comment') return t(`inventory.location.${finding.location}`, { field: String(finding.field ?? '') })
  const author = finding.authorId === subjectId ? t('inventory.location.bySubject') : t('inventory.location.byUser', { id: finding.authorId ?? 0 })
  const visibility = t(finding.isPublic === false ? 'inventory.location.internal' : 'inventory.location.public')
  const date = formatDate(finding.createdAt, locale)
  return [t('inventory.location.comment', { author }), visibility, date].filter(Boolean).join(' · ')
}

/** The active finding in full: its context, why it matched, and the review actions. */
export function FindingDetails({ finding, group, subjectId, onDecide, groupPendingIds, canIgnore, isIgnoring, onIgnore }: FindingDetailsProps) {
  const { t } = useI18n()
  const where = useWhere(finding, subjectId)
  const kind = identityKind(finding)
  const why = kind
    ? t('inventory.why.subject', { identity: t(`inventory.identityKind.${kind}`) })
    : t('inventory.why.detected', { confidence: confidencePercent(finding.confidence), rule: finding.rule })
  return (
    <Pane aria-labelledby="inventory-details-title" aria-live="polite">
      <MD isBold id="inventory-details-title" tag="h4" style={{ margin: 0 }}>
        {t(`inventory.piiType.${finding.type}`)} · {groupLabel(t, group)}
      </MD>
      <SM>{where}</SM>
      <div style={{ margin: '6px 0' }}>
        <FindingInContext finding={finding} />
      </div>
      <SM>{why}</SM>
      <div style={{ marginTop: 4 }}>
        <ReviewStateTag state={finding.review} isSubject={finding.subject} />
      </div>
      <Actions>
        <Button size="small" isPrimary onClick={() => onDecide([finding.id], 'confirmed')} disabled={finding.review === 'confirmed'}>
          {t('inventory.review.confirm')}
        </Button>
        <Button size="small" onClick={() => onDecide([finding.id], 'dismissed')} disabled={finding.review === 'dismissed'}>
          {t('inventory.review.unmark')}
        </Button>
        {finding.review !== 'pending' && (
          <Button size="small" isBasic onClick={() => onDecide([finding.id], 'pending')}>
            {t('inventory.review.reset')}
          </Button>
        )}
        {groupPendingIds.length > 1 && (
          <Button size="small" isBasic onClick={() => onDecide(groupPendingIds, 'confirmed')}>
            {t('inventory.review.confirmGroup', { count: groupPendingIds.length })}
          </Button>
        )}
        <Button size="small" isBasic isDanger disabled={!canIgnore || isIgnoring} onClick={() => onIgnore(finding.value)}>
          {t('inventory.review.alwaysIgnore')}
        </Button>
      </Actions>
      {!canIgnore && <SM style={{ marginTop: 4 }}>{t('inventory.review.ignoreNeedsAdmin')}</SM>}
    </Pane>
  )
}
