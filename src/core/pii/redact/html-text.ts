import { decodeRefAt } from './html-entities'
import type { HtmlToken } from './html-tokenizer'

// The rendered text of an html_body with, for every code unit, the source range it came from.
// Block boundaries become an unmatchable separator so values never match across paragraphs.

export const BLOCK_SEPARATOR = '\u0000'

const BLOCK_TAGS = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'hr', 'section', 'article', 'header', 'footer', 'dd', 'dt', 'dl', 'img',
])

export interface HtmlText {
  text: string
  /** Source start/end per code unit of `text`; -1 for separators. */
  srcStart: Int32Array
  srcEnd: Int32Array
  /** Index of the text token each code unit came from; -1 for separators. */
  token: Int32Array
}

export function htmlText(html: string, tokens: readonly HtmlToken[]): HtmlText {
  const chars: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const owner: number[] = []
  const push = (ch: string, s: number, e: number, t: number): void => {
    chars.push(ch)
    starts.push(s)
    ends.push(e)
    owner.push(t)
  }
  tokens.forEach((tok, t) => {
    if (tok.kind === 'tag') {
      if (BLOCK_TAGS.has(tok.name)) push(BLOCK_SEPARATOR, -1, -1, -1)
      return
    }
    if (tok.kind !== 'text') return
    let i = tok.start
    while (i < tok.end) {
      if (html.charCodeAt(i) === 38) {
        const ref = decodeRefAt(html, i)
        if (ref && i + ref.length <= tok.end) {
          for (let k = 0; k < ref.text.length; k++) push(ref.text.charAt(k), i, i + ref.length, t)
          i += ref.length
          continue
        }
      }
      push(html.charAt(i), i, i + 1, t)
      i++
    }
  })
  return { text: chars.join(''), srcStart: Int32Array.from(starts), srcEnd: Int32Array.from(ends), token: Int32Array.from(owner) }
}
