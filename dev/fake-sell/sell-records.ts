/** The fake Sell account's records: Sell's own field names (snake_case), as the v2 API returns them. */

export type FakeSellRecord = { id: number } & Record<string, unknown>

export const FAKE_SELL_RESOURCES = ['contacts', 'leads', 'notes', 'calls', 'tasks', 'text_messages', 'documents', 'deals'] as const
export type FakeSellResource = (typeof FAKE_SELL_RESOURCES)[number]

/** The singular `meta.type` Sell puts on each resource. */
export const RESOURCE_TYPES: Record<FakeSellResource, string> = {
  contacts: 'contact',
  leads: 'lead',
  notes: 'note',
  calls: 'call',
  tasks: 'task',
  text_messages: 'text_message',
  documents: 'document',
  deals: 'deal',
}

export type FakeSellSeed = Record<FakeSellResource, FakeSellRecord[]>

/** Live state: one map per resource, rebuilt from the seed on reset. */
export class FakeSellState {
  readonly tables = new Map<FakeSellResource, Map<number, FakeSellRecord>>()

  constructor(private readonly seed: FakeSellSeed) {
    this.load()
  }

  load(): void {
    for (const resource of Object.keys(this.seed) as FakeSellResource[]) {
      this.tables.set(resource, new Map(this.seed[resource].map((record) => [record.id, structuredClone(record)])))
    }
  }

  table(resource: FakeSellResource): Map<number, FakeSellRecord> {
    const table = this.tables.get(resource)
    if (!table) throw new Error(`The fake Sell has no "${resource}" table`)
    return table
  }

  get(resource: FakeSellResource, id: number): FakeSellRecord | undefined {
    const record = this.table(resource).get(id)
    return record ? structuredClone(record) : undefined
  }

  /** Deletes a contact or lead and, as Sell does for a person's activity, the items attached to it. Deals stay: they belong to the business. */
  deletePerson(resource: 'contacts' | 'leads', id: number): boolean {
    if (!this.table(resource).delete(id)) return false
    const resourceType = RESOURCE_TYPES[resource]
    for (const related of ['notes', 'calls', 'tasks', 'text_messages', 'documents'] as const) {
      for (const [itemId, item] of this.table(related)) {
        if (item.resource_type === resourceType && item.resource_id === id) this.table(related).delete(itemId)
      }
    }
    return true
  }
}
