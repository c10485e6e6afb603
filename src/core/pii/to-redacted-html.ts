import { decodeEntities } from './redact/html-entities'
import { tokenizeHtml, type HtmlToken } from './redact/html-tokenizer'
import { htmlText, type HtmlText } from './redact/html-text'

// Builds the html_body for Zendesk's PUT /api/v2/comment_redactions/{id}: every piece of
// rendered text that belongs to a sensitive value is wrapped in <redact>…</redact> (one
// wrapper per text node, so values split by <b> get several), links and images whose
// href/src/alt/title contain a value get a bare `redact` attribute and their inner text is
// wrapped. Nothing else in the HTML changes.

type Range = [number, number]

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const LINKISH = new Set(['a', 'img', 'area'])
const CHECKED_ATTRS = new Set(['href', 'src', 'alt', 'title', 'srcset'])

function valuesOf(input: readonly (string | { value: string })[]): string[] {
  const set = new Set<string>()
  for (const v of input) {
    const s = (typeof v === 'string' ? v : v.value).trim()
    if (s.length > 0) set.add(s)
  }
  return [...set].sort((a, b) => b.length - a.length)
}

function valueRegex(value: string): RegExp {
  const parts = value.split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(parts.join('[ \\t\\r\\n\\u00a0\\u202f]+'), 'giu')
}

function textRanges(content: HtmlText, values: readonly string[]): Range[] {
  const ranges: Range[] = []
  for (const v of values) {
    const re = valueRegex(v)
    let m: RegExpExecArray | null
    while ((m = re.exec(content.text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      ranges.push([m.index, m.index + m[0].length])
    }
  }
  return ranges
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

function attributeHit(tagSource: string, lowerValues: readonly string[]): boolean {
  const attrs: [string, string][] = []
  ATTR.lastIndex = 0
  const body = tagSource.slice(1)
  let m: RegExpExecArray | null
  while ((m = ATTR.exec(body)) !== null) attrs.push([(m[1] as string).toLowerCase(), m[2] ?? m[3] ?? m[4] ?? ''])
  attrs.shift()
  if (attrs.some(([name]) => name === 'redact')) return false
  return attrs.some(([name, value]) => {
    if (!CHECKED_ATTRS.has(name)) return false
    const raw = decodeEntities(value).toLowerCase()
    const decoded = safeDecodeUri(raw)
    return lowerValues.some((v) => raw.includes(v) || decoded.includes(v))
  })
}

/** Where the attribute goes (before `/>` or `>` of the start tag) and how it is spelled there. */
function attributeInsert(html: string, tag: HtmlToken): [number, string] {
  let p = tag.end - 1
  if (html.charCodeAt(p) !== 62) return [tag.end, ' redact']
  if (html.charCodeAt(p - 1) === 47) p--
  return /\s/.test(html.charAt(p - 1)) ? [p, 'redact '] : [p, ' redact']
}

export function toRedactedHtml(htmlBody: string, values: readonly (string | { value: string })[]): string {
  const list = valuesOf(values)
  if (list.length === 0 || htmlBody.length === 0) return htmlBody
  const tokens = tokenizeHtml(htmlBody)
  const content = htmlText(htmlBody, tokens)
  const sourceRanges: Range[] = []
  for (const [s, e] of textRanges(content, list)) {
    for (let i = s; i < e; i++) {
      const src = content.srcStart[i] as number
      if (src >= 0) sourceRanges.push([src, content.srcEnd[i] as number])
    }
  }
  const lowerValues = list.map((v) => v.toLowerCase())
  const attrInserts: [number, string][] = []
  let openLink: string | undefined
  tokens.forEach((tok) => {
    if (tok.kind === 'tag' && LINKISH.has(tok.name)) {
      if (tok.closing) {
        if (tok.name === openLink) openLink = undefined
        return
      }
      if (attributeHit(htmlBody.slice(tok.start, tok.end), lowerValues)) {
        attrInserts.push(attributeInsert(htmlBody, tok))
        if (tok.name === 'a') openLink = 'a'
      }
    } else if (tok.kind === 'text' && openLink && htmlBody.slice(tok.start, tok.end).trim().length > 0) {
      sourceRanges.push([tok.start, tok.end])
    }
  })
  return splice(htmlBody, mergeRanges(sourceRanges), attrInserts)
}

/** Union of source ranges. Ranges in different text nodes never touch (a tag lies between). */
function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Range[] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

function splice(html: string, ranges: readonly Range[], attrInserts: readonly [number, string][]): string {
  const inserts: [number, number, string][] = []
  for (const [s, e] of ranges) {
    inserts.push([s, 1, '<redact>'])
    inserts.push([e, 0, '</redact>'])
  }
  for (const [p, text] of attrInserts) inserts.push([p, 2, text])
  inserts.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let out = ''
  let pos = 0
  for (const [at, , text] of inserts) {
    out += html.slice(pos, at) + text
    pos = at
  }
  return out + html.slice(pos)
}
