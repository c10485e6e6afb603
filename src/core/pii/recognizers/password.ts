import { foldText } from '../text/fold'
import { cueHits } from './cue-words'
import { emit, type ScanContext } from './scan-context'

// A password is the token that follows a password word and an explicit connector
// ("password: …", "mot de passe est …", "senha = …"). Talk about passwords ("reset your
// password") has no connector and is ignored.

const CONNECTOR =
  /[ \t]*(?:(?:temporaire|provisoire|temporário|temporária|temporal|provisional|temporary|new|nouveau|nova|novo|nuevo|nueva|current|actuel|atual|actual)[ \t]*)?(?:(?:(is|was|est|era|sera|será|es|é|e)(?=[ \t:])[ \t]*:?)|([:=→]|-{1,2}>?))[ \t]*/iy
const VALUE = /["'“«`]?([^\s"'”»`]{3,64})/y
const STOP = new Set([
  'reset', 'expired', 'incorrect', 'wrong', 'invalid', 'changed', 'required', 'forgotten', 'forgot', 'lost', 'the', 'my', 'your', 'not', 'same', 'correct', 'working', 'blocked', 'locked',
  'oublie', 'perdu', 'expire', 'bloque', 'incorrecte', 'errone', 'change', 'modifie', 'mon', 'votre', 'le', 'la', 'pas',
  'esquecida', 'esqueci', 'errada', 'incorreta', 'expirada', 'bloqueada', 'alterada', 'minha', 'sua', 'nao', 'a', 'o',
  'olvidada', 'olvide', 'incorrecta', 'caducada', 'bloqueada', 'cambiada', 'mi', 'su', 'no', 'el',
])

function strong(value: string): boolean {
  return /\d/.test(value) || /[^\p{L}\d]/u.test(value) || (/\p{Lu}/u.test(value) && /\p{Ll}/u.test(value))
}

export function recognizePasswords(ctx: ScanContext): void {
  if (!ctx.enabled.has('PASSWORD')) return
  const { text } = ctx
  let done = 0
  for (const cue of cueHits(ctx)) {
    if (cue.kind !== 'password' || cue.start < done) continue
    CONNECTOR.lastIndex = cue.end
    const c = CONNECTOR.exec(text)
    if (!c) continue
    const symbolic = c[2] !== undefined
    VALUE.lastIndex = CONNECTOR.lastIndex
    const v = VALUE.exec(text)
    if (!v) continue
    let value = v[1] as string
    // '!' and '?' are kept: passwords end with them more often than sentences do after one.
    while (value.length > 0 && /[.,;:)\]]/.test(value.charAt(value.length - 1))) value = value.slice(0, -1)
    if (value.length < 4 || STOP.has(foldText(value))) continue
    if (!strong(value) && !(symbolic && value.length >= 6)) continue
    const start = VALUE.lastIndex - (v[1] as string).length
    emit(ctx, 'PASSWORD', start, start + value.length, 0.8, 'password-after-cue')
    done = start + value.length
  }
}
