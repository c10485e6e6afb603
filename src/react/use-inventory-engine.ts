import { useEffect, useState } from 'react'

export type InventoryEngine = typeof import('./inventory-engine')

let loading: Promise<InventoryEngine> | undefined

/** Loads the inventory engine chunk once; later calls share the same promise. */
export function loadInventoryEngine(): Promise<InventoryEngine> {
  loading ??= import('./inventory-engine')
  return loading
}

/** The inventory engine once its chunk has loaded (undefined until then). */
export function useInventoryEngine(): InventoryEngine | undefined {
  const [engine, setEngine] = useState<InventoryEngine | undefined>(undefined)
  useEffect(() => {
    let alive = true
    void loadInventoryEngine().then((loaded) => alive && setEngine(loaded))
    return () => {
      alive = false
    }
  }, [])
  return engine
}
