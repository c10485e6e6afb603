/**
 * A tiny HTML tokenizer and the comment-body transformations built on it. It runs in Node and in the
 * browser without a DOM (no DOMParser in Node), and it only has to understand the HTML Zendesk stores in
 * `html_body`: tags, attributes, text, entities and comments.
 */

export const REDACTION_CHAR = '▇'

export interface HtmlAttr {
  name: string
  value: string | null
}

export type HtmlToken =
  | { kind: 'text'; raw: string }
  | { kind: 'comment'; raw: string }
  | { kind: 'tag'; raw: string; name: string; closing: boolean; selfClosing: boolean; attrs: HtmlAttr[] }

const TOKEN_RE = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>/g
const ATTR_RE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Splits HTML into text, comment and tag tokens; attribute values stay entity-encoded as written. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = []
  let last = 0
  for (const match of html.matchAll(TOKEN_RE)) {
    const index = match.index ?? 0
    if (index > last) tokens.push({ kind: 'text', raw: html.slice(last, index) })
    tokens.push(parseTag(match[0]))
    last = index + match[0].length
  }
  if (last < html.length) tokens.push({ kind: 'text', raw: html.slice(last) })
  return tokens
}

function parseTag(raw: string): HtmlToken {
  if (raw.startsWith('<!--')) return { kind: 'comment', raw }
  const closing = raw.startsWith('</')
  const inner = raw.slice(closing ? 2 : 1, -1)
  const selfClosing = /\/\s*$/.test(inner)
  const nameMatch = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(inner)
  const name = (nameMatch?.[0] ?? '').toLowerCase()
  const attrs: HtmlAttr[] = []
  for (const attr of inner.slice(name.length).replace(/\/\s*$/, '').matchAll(ATTR_RE)) {
    const value = attr[2] ?? attr[3] ?? attr[4]
    attrs.push({ name: (attr[1] ?? '').toLowerCase(), value: value ?? null })
  }
  return { kind: 'tag', raw, name, closing, selfClosing, attrs }
}

/** Re-emits a tag after its attributes changed; values are written with double quotes. */
export function serializeTag(name: string, attrs: HtmlAttr[], selfClosing: boolean): string {
  const parts = attrs.map((a) => (a.value === null ? a.name : `${a.name}="${a.value.replace(/"/g, '&quot;')}"`))
  return `<${[name, ...parts].join(' ')}${selfClosing ? ' /' : ''}>`
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16))
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10))
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole
  })
}

/** Zendesk's stored form of a plain-text comment: paragraphs in `<p dir="auto">`, line breaks as `<br>`. */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p dir="auto">${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
  return `<div class="zd-comment" dir="auto">${paragraphs.join('')}</div>`
}

const PARAGRAPH_TAGS = new Set(['p', 'blockquote', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const LINE_TAGS = new Set(['div', 'li', 'tr', 'pre'])

/** The plain text of an HTML body, the way `plain_body` reads (inverse of `textToHtml` for plain comments). */
export function htmlToText(html: string): string {
  let out = ''
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') out += decodeEntities(token.raw).replace(/\u00a0/g, ' ')
    else if (token.kind === 'tag' && token.name === 'br') out += '\n'
    else if (token.kind === 'tag' && token.closing && PARAGRAPH_TAGS.has(token.name)) out += '\n\n'
    else if (token.kind === 'tag' && token.closing && LINE_TAGS.has(token.name)) out += '\n'
  }
  return out
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Replaces every character (code point, so emoji count once) with the redaction block. */
export function redactChars(text: string): string {
  return REDACTION_CHAR.repeat(Array.from(text).length)
}

export interface CommentRedactionResult {
  html: string
  /** href/src values removed from elements that carried a bare `redact` attribute. */
  removedUrls: string[]
  /** How many `<redact>` regions and `redact` attributes were applied. */
  count: number
}

/**
 * Applies the Agent Workspace redaction markup (reference §1.4 A): text inside `<redact>` becomes one `▇`
 * per character (tags inside the region are kept), and an `<a>`/`<img>` with a bare `redact` attribute
 * loses its link/source. The attribute alone leaves inner text in place, as Zendesk documents.
 */
export function applyRedactionMarkup(html: string): CommentRedactionResult {
  let depth = 0
  let count = 0
  const removedUrls: string[] = []
  const out: string[] = []
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'tag' && token.name === 'redact') {
      if (token.closing) depth = Math.max(0, depth - 1)
      else if (!token.selfClosing) {
        depth += 1
        count += 1
      }
      continue
    }
    if (token.kind === 'text') {
      out.push(depth > 0 ? escapeHtml(redactChars(decodeEntities(token.raw))) : token.raw)
      continue
    }
    if (token.kind === 'tag' && !token.closing && token.attrs.some((a) => a.name === 'redact')) {
      count += 1
      const dropped = token.name === 'a' ? ['href'] : token.name === 'img' ? ['src', 'srcset'] : []
      for (const attr of token.attrs) if (dropped.includes(attr.name) && attr.value) removedUrls.push(decodeEntities(attr.value))
      const kept = token.attrs.filter((a) => a.name !== 'redact' && !dropped.includes(a.name))
      out.push(serializeTag(token.name, kept, token.selfClosing))
      continue
    }
    out.push(token.raw)
  }
  return { html: out.join(''), removedUrls, count }
}

/** The submitted HTML with the redaction markup taken out, to compare against the comment as stored. */
export function stripRedactionMarkup(html: string): string {
  const out: string[] = []
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'tag' && token.name === 'redact') continue
    if (token.kind === 'tag' && !token.closing && token.attrs.some((a) => a.name === 'redact')) {
      out.push(serializeTag(token.name, token.attrs.filter((a) => a.name !== 'redact'), token.selfClosing))
      continue
    }
    out.push(token.raw)
  }
  return out.join('')
}

/** Whitespace-insensitive text of an HTML body, for "is this still the same comment" checks. */
export function comparableText(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim()
}

function replaceAllLiteral(haystack: string, needle: string, replacement: string): string {
  return needle === '' ? haystack : haystack.split(needle).join(replacement)
}

/** Legacy redaction in plain text: every occurrence, every character. */
export function redactTextInPlain(text: string, needle: string): string {
  return replaceAllLiteral(text, needle, redactChars(needle))
}

/**
 * Legacy redaction in HTML: occurrences inside one text node or one attribute value. An occurrence split
 * by markup (`<b>Lea</b> Martin`) survives, which is the "limited support for formatted text" Zendesk warns of.
 */
export function redactTextInHtml(html: string, needle: string): string {
  const replacement = redactChars(needle)
  return tokenizeHtml(html)
    .map((token) => {
      if (token.kind === 'text') {
        const decoded = decodeEntities(token.raw)
        return decoded.includes(needle) ? escapeHtml(replaceAllLiteral(decoded, needle, replacement)) : token.raw
      }
      if (token.kind === 'tag' && token.attrs.some((a) => a.value !== null && decodeEntities(a.value).includes(needle))) {
        const attrs = token.attrs.map((a) =>
          a.value === null
            ? a
            : { name: a.name, value: replaceAllLiteral(decodeEntities(a.value), needle, replacement).replace(/&/g, '&amp;') },
        )
        return serializeTag(token.name, attrs, token.selfClosing)
      }
      return token.raw
    })
    .join('')
}
