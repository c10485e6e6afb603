import { DEMO_PLANTED, DEMO_SUBJECT_ID, type FakeZendesk } from '../../dev/fake-zendesk/index'
import type { AttachmentRef, Finding, Inventory, InventoryTicket, VoiceRecordingRef } from '../../src/core/inventory/inventory-types'
import type { PiiType } from '../../src/core/pii/types'
import { startJournal, type ErasureJournal } from '../../src/core/erasure/erasure-journal'
import type { AgentPermissions, ErasureOptions, ErasurePlan } from '../../src/core/erasure/erasure-types'
import { defaultSelections } from '../../src/core/erasure/options-from-selections'
import { planErasure } from '../../src/core/erasure/plan-erasure'
import { executeErasure, type ExecutionResult } from '../../src/zendesk/erasure/execute-erasure'
import { createMemoryJournalStore, journalKey } from '../../src/zendesk/erasure/journal-store'
import { loadAgentPermissions } from '../../src/zendesk/erasure/load-agent-permissions'
import { loadCommentSnapshots } from '../../src/zendesk/erasure/load-comment-snapshots'
import { loadRequestedTickets } from '../../src/zendesk/erasure/load-requested-tickets'
import { createRequestScheduler } from '../../src/zendesk/request-scheduler'
import { createSupportApi, type SupportApi } from '../../src/zendesk/support-api'
import { createTestWorkspace, type TestWorkspace } from '../support/test-workspace'

/**
 * Erasure against the fake Zendesk through the production path: the app's SupportApi (scheduler, retry
 * policy, ZAF transport) over the test workspace's request bridge. The inventory is built from the demo
 * account's answer key, so these tests do not depend on the scanner.
 */

const PLANTED_TO_PII: Record<string, PiiType> = {
  email: 'EMAIL',
  phone: 'PHONE',
  iban: 'IBAN',
  card: 'CREDIT_CARD',
  national_id: 'FR_NIR',
  address: 'POSTAL_ADDRESS',
  birth_date: 'DATE_OF_BIRTH',
  password: 'PASSWORD',
  name: 'PERSON_NAME',
  x_handle: 'PERSON_NAME',
  external_id: 'PERSON_NAME',
}

function statusOf(fake: FakeZendesk, id: number): InventoryTicket['status'] {
  const t = fake.state.getTicket(id)
  if (!t) return 'deleted'
  if (t.deleted_at) return 'deleted'
  return t.archived ? 'archived' : t.status
}

/** The demo subject's inventory: their tickets, every planted occurrence in them (confirmed), files and recordings. */
export function demoInventory(fake: FakeZendesk, ticketIds?: readonly number[]): Inventory {
  const s = DEMO_PLANTED.subjectTickets
  const all = [...new Set([...s.requested, ...s.ccd, ...s.followed, ...s.commented, ...s.mentioned])].filter((id) => !DEMO_PLANTED.deletedTicketIds.includes(id))
  const ids = (ticketIds ?? all).slice().sort((a, b) => a - b)
  const tickets: InventoryTicket[] = ids.map((id) => {
    const t = fake.state.getTicket(id)
    if (!t) throw new Error(`demoInventory: ticket ${id} is not in the fake`)
    const comments = fake.state.getComments(id)
    const attachments: AttachmentRef[] = comments.flatMap((c) =>
      c.attachments.map((a) => ({
        id: a.id,
        ticketId: id,
        commentId: c.id,
        fileName: a.file_name,
        contentType: a.content_type,
        size: a.size,
        contentUrl: a.content_url,
        inline: a.inline,
        authorId: c.author_id,
        looksLikeIdentityDocument: /passport|licen|identit/i.test(a.file_name),
        redacted: a.file_name === 'redacted.txt',
      })),
    )
    const voiceRecordings: VoiceRecordingRef[] = comments
      .filter((c) => c.type === 'VoiceComment' && c.data)
      .map((c) => ({ ticketId: id, commentId: c.id, callRef: c.data?.call_id, recordingUrl: c.data?.recording_url ?? undefined }))
    return {
      id,
      subject: t.subject,
      status: statusOf(fake, id),
      roles: t.requester_id === DEMO_SUBJECT_ID ? ['requester'] : ['mentioned'],
      requesterId: t.requester_id,
      createdAt: t.created_at,
      updatedAt: t.updated_at,
      tags: t.tags,
      commentCount: comments.length,
      attachments,
      voiceRecordings,
      scanned: true,
    }
  })
  const inScope = new Set(ids)
  const findings: Finding[] = DEMO_PLANTED.occurrences
    .filter((o) => inScope.has(o.ticketId))
    .flatMap((o): Finding[] => {
      const base = { type: PLANTED_TO_PII[o.type] ?? 'PERSON_NAME', value: o.value, confidence: 0.99, rule: 'planted', subject: o.isSubjectIdentifier, review: 'confirmed' as const, ticketId: o.ticketId }
      if (o.commentId === 'subject') return [{ ...base, id: `${o.ticketId}:subject:0:${base.type}`, location: 'ticket_subject', start: 0, end: o.value.length }]
      if (o.commentId === 'custom_field') return [{ ...base, id: `${o.ticketId}:field:${o.fieldId}:${base.type}`, location: 'custom_field', field: o.fieldId, start: 0, end: o.value.length }]
      const comment = fake.state.getComment(o.commentId)
      const start = comment?.plain_body.indexOf(o.value) ?? -1
      if (!comment || start < 0) return []
      return [{ ...base, id: `${o.ticketId}:${o.commentId}:${start}:${base.type}`, location: 'comment', commentId: o.commentId, start, end: start + o.value.length }]
    })
  // One finding per (comment, offset): the same value planted twice in a comment is one finding per place.
  const unique = [...new Map(findings.map((f) => [f.id, f])).values()]
  return { subjectId: DEMO_SUBJECT_ID, terms: [], tickets, findings: unique, unreadable: [], builtAt: new Date(fake.now()).toISOString(), complete: true }
}

