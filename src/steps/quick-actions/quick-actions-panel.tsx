import styled from 'styled-components'
import { Dots } from '@zendeskgarden/react-loaders'
import { MD, SM } from '@zendeskgarden/react-typography'
import { getColor } from '@zendeskgarden/react-theming'
import { useI18n } from '../../i18n/i18n-context'
import { useServices } from '../../react/services-context'
import { useLoadedSubject } from '../../react/subject-context'
import { useAgentPermissions } from '../../react/erasure/use-agent-permissions'
import { useErasureRun } from '../../react/erasure/use-erasure-run'
import { ApiErrorMessage } from '../../components/api-error-message'
import { QuickActionChooser } from './quick-action-chooser'
import { QuickRunView } from './quick-run-view'
import { RestoreTickets } from './restore-tickets'

const Panel = styled.section`
  padding: 12px 0;
  display: grid;
  gap: 8px;
  border-bottom: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.default' })};
`

/**
 * Ticket sidebar: erase on this ticket without a full erasure — redact selected findings, redact a file, or
 * move the ticket to deleted (restorable from here until it is permanently deleted). The same plan →
 * preview → confirm → execute → verify path as the erasure step.
 */
export default function QuickActionsPanel() {
  const { t } = useI18n()
  const { context } = useServices()
  const { subject } = useLoadedSubject()
  const permissions = useAgentPermissions()
  const run = useErasureRun('quick_action', subject.user.id)
  const ticketId = context.ticketId
  return (
    <Panel aria-labelledby="quick-actions-title" data-panel="quick-actions">
      <MD isBold id="quick-actions-title" tag="h2" style={{ margin: 0 }}>
        {t('quickActions.title')}
      </MD>
      <SM>{t('quickActions.intro')}</SM>
      {permissions.status === 'loading' && <Dots size={20} aria-label={t('quickActions.loading')} />}
      {permissions.status === 'error' && <ApiErrorMessage error={permissions.error} onRetry={permissions.reload} />}
      {permissions.status === 'ready' &&
        (run.journal || run.running ? (
          <QuickRunView run={run} />
        ) : ticketId ? (
          <QuickActionChooser ticketId={ticketId} permissions={permissions.value} onStart={run.start} />
        ) : (
          <SM>{t('quickActions.noTicket')}</SM>
        ))}
      {permissions.status === 'ready' && !run.running && !run.journal && <RestoreTickets permissions={permissions.value} onStart={run.start} />}
    </Panel>
  )
}
