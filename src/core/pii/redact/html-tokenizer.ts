// A small linear HTML tokenizer: text, tags, comments and raw-text elements. It never builds
// a tree; positions index into the original string so the redactor can splice it untouched.

export type HtmlToken =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'tag'; start: number; end: number; name: string; closing: boolean }
  | { kind: 'other'; start: number; end: number }

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title'])

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** End (exclusive) of a tag starting at `pos`, skipping quoted attribute values. */
function tagEnd(html: string, pos: number): number {
  let i = pos + 1
  while (i < html.length) {
    const c = html.charCodeAt(i)
    if (c === 62) return i + 1
    if (c === 34 || c === 39) {
      const close = html.indexOf(String.fromCharCode(c), i + 1)
      if (close < 0) return html.length
      i = close + 1
      continue
    }
    i++
  }
  return html.length
}

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = []
  const pushText = (start: number, end: number): void => {
    const last = tokens[tokens.length - 1]
    if (last && last.kind === 'text' && last.end === start) last.end = end
    else tokens.push({ kind: 'text', start, end })
  }
  let i = 0
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    const textEnd = lt < 0 ? html.length : lt
    if (textEnd > i) pushText(i, textEnd)
    if (lt < 0) break
    const next = html.charCodeAt(lt + 1)
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4)
      const end = close < 0 ? html.length : close + 3
      tokens.push({ kind: 'other', start: lt, end })
      i = end
    } else if (isLetter(next) || (next === 47 && isLetter(html.charCodeAt(lt + 2)))) {
      const closing = next === 47
      let n = lt + (closing ? 2 : 1)
      while (n < html.length && /[A-Za-z0-9:-]/.test(html.charAt(n))) n++
      const name = html.slice(lt + (closing ? 2 : 1), n).toLowerCase()
      const end = tagEnd(html, lt)
      tokens.push({ kind: 'tag', start: lt, end, name, closing })
      i = end
      if (!closing && RAW_TEXT.has(name)) {
        const closer = new RegExp(`</${name}`, 'gi')
        closer.lastIndex = end
        const close = closer.exec(html)
        const rawEnd = close ? close.index : html.length
        if (rawEnd > end) tokens.push({ kind: 'other', start: end, end: rawEnd })
        i = rawEnd
      }
    } else if (next === 33 || next === 63 || next === 47) {
      const close = html.indexOf('>', lt + 1)
      const end = close < 0 ? html.length : close + 1
      tokens.push({ kind: 'other', start: lt, end })
      i = end
    } else {
      // A lone '<' is text.
      const more = html.indexOf('<', lt + 1)
      const end = more < 0 ? html.length : more
      pushText(lt, end)
      i = end
    }
  }
  return tokens
}
