import styled from 'styled-components'
import { Tag } from '@zendeskgarden/react-tags'
import { LG, SM } from '@zendeskgarden/react-typography'
import { getColor } from '@zendeskgarden/react-theming'
import { useI18n } from '../i18n/i18n-context'
import type { ZendeskIdentity, ZendeskUser } from '../zendesk/schemas/user-schemas'

const Card = styled.section`
  padding: 12px 0;
  border-bottom: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.default' })};
`

const Muted = styled(SM)`
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  overflow-wrap: anywhere;
`

/** Who the request is about: name, primary email and role, so the agent knows whose data is in play. */
export function SubjectCard({ user, identities, caption }: { user: ZendeskUser; identities: ZendeskIdentity[]; caption?: string }) {
  const { t } = useI18n()
  const role = ['end-user', 'agent', 'admin'].includes(user.role) ? t(`subject.role.${user.role}`) : user.role
  return (
    <Card aria-labelledby="subject-heading">
      <Muted id="subject-heading">{caption ?? t('subject.heading')}</Muted>
      <LG isBold data-testid="subject-name">
        {user.name || t('subject.unnamed')}
      </LG>
      <Muted data-testid="subject-email">{user.email ?? t('subject.noEmail')}</Muted>
      <div style={{ display: 'flex', gap: 4, marginTop: 6, flexWrap: 'wrap' }}>
        <Tag size="small">{role}</Tag>
        {user.suspended && (
          <Tag size="small" hue="red">
            {t('subject.suspended')}
          </Tag>
        )}
        <Tag size="small">{t('subject.identities', { count: identities.length })}</Tag>
      </div>
    </Card>
  )
}
