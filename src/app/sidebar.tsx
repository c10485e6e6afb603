import { Suspense, useRef } from 'react'
import styled from 'styled-components'
import { Dots } from '@zendeskgarden/react-loaders'
import { SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../i18n/i18n-context'
import { useServices } from '../react/services-context'
import { useAutoResize } from '../react/use-auto-resize'
import { useSubject } from '../react/use-subject'
import { SubjectProvider } from '../react/subject-context'
import { InventoryProvider } from '../react/inventory-context'
import { RequestCaseProvider, useRequestCase } from '../react/request-case-context'
import { ApiErrorMessage } from '../components/api-error-message'
import { SubjectCard } from '../components/subject-card'
import { PanelBoundary } from '../components/panel-boundary'
import { Checklist } from './checklist'
import { LOCATION_PANELS } from './step-registry'

const Root = styled.main`
  padding: 0 12px 12px;
`

/** The app in either sidebar: who the subject is, then the checklist. */
export function Sidebar() {
  const { client, location, context } = useServices()
  const { t } = useI18n()
  const ref = useRef<HTMLElement>(null)
  useAutoResize(client, ref)
  const subject = useSubject()
  const caption = location === 'ticket_sidebar' && context.ticketId ? t('subject.requesterOf', { id: context.ticketId }) : undefined
  return (
    <Root ref={ref} aria-busy={subject.status === 'loading'}>
      {subject.status === 'loading' && (
        <div role="status" style={{ padding: 16, textAlign: 'center' }}>
          <Dots size={24} aria-hidden />
          <SM>{t('subject.loading')}</SM>
        </div>
      )}
      {subject.status === 'error' && <ApiErrorMessage error={subject.error} onRetry={subject.reload} />}
      {subject.status === 'ready' && subject.value === null && <SM role="status">{t('subject.none')}</SM>}
      {subject.status === 'ready' && subject.value && (
        <SubjectProvider value={{ subject: subject.value, reload: subject.reload }}>
          {/* One inventory per subject: a new requester on the ticket starts from scratch. */}
          <InventoryProvider key={subject.value.user.id}>
            <RequestCaseProvider>
              <SubjectCard user={subject.value.user} identities={subject.value.identities} caption={caption} />
              {LOCATION_PANELS.filter((panel) => panel.locations.includes(location)).map(({ id, component: Panel }) => (
                <PanelBoundary key={id}>
                  <Suspense fallback={<Dots size={20} aria-label={t('boot.loading')} />}>
                    <Panel />
                  </Suspense>
                </PanelBoundary>
              ))}
              <CaseChecklist />
            </RequestCaseProvider>
          </InventoryProvider>
        </SubjectProvider>
      )}
    </Root>
  )
}

/** The checklist's statuses come from the request case (the ticket's tags and note, or memory). */
function CaseChecklist() {
  return <Checklist status={useRequestCase().checklist} />
}
