/**
 * Everything the inventory glue computes with, in one module that the sidebar loads lazily: the PII
 * engine and phone metadata behind it weigh more than the rest of the first paint, and the inventory is
 * not needed until the agent looks at it. Import it only through `loadInventoryEngine()`.
 */
export { buildSearchTerms } from '../core/inventory/search-terms'
export { addTerm, applyTermEdits, removeTerm, toggleTerm } from '../core/inventory/term-edits'
export { termKey } from '../core/inventory/term-key'
export { assembleInventory } from '../core/inventory/assemble-inventory'
export { canResume } from '../core/inventory/scan-checkpoint'
export { addIgnoredValue, parseIgnoredValues, removeIgnoredValue, serializeIgnoredValues } from '../core/inventory/ignored-values'
export { scanInventory } from '../zendesk/scan-inventory'
export { scanSingleTicket } from '../zendesk/scan-single-ticket'
