import { Suspense, useState } from 'react'
import styled from 'styled-components'
import { MD, SM } from '@zendeskgarden/react-typography'
import { Dots } from '@zendeskgarden/react-loaders'
import { getColor } from '@zendeskgarden/react-theming'
import { OBLIGATIONS, type ChecklistStatus, type Obligation } from '../core/checklist/obligations'
import { useI18n } from '../i18n/i18n-context'
import { StatusTag } from '../components/status-tag'
import { PanelBoundary } from '../components/panel-boundary'
import { OBLIGATION_STEPS } from './step-registry'

const List = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
`

const Item = styled.li`
  border-bottom: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
`

const Header = styled.button`
  all: unset;
  box-sizing: border-box;
  width: 100%;
  display: grid;
  grid-template-columns: 1fr auto;
  gap: 2px 8px;
  padding: 10px 0;
  cursor: pointer;
  &:focus-visible {
    outline: 2px solid ${({ theme }) => getColor({ theme, variable: 'border.primaryEmphasis' })};
    outline-offset: 2px;
  }
`

const Summary = styled(SM)`
  grid-column: 1 / -1;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`

/** The five obligations in the guide's order; the only place where the checklist steps meet. */
export function Checklist({ status }: { status: ChecklistStatus }) {
  const { t } = useI18n()
  const [open, setOpen] = useState<Obligation | null>(null)
  return (
    <section aria-labelledby="checklist-title">
      <MD isBold id="checklist-title" tag="h2" style={{ margin: '12px 0 4px' }}>
        {t('checklist.title')}
      </MD>
      <SM>{t('checklist.intro')}</SM>
      <List>
        {OBLIGATIONS.map((obligation) => {
          const Step = OBLIGATION_STEPS[obligation]
          const isOpen = open === obligation
          const title = t(`checklist.obligation.${obligation}.title`)
          return (
            <Item key={obligation} data-obligation={obligation}>
              <Header
                type="button"
                aria-expanded={Step ? isOpen : undefined}
                aria-controls={Step ? `step-${obligation}` : undefined}
                onClick={() => setOpen(isOpen ? null : obligation)}
              >
                <MD isBold>{title}</MD>
                <StatusTag status={status[obligation]} />
                <Summary>{t(`checklist.obligation.${obligation}.summary`)}</Summary>
              </Header>
              {Step && isOpen && (
                <div id={`step-${obligation}`} style={{ paddingBottom: 12 }}>
                  <PanelBoundary>
                    <Suspense fallback={<Dots size={20} aria-label={t('boot.loading')} />}>
                      <Step />
                    </Suspense>
                  </PanelBoundary>
                </div>
              )}
            </Item>
          )
        })}
      </List>
    </section>
  )
}
