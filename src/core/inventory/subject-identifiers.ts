import type { SubjectIdentifiers } from '../pii/types'
import type { SearchTerm } from './inventory-types'

/**
 * The subject's identifiers in the shape `detectPii` takes. Only enabled terms count: a term the agent
 * switched off for over-matching would over-match in the text too.
 */
export function toSubjectIdentifiers(terms: readonly SearchTerm[]): SubjectIdentifiers {
  const of = (...kinds: SearchTerm['kind'][]) => terms.filter((t) => t.enabled && kinds.includes(t.kind)).map((t) => t.value)
  return {
    names: of('name', 'alias'),
    emails: of('email'),
    phones: of('phone'),
    handles: of('handle'),
    externalIds: of('external_id'),
    terms: of('custom'),
  }
}
