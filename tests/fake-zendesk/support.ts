import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { createFakeZendesk, DEMO_NOW, type CreateFakeZendeskOptions, type FakeZendesk } from '../../dev/fake-zendesk/index'

/** Shared set-up for the fake Zendesk's own tests: one fake and one msw server per test file. */

export const BASE = 'https://demo.zendesk.com'

/** A fake on a fixed clock (the seed's "now"), reset before every test, served by msw in Node. */
export function useFakeZendesk(options: CreateFakeZendeskOptions = {}): FakeZendesk {
  const fake = createFakeZendesk({ now: () => DEMO_NOW, ...options })
  const server = setupServer(...fake.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => fake.reset())
  afterAll(() => server.close())
  return fake
}

export interface ApiResult {
  status: number
  headers: Headers
  // Tests read arbitrary JSON shapes; `any` keeps assertions short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  text: string
}

/** One request to the fake with plain fetch, as a ZAF host would forward it. */
export async function call(method: string, path: string, body?: unknown): Promise<ApiResult> {
  const init: RequestInit = { method }
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    init.headers = { 'Content-Type': 'application/json' }
  }
  const response = await fetch(path.startsWith('http') ? path : `${BASE}${path}`, init)
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: parseOrUndefined(text), text }
}

/** The parsed JSON body, or undefined when empty or not JSON (429 text bodies, injected malformed pages). */
function parseOrUndefined(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export const get = (path: string) => call('GET', path)
export const put = (path: string, body?: unknown) => call('PUT', path, body)
export const post = (path: string, body?: unknown) => call('POST', path, body)
export const del = (path: string, body?: unknown) => call('DELETE', path, body)
