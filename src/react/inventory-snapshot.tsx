import { createContext, useContext, type ReactNode } from 'react'
import type { Inventory } from '../core/inventory/inventory-types'

/**
 * The latest inventory of the subject, for the access summary and the export to consume. Whoever builds
 * the inventory provides it here; without a provider the steps fall back to what they can read themselves
 * (the profile and the user's ticket lists) and say so.
 */
const InventorySnapshotContext = createContext<Inventory | null>(null)

export function InventorySnapshotProvider({ inventory, children }: { inventory: Inventory | null; children: ReactNode }) {
  return <InventorySnapshotContext.Provider value={inventory}>{children}</InventorySnapshotContext.Provider>
}

export function useInventorySnapshot(): Inventory | null {
  return useContext(InventorySnapshotContext)
}
