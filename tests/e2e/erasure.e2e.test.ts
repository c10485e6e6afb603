import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ADMIN_ID, DEMO_SUBJECT_ID } from '../../dev/fake-zendesk/index'
import type { ErasureJournal, JournalEntry } from '../../src/core/erasure/erasure-journal'
import type { EvidenceRecord } from '../../src/core/evidence/evidence-types'
import { checkWrites, type GuardSource } from '../zendesk/erasure-write-guard'
import { e2eEnvironment } from './support/e2e-environment'
import { screenshot } from './support/screenshots'
import { translation } from './support/translations'
import { connectBrowser, openWorkspace, waitForAppText } from './support/workspace-page'
import { checkGardenBox } from './support/garden-checkbox'

// Issue 5's acceptance in the real browser: the production build in the local Agent Workspace erases the
// demo subject — strings redacted in open, solved and closed tickets, a file redacted, the ticket with the
// IBAN in its subject line permanently deleted, the user soft- then permanently deleted — and the fake
// account shows exactly that: every write belongs to a confirmed operation, nothing else changed.

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const text = (key: string) => translation(e2eEnvironment().root, 'en', key)

/** A fingerprint of each ticket and user as the fake holds them, to list what changed. */
async function accountDigest(page: Page): Promise<{ tickets: Record<number, string>; users: Record<number, string> }> {
  return page.evaluate(() => {
    const state = window.__workspace?.fake.state
    if (!state) throw new Error('no fake account in the page')
    const tickets: Record<number, string> = {}
    for (const [id, t] of state.tickets) {
      const comments = state.commentsOf(id).map((c) => [c.plain_body, c.html_body, c.attachments.map((a) => a.file_name)])
      tickets[id] = JSON.stringify([t.status, t.tags, t.deleted_at !== null, t.subject, comments])
    }
    for (const id of state.permanentlyDeletedTicketIds) tickets[id] = 'purged'
    const users: Record<number, string> = {}
    for (const [id, u] of state.users) users[id] = JSON.stringify([u.active, u.permanently_deleted ?? false, u.role, u.name])
    return { tickets, users }
  })
}

/** Rebuilds what the write guard needs from the operation ids, which encode their Zendesk ids (see operation-ids.ts). */
function journalFromRows(ids: readonly string[]): ErasureJournal {
  const entry = (id: string): JournalEntry => {
    const [prefix, raw = ''] = id.split(':')
    const n = Number(raw)
    const base = { id, state: 'done' as const, irreversible: false, attempts: 1 }
    switch (prefix) {
      case 'redact':
        return { ...base, kind: 'redact_comment', phase: 'redact', commentId: n }
      case 'recording':
        return { ...base, kind: 'delete_recording', phase: 'recordings', callId: raw }
      case 'soft-delete':
        return { ...base, kind: 'soft_delete_ticket', phase: 'soft_delete_tickets', ticketId: n }
      case 'purge':
        return { ...base, kind: 'permanently_delete_ticket', phase: 'permanently_delete_tickets', ticketId: n }
      case 'identity':
        return { ...base, kind: 'delete_identity', phase: 'identities', identityId: n, userId: DEMO_SUBJECT_ID }
      case 'delete-user':
        return { ...base, kind: 'soft_delete_user', phase: 'user', userId: n }
      case 'purge-user':
        return { ...base, kind: 'permanently_delete_user', phase: 'user', userId: n }
      default:
        throw new Error(`The e2e scenario does not expect operation ${id}`)
    }
  }
  return { entries: ids.map(entry) } as unknown as ErasureJournal
}

function changed(before: Record<number, string>, after: Record<number, string>): number[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)].map(Number))].filter((id) => before[id] !== after[id]).sort((a, b) => a - b)
}

/** The agent reviews every finding with the keyboard, as the review listbox offers: Enter confirms, ↓ moves on. */
async function confirmAllFindings(page: Page, frame: Frame): Promise<number> {
  const listbox = frame.getByRole('listbox')
  const count = Number(/\d+/.exec((await listbox.getAttribute('aria-label')) ?? '')?.[0] ?? 0)
  await listbox.focus()
  await page.keyboard.press('Home')
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Enter')
    await page.keyboard.press('ArrowDown')
  }
  return count
}

