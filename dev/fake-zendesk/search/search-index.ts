import { indexFields, type IndexedDoc } from './tokenize'

export type SearchKind = 'ticket' | 'user' | 'organization'

/** Where the index reads the searchable text of a record; null when the record is gone. */
export type SearchSource = (kind: SearchKind, id: number) => Array<string | null | undefined> | null

/**
 * A lazily built word index per record. In 'immediate' mode a write invalidates the record's entry at
 * once; in 'manual' mode invalidations wait for `reindex()`, which models Zendesk's indexing lag
 * ("newly created or changed records can take a few minutes to show up", reference §1.1): for example,
 * redacted text keeps matching until the index catches up.
 */
export class SearchIndex {
  private docs = new Map<string, IndexedDoc | null>()
  private pending = new Set<string>()

  constructor(
    private readonly source: SearchSource,
    public mode: 'immediate' | 'manual',
  ) {}

  doc(kind: SearchKind, id: number): IndexedDoc | null {
    const key = `${kind}:${id}`
    if (!this.docs.has(key)) {
      const fields = this.source(kind, id)
      this.docs.set(key, fields ? indexFields(fields) : null)
    }
    return this.docs.get(key) ?? null
  }

  invalidate(kind: SearchKind, id: number): void {
    const key = `${kind}:${id}`
    if (this.mode === 'immediate') this.docs.delete(key)
    else this.pending.add(key)
  }

  /** Applies every invalidation held back in 'manual' mode. */
  reindex(): void {
    for (const key of this.pending) this.docs.delete(key)
    this.pending.clear()
  }

  clear(): void {
    this.docs.clear()
    this.pending.clear()
  }
}
