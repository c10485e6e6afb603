import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import type { Obligation } from '../core/checklist/obligations'

/**
 * Which step folder renders each obligation's panel. Steps are lazy chunks: the sidebar's first paint
 * loads none of them, and an agent who only needs one obligation downloads only that one.
 * Add a step here (one line) when its folder under src/steps/ exists.
 */
export const OBLIGATION_STEPS: Partial<Record<Obligation, LazyExoticComponent<ComponentType>>> = {
  access: lazy(() => import('../steps/access/access-step')),
  correction: lazy(() => import('../steps/correction/correction-step')),
  erasure: lazy(() => import('../steps/erasure/erasure-step')),
  portability: lazy(() => import('../steps/portability/portability-step')),
  objection: lazy(() => import('../steps/objection/objection-step')),
}

/** Panels shown above the obligations, per location (e.g. the request case, the inventory, this ticket). */
export const LOCATION_PANELS: { id: string; locations: readonly ('user_sidebar' | 'ticket_sidebar')[]; component: LazyExoticComponent<ComponentType> }[] = [
  // The request case in both sidebars: on the ticket it is stored there, in the user sidebar only in memory.
  { id: 'request-case', locations: ['ticket_sidebar', 'user_sidebar'], component: lazy(() => import('../steps/request-case/request-case-panel')) },
  { id: 'this-ticket', locations: ['ticket_sidebar'], component: lazy(() => import('../steps/this-ticket/this-ticket-panel')) },
  { id: 'quick-actions', locations: ['ticket_sidebar'], component: lazy(() => import('../steps/quick-actions/quick-actions-panel')) },
  { id: 'inventory', locations: ['user_sidebar', 'ticket_sidebar'], component: lazy(() => import('../steps/inventory/inventory-panel')) },
]

export { lazy }
