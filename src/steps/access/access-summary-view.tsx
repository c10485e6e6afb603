import styled from 'styled-components'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import { getColor } from '@zendeskgarden/react-theming'
import type { AccessSummary } from '../../core/export/access-summary'
import { useI18n } from '../../i18n/i18n-context'
import { SellAccessSection } from '../../components/sell/sell-access-section'
import { identityTypeLabel, profileFieldLabel } from './access-labels'

const Section = styled.section`
  display: grid;
  gap: 4px;
  padding: 6px 0;
  border-top: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
`

const Tags = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
`

function Heading({ children }: { children: string }) {
  return (
    <SM isBold tag="h3" style={{ margin: 0 }}>
      {children}
    </SM>
  )
}

/** Where the person's data is held, by category, with counts; and why (the admin's purposes). */
export function AccessSummaryView({ summary }: { summary: AccessSummary }) {
  const { t } = useI18n()
  return (
    <div data-testid="access-summary">
      <Section aria-label={t('access.profile')}>
        <Heading>{t('access.profile')}</Heading>
        <Tags>
          {summary.profileFields.map((field) => (
            <Tag key={field} size="small">
              {profileFieldLabel(t, field)}
            </Tag>
          ))}
        </Tags>
      </Section>
      <Section aria-label={t('access.identities')}>
        <Heading>{t('access.identities')}</Heading>
        <Tags>
          {summary.identities.length === 0 && <SM>{t('access.none')}</SM>}
          {summary.identities.map((identity) => (
            <Tag key={identity.type} size="small">
              {identityTypeLabel(t, identity.type)} · {identity.count}
            </Tag>
          ))}
        </Tags>
      </Section>
      <Section aria-label={t('access.organizations')}>
        <Heading>{t('access.organizations')}</Heading>
        <SM>{summary.organizations.map((o) => o.name ?? `#${o.id}`).join(', ') || t('access.none')}</SM>
      </Section>
      <Section aria-label={t('access.tickets')}>
        <Heading>{t('access.tickets')}</Heading>
        <SM data-testid="access-ticket-total">{t('access.ticketsTotal', { count: summary.tickets.total })}</SM>
        <Tags>
          {Object.entries(summary.tickets.byRole).map(([role, count]) => (
            <Tag key={role} size="small">
              {t(`access.role.${role}`)} · {count}
            </Tag>
          ))}
        </Tags>
        <Tags>
          {Object.entries(summary.tickets.byStatus).map(([status, count]) => (
            <Tag key={status} size="small" hue="grey">
              {t(`access.status.${status}`)} · {count}
            </Tag>
          ))}
        </Tags>
        <SM>
          {t('access.attachments', { count: summary.attachments.total })}
          {summary.attachments.identityDocuments > 0 && ` · ${t('access.identityDocuments', { count: summary.attachments.identityDocuments })}`}
          {' · '}
          {t('access.recordings', { count: summary.recordings })}
        </SM>
      </Section>
      {Object.keys(summary.findings).length > 0 && (
        <Section aria-label={t('access.findings')}>
          <Heading>{t('access.findings')}</Heading>
          <Tags>
            {Object.entries(summary.findings).map(([type, count]) => (
              <Tag key={type} size="small">
                {t(`access.piiType.${type}`)} · {count}
              </Tag>
            ))}
          </Tags>
        </Section>
      )}
      <SellAccessSection />
      <Section aria-label={t('access.purposes')}>
        <Heading>{t('access.purposes')}</Heading>
        {summary.purposes.length === 0 ? (
          <SM>{t('access.purposesNone')}</SM>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {summary.purposes.map((purpose) => (
              <li key={purpose}>
                <SM>{purpose}</SM>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  )
}
