import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import { maskValue } from '../../core/inventory/mask-value'
import type { Finding } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'

const Item = styled.li`
  padding: 6px 0;
  border-bottom: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
`

const Masked = styled.mark`
  background: ${({ theme }) => getColor({ theme, variable: 'background.warning' })};
  color: inherit;
  font-family: ${({ theme }) => theme.fonts.mono};
`

/** Which place of the ticket holds the finding: the subject line, a field, or a comment (internal or public). */
function whereKey(finding: Finding, fieldTitle: string | undefined): string {
  if (finding.location === 'ticket_subject') return 'thisTicket.where.subject'
  if (finding.location === 'custom_field') return fieldTitle === undefined ? 'thisTicket.where.field' : 'thisTicket.where.fieldTitled'
  return finding.isPublic === false ? 'thisTicket.where.internal' : 'thisTicket.where.public'
}

/**
 * One finding of this ticket: masked value in its context (a custom field is named by `fieldTitle` when
 * known, else by its id). Ticket text is hostile input, so it is shown as React text only, each part
 * bidi-isolated.
 */
export function TicketFindingItem({ finding, fieldTitle }: { finding: Finding; fieldTitle?: string }) {
  const { t } = useI18n()
  const context = finding.context
  return (
    <Item data-finding-id={finding.id}>
      <div style={{ display: 'flex', gap: 4, alignItems: 'center', flexWrap: 'wrap' }}>
        <SM isBold tag="span">
          {t(`thisTicket.piiType.${finding.type}`)}
        </SM>
        {finding.subject && (
          <Tag size="small" hue="blue">
            {t('thisTicket.subjectTag')}
          </Tag>
        )}
        <SM tag="span">{t(whereKey(finding, fieldTitle), { field: String(finding.field ?? ''), title: fieldTitle ?? '' })}</SM>
      </div>
      <SM dir="auto" style={{ overflowWrap: 'anywhere' }}>
        {context?.clippedBefore && '… '}
        <bdi>{context?.before ?? ''}</bdi>
        <Masked>
          <bdi>{maskValue(finding.type, finding.value)}</bdi>
        </Masked>
        <bdi>{context?.after ?? ''}</bdi>
        {context?.clippedAfter && ' …'}
      </SM>
    </Item>
  )
}
