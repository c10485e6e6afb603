import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import type { Obligation } from '../core/checklist/obligations'

/**
 * Which step folder renders each obligation's panel. Steps are lazy chunks: the sidebar's first paint
 * loads none of them, and an agent who only needs one obligation downloads only that one.
 * Add a step here (one line) when its folder under src/steps/ exists.
 */
export const OBLIGATION_STEPS: Partial<Record<Obligation, LazyExoticComponent<ComponentType>>> = {}

/** Panels shown above the obligations, per location (e.g. the request case, the inventory, this ticket). */
export const LOCATION_PANELS: { id: string; locations: readonly ('user_sidebar' | 'ticket_sidebar')[]; component: LazyExoticComponent<ComponentType> }[] = []

export { lazy }
