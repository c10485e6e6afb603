import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { Dots } from '@zendeskgarden/react-loaders'
import { MD, SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../../i18n/i18n-context'
import { useServices } from '../../react/services-context'
import { useTicketFieldTitles } from '../../react/use-ticket-field-titles'
import { useTicketFindings } from '../../react/use-ticket-findings'
import { ApiErrorMessage } from '../../components/api-error-message'
import { TicketFindingItem } from './ticket-finding-item'

const Panel = styled.section`
  padding: 12px 0;
  border-bottom: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.default' })};
`

function TicketFindings({ ticketId }: { ticketId: number }) {
  const { t } = useI18n()
  const scan = useTicketFindings(ticketId)
  const fieldTitles = useTicketFieldTitles(scan.status === 'ready' && scan.value.findings.some((f) => f.location === 'custom_field'))
  if (scan.status === 'loading') return <Dots size={20} aria-label={t('thisTicket.loading')} />
  if (scan.status === 'error') return <ApiErrorMessage error={scan.error} onRetry={scan.reload} />
  const { findings, ticket } = scan.value
  return (
    <>
      <SM role="status" aria-live="polite">
        {t('thisTicket.count', { count: findings.length, comments: ticket.commentCount })}
      </SM>
      {ticket.attachments.some((a) => a.looksLikeIdentityDocument) && <SM>{t('thisTicket.identityDocuments')}</SM>}
      <ul aria-label={t('thisTicket.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 360, overflowY: 'auto' }}>
        {findings.map((finding) => (
          <TicketFindingItem key={finding.id} finding={finding} fieldTitle={typeof finding.field === 'number' ? fieldTitles.get(finding.field) : undefined} />
        ))}
      </ul>
    </>
  )
}

/** Ticket sidebar: the personal data in this ticket only, rescanned when a comment is added. */
export default function ThisTicketPanel() {
  const { t } = useI18n()
  const { context } = useServices()
  return (
    <Panel aria-labelledby="this-ticket-title" data-panel="this-ticket">
      <MD isBold id="this-ticket-title" tag="h2" style={{ margin: 0 }}>
        {t('thisTicket.title')}
      </MD>
      <SM>{t('thisTicket.intro')}</SM>
      {context.ticketId ? <TicketFindings ticketId={context.ticketId} /> : <SM>{t('thisTicket.noTicket')}</SM>}
    </Panel>
  )
}