export interface ErasureKit {
  workspace: TestWorkspace
  fake: FakeZendesk
  api: SupportApi
  store: ReturnType<typeof createMemoryJournalStore>
  storeKey: string
  agentId: number
  permissions(): Promise<AgentPermissions>
  plan(inventory: Inventory, options: Omit<ErasureOptions, 'permissions' | 'agentId'> & { permissions?: AgentPermissions }): Promise<ErasurePlan>
  confirm(plan: ErasurePlan, confirmedIrreversibleIds?: readonly string[]): ErasureJournal
  run(journal: ErasureJournal, plan: ErasurePlan | undefined, extra?: { signal?: AbortSignal; onUpdate?: (j: ErasureJournal) => void; maxPolls?: number }): Promise<ExecutionResult>
}

/** A fresh API over the same fake: what a reloaded page gets (new scheduler, no memory of the old run). */
export function freshApi(workspace: TestWorkspace): SupportApi {
  return createSupportApi({
    client: workspace.client,
    sleep: async () => undefined,
    random: () => 0,
    scheduler: createRequestScheduler({ perMinute: 100_000, concurrency: 4 }),
  })
}

let clock = Date.parse('2026-03-01T09:00:00Z')
const now = () => new Date((clock += 1000)).toISOString()

export function createErasureKit(options: { agentId: number; fake?: FakeZendesk }): ErasureKit {
  const workspace = createTestWorkspace({ agentId: options.agentId, ...(options.fake ? { fake: options.fake } : {}) })
  const store = createMemoryJournalStore()
  const storeKey = journalKey('erasure', DEMO_SUBJECT_ID)
  const kit: ErasureKit = {
    workspace,
    fake: workspace.fake,
    api: freshApi(workspace),
    store,
    storeKey,
    agentId: options.agentId,
    async permissions() {
      return loadAgentPermissions(kit.api, await kit.api.users.getMe())
    },
    async plan(inventory, planOptions) {
      const permissions = planOptions.permissions ?? (await kit.permissions())
      const ticketIds = inventory.findings.flatMap((f) => (f.ticketId !== undefined ? [f.ticketId] : []))
      const { snapshots } = await loadCommentSnapshots(kit.api, ticketIds.filter((id) => inventory.tickets.find((t) => t.id === id)?.status !== 'deleted'))
      // Like the UI: the deletion preflight reads the subject's requests live, not only the inventory's.
      const user = planOptions.user && planOptions.user.deleteUser && !planOptions.user.requestedTickets
        ? { ...planOptions.user, requestedTickets: await loadRequestedTickets(kit.api, planOptions.user.subject.id).catch(() => undefined) }
        : planOptions.user
      return planErasure(inventory, { comments: snapshots, ...planOptions, ...(user ? { user } : {}), permissions, agentId: options.agentId })
    },
    confirm(plan, confirmedIrreversibleIds = plan.operations.filter((op) => op.irreversible).map((op) => op.id)) {
      const journal = startJournal({
        runId: 'run-test',
        origin: 'erasure',
        operations: plan.operations,
        confirmedIrreversibleIds,
        subjectUserId: plan.subjectUserId,
        actor: { userId: options.agentId, role: 'test' },
        selections: defaultSelections(),
        now: now(),
      })
      store.save(storeKey, journal)
      return journal
    },
    run(journal, plan, extra = {}) {
      return executeErasure(journal, {
        api: kit.api,
        store,
        storeKey,
        operations: new Map((plan?.operations ?? []).map((op) => [op.id, op])),
        now,
        sleep: async () => undefined,
        pollIntervalMs: 1,
        ...extra,
      })
    },
  }
  return kit
}
