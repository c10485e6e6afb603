import { matchSellRecords } from '../../core/sell/match-sell-records'
import { relatedKindsFor, SELL_RECORD_KINDS, type SellCandidate, type SellFinding, type SellLookupTerms, type SellMatch, type SellRelatedList, type SellSubjectData } from '../../core/sell/sell-types'
import { describeSellError } from './sell-errors'
import type { SellApi } from './sell-api'

/**
 * Finds the subject's contacts and leads by each email (Sell's documented filter) and each phone number
 * (`phone` and `mobile` filters, where the account's API accepts them), confirms every hit against the
 * subject's identifiers, then reads each record's related items. An error on the email lookups fails the
 * whole load (nothing reliable is known); a refused phone filter is recorded and skipped; a related list
 * that fails is marked incomplete and the rest is kept.
 */
export async function loadSellSubject(api: SellApi, terms: SellLookupTerms, signal?: AbortSignal): Promise<SellSubjectData> {
  const candidates: SellCandidate[] = []
  const collect = (kind: SellCandidate['kind']) => (records: SellCandidate['record'][]) => candidates.push(...records.map((record) => ({ kind, record })))

  await Promise.all(terms.emails.flatMap((email) => SELL_RECORD_KINDS.map((kind) => api.findRecords(kind, { email }, signal).then(collect(kind)))))

  const skippedLookups: SellSubjectData['skippedLookups'] = []
  try {
    for (const phone of terms.phones) {
      await Promise.all(
        SELL_RECORD_KINDS.flatMap((kind) => [
          api.findRecords(kind, { phone }, signal).then(collect(kind)),
          api.findRecords(kind, { mobile: phone }, signal).then(collect(kind)),
        ]),
      )
    }
  } catch (error) {
    if (signal?.aborted) throw error
    const info = describeSellError(error)
    // 400/422: this account's API does not filter on phone. Anything else is a real failure.
    if (info.kind !== 'invalid') throw error
    skippedLookups.push({ by: 'phone', reason: 'unsupported' })
  }

  const matches = matchSellRecords(candidates, terms)
  const findings = await Promise.all(matches.map((match) => withRelated(api, match, signal)))
  return { findings, skippedLookups }
}

async function withRelated(api: SellApi, match: SellMatch, signal?: AbortSignal): Promise<SellFinding> {
  const related = await Promise.all(
    relatedKindsFor(match.kind).map(async (kind): Promise<SellRelatedList> => {
      try {
        const result = await api.listRelated(match.kind, match.id, kind, signal)
        return result.error ? { kind, items: result.items, complete: false, reason: describeSellError(result.error).kind } : { kind, items: result.items, complete: true }
      } catch (error) {
        if (signal?.aborted) throw error
        return { kind, items: [], complete: false, reason: describeSellError(error).kind }
      }
    }),
  )
  return { ...match, related }
}
