import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { Finding } from '../../core/inventory/inventory-types'
import { useI18n } from '../../i18n/i18n-context'
import { FindingInContext } from '../../components/finding-in-context'

const Item = styled.li`
  padding: 6px 0;
  border-bottom: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
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
      <SM tag="div">
        <FindingInContext finding={finding} />
      </SM>
    </Item>
  )
}