describe('erasure in the browser', () => {
  it('erases the demo subject end to end, verified, with evidence, and changes nothing else', async () => {
    const session = await openWorkspace(browser, { location: 'user_sidebar', id: DEMO_SUBJECT_ID, agentId: DEMO_ADMIN_ID, locale: 'en' })
    try {
      const { page } = session
      // Arrange: the subject's own requests have been closed by the account's automation (solved is not
      // closed, and Zendesk refuses to delete a requester of unclosed tickets).
      await page.evaluate((subjectId) => {
        const state = window.__workspace?.fake.state
        for (const t of state?.tickets.values() ?? []) if (t.requester_id === subjectId && t.deleted_at === null) t.status = 'closed'
      }, DEMO_SUBJECT_ID)

      const frame = await waitForAppText(page, text('inventory.title'))
      await frame.getByRole('button', { name: text('inventory.scan.start') }).click()
      await frame.getByText(text('inventory.scan.status.finished')).waitFor({ timeout: 90_000 })
      expect(await confirmAllFindings(page, frame)).toBeGreaterThan(20)

      await frame.getByRole('button', { name: new RegExp(`^${text('checklist.obligation.erasure.title')}`) }).click()
      const plan = frame.getByTestId('erasure-plan')
      // The app stays under the apps limit (100 requests a minute) across the scan and the plan's reads.
      await plan.waitFor({ timeout: 150_000 })
      await checkGardenBox(plan.getByRole('checkbox', { name: 'Redact passport_scan.jpg' }))
      await frame.getByRole('region', { name: 'Ticket #17' }).getByText(/^The whole ticket goes to deleted/).waitFor()
      await expect(frame.getByTestId('user-deletion-status').textContent()).resolves.toContain('deleted, then permanently deleted')

      const before = await accountDigest(page)
      await page.evaluate(() => window.__workspace?.fake.clearWriteLog())
      const confirm = frame.getByTestId('erasure-confirm')
      await checkGardenBox(confirm.getByRole('checkbox', { name: /cannot be undone/ }))
      await confirm.getByTestId('typed-confirmation').fill(text('erasure.confirm.word'))
      await confirm.getByRole('button', { name: text('erasure.confirm.start') }).click()
      await frame.getByText(text('erasure.run.titleFinished')).waitFor({ timeout: 240_000 })

      // The verification is shown, every operation is done and verified.
      await expect(frame.getByTestId('run-counts').textContent()).resolves.toMatch(/ 0 failed, 0 skipped/)
      const summary = (await frame.getByTestId('verification-summary').textContent()) ?? ''
      const [verified, done] = (/(\d+) of (\d+)/.exec(summary) ?? []).slice(1).map(Number)
      expect(verified).toBe(done)
      await expect(frame.getByTestId('compliance-statuses').textContent()).resolves.toContain('support: complete')

      // The fake account shows exactly that, and nothing else.
      // The confirmed operations, as the outcome list shows them (the iframe's storage may be blocked here).
      const rows = await frame.getByTestId('outcome-list').locator('[data-operation]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-operation') ?? '', e.getAttribute('data-state') ?? '']))
      expect(rows.every(([, state]) => state === 'done')).toBe(true)
      const journal = journalFromRows(rows.map(([id]) => id as string))
      const source = await page.evaluate(() => {
        const fake = window.__workspace?.fake
        return { writeLog: fake?.writeLog ?? [], jobs: [...(fake?.state.jobs.values() ?? [])].map((j) => ({ status: j.status, work: j.work })) }
      })
      expect(checkWrites(source as GuardSource, journal)).toEqual({ unexpected: [], twice: [] })
      const after = await accountDigest(page)
      const commentTickets = await page.evaluate((ids) => ids.map((id) => window.__workspace?.fake.state.comments.get(id)?.ticket_id ?? 0), journal.entries.flatMap((e) => (e.commentId !== undefined ? [e.commentId] : [])))
      const touched = new Set([...journal.entries.flatMap((e) => (e.ticketId !== undefined ? [e.ticketId] : [])), ...commentTickets])
      expect(changed(before.tickets, after.tickets).filter((id) => !touched.has(id))).toEqual([])
      expect(changed(before.users, after.users)).toEqual([DEMO_SUBJECT_ID])

      const state = await page.evaluate(
        ({ subjectId, redactedStatuses }) => {
          const s = window.__workspace?.fake.state
          if (!s) throw new Error('no fake')
          const redacted = [...s.tickets.values()].filter((t) => s.commentsOf(t.id).some((c) => c.plain_body.includes('▇')))
          return {
            userPurged: s.isUserPermanentlyDeleted(subjectId),
            ticket17Purged: s.isTicketPermanentlyDeleted(17),
            passport: [...s.comments.values()].flatMap((c) => c.attachments).find((a) => a.id === 800000002)?.file_name,
            redactedStatuses: [...new Set(redacted.map((t) => (t.archived ? 'archived' : t.status)))].filter((x) => redactedStatuses.includes(x)).sort(),
          }
        },
        { subjectId: DEMO_SUBJECT_ID, redactedStatuses: ['open', 'solved', 'closed'] },
      )
      expect(state).toEqual({ userPurged: true, ticket17Purged: true, passport: 'redacted.txt', redactedStatuses: ['closed', 'open', 'solved'] })

      // The evidence record downloads, without personal data.
      const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: text('evidence.download') }).click()])
      const chunks: Buffer[] = []
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
      const evidence = JSON.parse(Buffer.concat(chunks).toString('utf8')) as EvidenceRecord
      expect(download.suggestedFilename()).toMatch(/^erasure-evidence-user-\d+-\d{4}-\d{2}-\d{2}\.json$/)
      expect(evidence).toMatchObject({ schema: 'privacy-assistant.evidence/v1', obligation: 'erasure', subjectUserId: DEMO_SUBJECT_ID, counts: { failed: 0, userPermanentlyDeleted: 1 } })
      for (const personal of ['lea.martin@example.com', 'Léa Martin', 'FR76', '+33 6 12 34 56 78', 'passport_scan']) expect(JSON.stringify(evidence)).not.toContain(personal)

      expect(session.diagnostics.from(session.appOrigin)).toEqual([])
      await screenshot(page.locator('#apps-sidebar'), e2eEnvironment().root, 'erasure-finished-en')
    } finally {
      await session.close()
    }
    // A full scan, then the erasure, both paced under the apps limit as in production.
  }, 540_000)
})
