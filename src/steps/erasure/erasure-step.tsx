import { useInventory } from '../../react/inventory-context'
import { ErasurePanel } from './erasure-panel'

/** The checklist's erasure step, fed by the sidebar's inventory. */
export default function ErasureStep() {
  const { inventory } = useInventory()
  return <ErasurePanel inventory={inventory} />
}
