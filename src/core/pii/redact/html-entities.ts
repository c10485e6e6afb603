// Character references as they appear in Zendesk html_body: the XML five, &nbsp;, Latin-1
// letters and a few typographic ones, plus numeric references.

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'

const NAMED = new Map<string, string>([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['ndash', '\u2013'], ['mdash', '\u2014'], ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['ldquo', '\u201c'], ['rdquo', '\u201d'],
  ['hellip', '\u2026'], ['bull', '\u2022'], ['euro', '\u20ac'], ['trade', '\u2122'], ['zwj', '\u200d'], ['zwnj', '\u200c'],
  ['thinsp', '\u2009'], ['ensp', '\u2002'], ['emsp', '\u2003'], ['OElig', '\u0152'], ['oelig', '\u0153'], ['Scaron', '\u0160'], ['scaron', '\u0161'],
])
LATIN1.split(' ').forEach((name, i) => NAMED.set(name, String.fromCharCode(160 + i)))

const REF = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/y

export interface DecodedRef {
  text: string
  length: number
}

/** Decodes the character reference starting at `pos` (which holds '&'), or undefined. */
export function decodeRefAt(source: string, pos: number): DecodedRef | undefined {
  REF.lastIndex = pos
  const m = REF.exec(source)
  if (!m) return undefined
  let text: string | undefined
  if (m[1] !== undefined || m[2] !== undefined) {
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2])
    text = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd'
  } else {
    text = NAMED.get(m[3] as string)
  }
  return text === undefined ? undefined : { text, length: m[0].length }
}

/** Decodes all references in an attribute value. */
export function decodeEntities(source: string): string {
  let out = ''
  let i = 0
  while (i < source.length) {
    const amp = source.indexOf('&', i)
    if (amp < 0) break
    const ref = decodeRefAt(source, amp)
    out += source.slice(i, amp) + (ref ? ref.text : '&')
    i = amp + (ref ? ref.length : 1)
  }
  return out + source.slice(i)
}
