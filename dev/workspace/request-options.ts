import type { Installation } from './installation'
import { isWhitelisted, substituteSettings } from './secure-settings'

/**
 * Turns the options the SDK forwards from `client.request` into a fetch `Request`, the way Zendesk's
 * host does it (it uses jQuery.ajax): `data` goes in the query string for GET/HEAD and in the body
 * otherwise, objects are form-encoded, `contentType` becomes the Content-Type header.
 */

export interface ZafRequestOptions {
  url: string
  method: string
  data: unknown
  contentType: string | false | undefined
  dataType: string | undefined
  headers: Record<string, string>
  secure: boolean
  cors: boolean
  httpCompleteResponse: boolean
  /** ZAF's own 429 retry, on unless the app passes `autoRetry: false`. */
  autoRetry: boolean
  timeoutMs: number | undefined
}

export type PreparedRequest =
  | { kind: 'ready'; request: Request; url: URL; toAccount: boolean }
  | { kind: 'refused'; url: URL | undefined; status: number; statusText: string; responseText: string; note: string }

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=UTF-8'

export function normalizeOptions(raw: unknown): ZafRequestOptions {
  const options = (typeof raw === 'string' ? { url: raw } : (raw ?? {})) as Record<string, unknown>
  const headers: Record<string, string> = {}
  if (options.headers && typeof options.headers === 'object') {
    for (const [name, value] of Object.entries(options.headers as Record<string, unknown>)) headers[name] = String(value)
  }
  const timeout = Number(options.timeout)
  return {
    url: String(options.url ?? ''),
    method: String(options.type ?? options.method ?? 'GET').toUpperCase(),
    data: options.data,
    contentType: options.contentType === false ? false : typeof options.contentType === 'string' ? options.contentType : undefined,
    dataType: typeof options.dataType === 'string' ? options.dataType : undefined,
    headers,
    secure: options.secure === true,
    cors: options.cors === true,
    httpCompleteResponse: options.httpCompleteResponse === true,
    autoRetry: options.autoRetry !== false,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined,
  }
}

export function prepareRequest(options: ZafRequestOptions, accountOrigin: string, installation: Installation): PreparedRequest {
  let url: URL
  try {
    url = new URL(options.url, accountOrigin)
  } catch {
    return refuse(undefined, 0, 'error', `Invalid URL: ${options.url}`, 'invalid url')
  }
  const toAccount = url.origin === new URL(accountOrigin).origin
  // Zendesk's proxy only forwards to the agent's own account and to third parties; another Zendesk
  // account needs `cors: true` (zendesk-reference.md §5.8, "Proxy refusals").
  if (!toAccount && !options.cors && /(^|\.)zendesk\.com$/.test(url.hostname)) {
    return refuse(url, 403, 'Forbidden', `${url.href} is not a proxyable URI`, 'not proxyable')
  }

  const headers = { ...options.headers }
  let body: string | undefined
  let href = url.href
  if (options.secure && !toAccount) {
    if (!isWhitelisted(installation, url.hostname)) {
      return refuse(url, 403, 'Forbidden', `Secure settings may only be sent to domains in the manifest's domainWhitelist (${url.hostname} is not).`, 'domain not whitelisted')
    }
    href = substituteSettings(href, installation, 'url')
    for (const name of Object.keys(headers)) headers[name] = substituteSettings(headers[name] ?? '', installation, 'header')
  }

  const encoded = encodeData(options.data)
  if (encoded !== undefined) {
    if (options.method === 'GET' || options.method === 'HEAD') {
      const target = new URL(href)
      target.search = target.search ? `${target.search}&${encoded}` : encoded
      href = target.href
    } else {
      body = options.secure && !toAccount ? substituteSettings(encoded, installation, 'body') : encoded
      if (options.contentType !== false && !hasHeader(headers, 'content-type')) {
        headers['Content-Type'] = options.contentType ?? FORM_CONTENT_TYPE
      }
    }
  }
  if (!hasHeader(headers, 'accept')) headers.Accept = acceptFor(options.dataType)
  const request = new Request(href, { method: options.method, headers, ...(body !== undefined ? { body } : {}) })
  return { kind: 'ready', request, url: new URL(href), toAccount }
}

/** jQuery's `processData`: strings pass through, objects become `a=1&b=2`. */
function encodeData(data: unknown): string | undefined {
  if (data === undefined || data === null) return undefined
  if (typeof data === 'string') return data === '' ? undefined : data
  if (typeof data === 'object') {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (Array.isArray(value)) value.forEach((item) => params.append(`${key}[]`, String(item)))
      else if (value !== undefined) params.append(key, String(value))
    }
    return params.toString()
  }
  return String(data)
}

function acceptFor(dataType: string | undefined): string {
  if (dataType === 'json') return 'application/json, text/javascript, */*; q=0.01'
  if (dataType === 'text') return 'text/plain, */*; q=0.01'
  return '*/*'
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name)
}

function refuse(url: URL | undefined, status: number, statusText: string, responseText: string, note: string): PreparedRequest {
  return { kind: 'refused', url, status, statusText, responseText, note }
}
