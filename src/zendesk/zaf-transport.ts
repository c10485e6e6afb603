import type { ZafClient, ZafRequestOptions } from './zaf-client'
import { malformedResponse, readHeader, timeoutError, toApiError } from './api-error'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'

export interface ApiRequest {
  method: HttpMethod
  /** A path under the account, e.g. `/api/v2/users/1`, or an absolute URL for proxied third-party APIs. */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  headers?: Record<string, string>
  /** Proxied calls whose headers carry `{{setting.x}}` placeholders the host fills in server-side. */
  secure?: boolean
}

export interface ApiResponse {
  status: number
  body: unknown
  headers: unknown
}

export function buildUrl(path: string, query?: ApiRequest['query']): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.append(key, String(value))
  const search = params.toString()
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path
}

function parseBodyText(status: number, text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw malformedResponse(status, 'The response body is not valid JSON.')
  }
}

/**
 * Sends one request through `client.request` and returns status + parsed body, or throws a ZendeskApiError.
 * We always ask for `httpCompleteResponse` (to see the status and Retry-After) and switch off the host's
 * auto-retry, because the retry policy lives in one place: ours. The SDK sets no timeout on requests, so
 * we add one.
 */
export async function sendViaZaf(
  client: ZafClient,
  request: ApiRequest,
  timeoutMs: number,
): Promise<ApiResponse> {
  const options: ZafRequestOptions = {
    url: buildUrl(request.path, request.query),
    type: request.method,
    dataType: 'json',
    autoRetry: false,
    httpCompleteResponse: true,
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.secure ? { secure: true } : {}),
    ...(request.body !== undefined ? { data: JSON.stringify(request.body), contentType: 'application/json' } : {}),
  }
  let raw: unknown
  try {
    let timer: ReturnType<typeof setTimeout> | undefined
    raw = await new Promise<unknown>((resolve, reject) => {
      timer = setTimeout(() => reject(timeoutError()), timeoutMs)
      client.request(options).then(resolve, reject)
    }).finally(() => clearTimeout(timer))
  } catch (error) {
    throw toApiError(error)
  }
  return toApiResponse(raw)
}

/** The host answers `{status, responseText, responseJSON, headers}`; an older host may send just the body. */
function toApiResponse(raw: unknown): ApiResponse {
  if (raw && typeof raw === 'object' && typeof (raw as { status?: unknown }).status === 'number' && ('responseText' in raw || 'responseJSON' in raw)) {
    const full = raw as { status: number; responseJSON?: unknown; responseText?: unknown; headers?: unknown }
    const body = full.responseJSON !== undefined && full.responseJSON !== null
      ? full.responseJSON
      : typeof full.responseText === 'string' ? parseBodyText(full.status, full.responseText) : undefined
    if (full.status >= 400) throw toApiError(raw)
    return { status: full.status, body, headers: full.headers }
  }
  return { status: 200, body: typeof raw === 'string' ? parseBodyText(200, raw) : raw, headers: undefined }
}

export { readHeader }
