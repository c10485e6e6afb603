/**
 * One normalised error for every way a Zendesk call can fail. `toApiError` is the only place that knows
 * what the ZAF host rejects with (an XHR-like object whose exact shape is not documented), so a surprise
 * from a real account is fixed here and nowhere else.
 */
export const API_ERROR_KINDS = [
  'rate_limited',
  'server',
  'timeout',
  'network',
  'unauthorized',
  'forbidden',
  'not_found',
  'invalid',
  'conflict',
  'malformed',
  'unknown',
] as const
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number]

export class ZendeskApiError extends Error {
  override readonly name = 'ZendeskApiError'
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    /** Zendesk's error code, e.g. `RecordNotFound`, `RecordInvalid`, `Forbidden`. */
    readonly code: string | undefined,
    /** Zendesk's human description; may contain the request's data, so it is shown, never logged. */
    readonly description: string | undefined,
    readonly retryAfterSeconds: number | undefined,
    readonly details?: unknown,
  ) {
    super(`Zendesk API error ${status}${code ? ` ${code}` : ''}`)
  }

  get isRetryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'server'
  }
}

function kindForStatus(status: number): ApiErrorKind {
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server'
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status === 409) return 'conflict'
  if (status === 400 || status === 413 || status === 422) return 'invalid'
  if (status === 0) return 'network'
  return 'unknown'
}

type HeaderBag = Record<string, string> | { get(name: string): string | null } | undefined

/** Reads a header from a plain object (any case), a Headers-like object or a raw header string. */
export function readHeader(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined
  const wanted = name.toLowerCase()
  if (typeof headers === 'string') {
    for (const line of headers.split(/\r?\n/)) {
      const colon = line.indexOf(':')
      if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted) return line.slice(colon + 1).trim()
    }
    return undefined
  }
  const bag = headers as HeaderBag
  if (bag && typeof (bag as { get?: unknown }).get === 'function') {
    return (bag as { get(name: string): string | null }).get(name) ?? undefined
  }
  for (const [key, value] of Object.entries(bag as Record<string, unknown>)) {
    if (key.toLowerCase() === wanted && value != null) return String(value)
  }
  return undefined
}

/** Zendesk sends Retry-After in seconds; an HTTP date is also legal. Garbage means "not given". */
export function parseRetryAfter(value: string | undefined, nowMs?: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds
  const date = Date.parse(value)
  if (Number.isFinite(date) && nowMs !== undefined) return Math.max(0, Math.ceil((date - nowMs) / 1000))
  return undefined
}

/** Pulls code/description out of any of Zendesk's error envelopes (E1–E6 in the reference). */
export function readErrorBody(body: unknown): { code?: string; description?: string; details?: unknown } {
  if (!body || typeof body !== 'object') return typeof body === 'string' && body ? { description: body } : {}
  const record = body as Record<string, unknown>
  const details = record.details
  if (typeof record.error === 'string') {
    const description = typeof record.description === 'string' ? record.description : undefined
    // E3 ("Couldn't authenticate you") has only a sentence in `error`.
    return record.description === undefined && /\s/.test(record.error)
      ? { description: record.error, details }
      : { code: record.error, description, details }
  }
  if (record.error && typeof record.error === 'object') {
    const e = record.error as Record<string, unknown>
    return { code: typeof e.title === 'string' ? e.title : undefined, description: typeof e.message === 'string' ? e.message : undefined }
  }
  if (Array.isArray(record.errors) && record.errors.length > 0) {
    const first = record.errors[0] as Record<string, unknown>
    return {
      code: typeof first.code === 'string' ? first.code : undefined,
      description: typeof first.title === 'string' ? first.title : typeof first.detail === 'string' ? first.detail : undefined,
      details: record.errors,
    }
  }
  return {}
}

function parseJsonLoose(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** Turns whatever `client.request` rejected with (or a transport failure) into a ZendeskApiError. */
export function toApiError(raw: unknown, nowMs?: number): ZendeskApiError {
  if (raw instanceof ZendeskApiError) return raw
  if (raw && typeof raw === 'object' && 'status' in raw) {
    const xhr = raw as {
      status?: unknown
      statusText?: unknown
      responseJSON?: unknown
      responseText?: unknown
      headers?: unknown
      getResponseHeader?: (name: string) => string | null
      getAllResponseHeaders?: () => string
    }
    const status = typeof xhr.status === 'number' ? xhr.status : Number(xhr.status) || 0
    const body = xhr.responseJSON ?? parseJsonLoose(xhr.responseText)
    const { code, description, details } = readErrorBody(body)
    const retryHeader =
      readHeader(xhr.headers, 'retry-after') ??
      (typeof xhr.getResponseHeader === 'function' ? (xhr.getResponseHeader('Retry-After') ?? undefined) : undefined) ??
      (typeof xhr.getAllResponseHeaders === 'function' ? readHeader(xhr.getAllResponseHeaders(), 'retry-after') : undefined)
    const statusText = status === 0 && xhr.statusText === 'timeout' ? 'timeout' : undefined
    return new ZendeskApiError(
      statusText === 'timeout' ? 'timeout' : kindForStatus(status),
      status,
      code,
      description,
      parseRetryAfter(retryHeader, nowMs),
      details,
    )
  }
  return new ZendeskApiError('network', 0, undefined, undefined, undefined)
}

/** A 2xx whose body is not what the endpoint documents (truncated JSON, HTML from a proxy…). */
export function malformedResponse(status: number, issue: string): ZendeskApiError {
  return new ZendeskApiError('malformed', status, 'MalformedResponse', issue, undefined)
}

export function timeoutError(): ZendeskApiError {
  return new ZendeskApiError('timeout', 0, 'Timeout', undefined, undefined)
}
