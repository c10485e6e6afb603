// Length-preserving folding (lowercase + strip Latin diacritics) so that offsets found in the
// folded string are valid in the original. Normalising the whole text would change lengths.

const SPECIAL: Record<string, string> = {
  ß: 's', ẞ: 's', Ł: 'l', ł: 'l', Đ: 'd', đ: 'd', Ø: 'o', ø: 'o', Æ: 'a', æ: 'a', Œ: 'o', œ: 'o',
  ı: 'i', Þ: 't', þ: 't', Ð: 'd', ð: 'd', Ħ: 'h', ħ: 'h', Ŧ: 't', ŧ: 't',
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u00a0': ' ', '\u202f': ' ',
}

const TABLE_SIZE = 0x250
const TABLE = new Uint16Array(TABLE_SIZE)
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c)
  const special = SPECIAL[ch]
  if (special !== undefined) {
    TABLE[c] = special.charCodeAt(0)
    continue
  }
  const lower = ch.toLowerCase()
  const base = lower.length === 1 ? lower.normalize('NFD').charAt(0) : ch
  TABLE[c] = base.length === 1 ? base.charCodeAt(0) : c
}

export function foldCharCode(c: number): number {
  if (c < TABLE_SIZE) return TABLE[c] as number
  const special = SPECIAL[String.fromCharCode(c)]
  if (special !== undefined) return special.charCodeAt(0)
  const lower = String.fromCharCode(c).toLowerCase()
  return lower.length === 1 ? lower.charCodeAt(0) : c
}

/** Lowercase, accent-free, same length as the input; typographic apostrophes become `'`. */
export function foldText(text: string): string {
  let out = ''
  let runStart = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const f = c < 65 ? c : foldCharCode(c)
    if (f !== c) {
      out += text.slice(runStart, i) + String.fromCharCode(f)
      runStart = i + 1
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart)
}
