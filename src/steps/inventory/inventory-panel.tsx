import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { LG, SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../../i18n/i18n-context'
import { useInventory } from '../../react/inventory-context'
import { FilesList } from './files-list'
import { FindingsReview } from './findings-review'
import { InventorySummary } from './inventory-summary'
import { ScanControls } from './scan-controls'
import { TermsEditor } from './terms-editor'
import { UnreadableList } from './unreadable-list'

const Panel = styled.section`
  padding: 12px 0;
  border-bottom: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.default' })};
`

/**
 * The personal-data inventory for the subject (both sidebars): the search terms, the scan, and once it has
 * run, the summary, the files, what could not be read, and the review of every finding.
 */
export default function InventoryPanel() {
  const { t } = useI18n()
  const { scan, inventory } = useInventory()
  return (
    <Panel aria-labelledby="inventory-title" data-panel="inventory">
      <LG isBold id="inventory-title" tag="h2" style={{ margin: 0 }}>
        {t('inventory.title')}
      </LG>
      <SM>{t('inventory.intro')}</SM>
      <TermsEditor isDisabled={scan.status === 'running'} />
      <ScanControls />
      {inventory && (
        <>
          <UnreadableList items={inventory.unreadable} />
          <InventorySummary inventory={inventory} />
          <FilesList inventory={inventory} />
          <FindingsReview inventory={inventory} />
        </>
      )}
    </Panel>
  )
}
