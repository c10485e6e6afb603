import { isAsciiAlnum } from '../text/char-class'
import { hitsOf } from './cue-words'
import { emit, type ScanContext } from './scan-context'

// Scheme and www. URLs (found by the shared pre-scan) run to the next whitespace/quote/bracket,
// minus trailing punctuation.
// Bare domains ("example.com") are found from a short list of TLDs and grown to the left.

const BARE_TLD = /\.(?:com|org|net|edu|gov|info|biz|io|co|fr|pt|br|es|uk|us|de|it|eu|be|ch|ca|nl|ie|lu|mx|ar|cl|pe|app|dev|site|online|shop|store|tech|cloud|email)(?![A-Za-z0-9-])/gi
const HOST = /^(?:[A-Za-z0-9\u00c0-\uffff](?:[A-Za-z0-9\u00c0-\uffff-]{0,61}[A-Za-z0-9\u00c0-\uffff])?\.)+[A-Za-z\u00c0-\uffff]{2,63}$/

function isUrlChar(c: number): boolean {
  return c > 32 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 96 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1)
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 42) end--
    else if (c === 41 || c === 93) {
      const span = text.slice(start, end)
      const open = c === 41 ? '(' : '['
      const close = c === 41 ? ')' : ']'
      if (span.split(open).length >= span.split(close).length) break
      end--
    } else break
  }
  return end
}

function hostOf(url: string): string {
  const noScheme = url.replace(/^[a-z]+:\/\//i, '')
  const hostPort = noScheme.split(/[/?#]/, 1)[0] ?? ''
  const host = hostPort.replace(/^[^@]*@/, '').replace(/:\d+$/, '')
  return host
}

function schemeUrls(ctx: ScanContext, claimed: [number, number][]): void {
  const { text } = ctx
  let next = 0
  for (const m of hitsOf(ctx, 'url')) {
    if (m.start < next) continue
    let e = m.end
    while (e < text.length && isUrlChar(text.charCodeAt(e))) e++
    e = trimEnd(text, m.start, e)
    next = e
    const host = hostOf(text.slice(m.start, e))
    if (host.length > 253) continue
    const www = m.end - m.start === 4 // "www." (schemes are longer)
    if (www && !host.slice(4).includes('.')) continue
    const isIpHost = /^\[?[0-9a-f:.]+\]?$/i.test(host) && /[.:]/.test(host)
    if (!HOST.test(host) && !isIpHost && host !== 'localhost') continue
    emit(ctx, 'URL', m.start, e, www ? 0.65 : 0.7, www ? 'url-www' : 'url-scheme')
    claimed.push([m.start, e])
  }
}

function bareDomains(ctx: ScanContext, claimed: [number, number][]): void {
  const { text } = ctx
  BARE_TLD.lastIndex = 0
  let claimIdx = 0
  let m: RegExpExecArray | null
  while ((m = BARE_TLD.exec(text)) !== null) {
    let s = m.index
    while (s > 0 && s > m.index - 253) {
      const c = text.charCodeAt(s - 1)
      if (isAsciiAlnum(c) || c === 45 || c === 46) s--
      else break
    }
    let e = m.index + m[0].length
    while (e + 1 < text.length && text.charCodeAt(e) === 46 && isAsciiAlnum(text.charCodeAt(e + 1))) {
      let k = e + 1
      while (k < text.length && (isAsciiAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++
      e = k
    }
    BARE_TLD.lastIndex = e
    while (claimIdx < claimed.length && (claimed[claimIdx] as [number, number])[1] <= s) claimIdx++
    const claim = claimed[claimIdx]
    if (claim && claim[0] < e) continue
    const before = text.charCodeAt(s - 1)
    if (before === 64 || before === 47 || before === 46 || before === 95) continue
    const host = text.slice(s, e)
    if (host.length > 253 || !HOST.test(host) || /^[\d.]+$/.test(host)) continue
    let end = e
    if (text.charCodeAt(e) === 47) {
      while (end < text.length && isUrlChar(text.charCodeAt(end))) end++
      end = trimEnd(text, s, end)
    }
    emit(ctx, 'URL', s, end, 0.5, 'url-bare-domain')
  }
}

export function recognizeUrls(ctx: ScanContext): void {
  const claimed: [number, number][] = []
  schemeUrls(ctx, claimed)
  bareDomains(ctx, claimed)
}
