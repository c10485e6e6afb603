import { compileLexicon, expand, type LexiconEntry } from '../text/lexicon'
import { prescan, type LexiconHit, type Prescan } from '../text/prescan'
import type { ScanContext } from './scan-context'

// Every phrase that announces personal data or anchors a recognizer, found in the ONE shared
// pre-scan (text/prescan.ts). Phrases are written folded (lowercase, no accents) in a tiny
// template syntax: "(a|b)" alternatives, "?" makes the previous character or group optional.

export type CueKind =
  | 'intro' | 'weak-intro' | 'dob' | 'password'
  | 'name-field' | 'greeting' | 'sign-off' | 'honorific' | 'street' | 'url'

export type CueHit = LexiconHit<CueKind>

const PHRASES: Record<CueKind, { tail: LexiconEntry<CueKind>['tail']; templates: string[] }> = {
  intro: {
    tail: 'space',
    templates: ['my name is', "my name's", "je m'appelle", 'mon nom est', 'meu nome e', 'me chamo', 'chamo-me', 'me llamo', 'mi nombre es', '(nome|nom|nombre) complet(o)?:?', 'full name:?'],
  },
  'weak-intro': { tail: 'space', templates: ['i am', "i'm", 'this is', 'je suis', 'ici', 'sou (o|a)', 'aqui e( o| a)?', 'soy'] },
  dob: {
    tail: 'boundary',
    templates: [
      'date of birth', 'birth ?date', 'birthday', 'born( on| in)?', 'd.? ?o.? ?b.?', 'date de naissance', 'n(e|ee) (le|en)', 'naissance',
      'data de nascimento', 'data nasc.?', 'nascid(o|a)( em| a)?', 'fecha de nacimiento', 'fecha nac.?', 'f. nac.?', 'nacid(o|a)( el)?', 'cumpleanos', 'aniversario',
    ],
  },
  password: {
    tail: 'boundary',
    templates: ['password', 'passwd', 'passcode', 'pwd', 'pass', 'mot de passe', 'mdp', 'senha', 'palavra-passe', 'contrasena', 'clave', 'codigo de acceso', 'pin'],
  },
  // Form labels; the recognizer requires them at the start of a line and followed by ':'.
  'name-field': {
    tail: 'any',
    templates: ['name', 'nom', 'nome', 'nombre', 'customer', 'client', 'cliente', 'titular', 'holder', 'account holder', 'cardholder', 'titulaire( du compte)?', 'prenom et nom', 'nom et prenom'],
  },
  greeting: {
    tail: 'boundary',
    templates: [
      'hi', 'hello', 'hey', 'dear', 'good (morning|afternoon|evening)', 'bonjour', 'bonsoir', 'salut', 'cher', 'chere', 'ola', 'oi', 'bom dia', 'boa (tarde|noite)',
      'prezad(o|a)', 'car(o|a)', 'hola', 'buenos dias', 'buenas( tardes)?', 'estimad(o|a)', 'querid(o|a)',
    ],
  },
  'sign-off': {
    tail: 'boundary',
    templates: [
      '(best|kind|warm|many thanks and|with)? ?regards', 'best wishes', 'best', 'thanks', 'thank you', 'many thanks', 'cheers', 'sincerely( yours)?', 'yours( truly| sincerely)?',
      '(bien )?cordialement', 'bien a vous', 'merci( beaucoup)?', '(sinceres )?salutations', 'atenciosamente', '(com os )?(melhores )?cumprimentos', 'obrigad(o|a)', 'abraco(s)?',
      'att.?', 'saludos( cordiales)?', 'un saludo', 'atentamente', '(muchas )?gracias', 'un abrazo',
    ],
  },
  // Case is checked by the recognizer: only "Mr", "Dona"… written with a capital count.
  honorific: {
    tail: 'any',
    templates: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'sr', 'sra', 'srta', 'senhor(a)?', 'senor(a)?', 'dona', 'dna', 'don', 'prof'],
  },
  street: {
    tail: 'any',
    templates: [
      'rua', 'r.', 'avenida', 'av.', 'avda.?', 'travessa', 'tv.', 'praca', 'largo', 'alameda', 'estrada', 'rodovia', 'calle', 'c/', 'paseo', 'plaza', 'pza.', 'camino',
      'carretera', 'ronda', 'travesia', 'via', 'rambla',
    ],
  },
  url: { tail: 'any', templates: ['http://', 'https://', 'ftp://', 'www.'] },
}

const LEXICON = compileLexicon(
  (Object.keys(PHRASES) as CueKind[]).flatMap((kind) => PHRASES[kind].templates.flatMap(expand).map((phrase) => ({ phrase, kind, tail: PHRASES[kind].tail }))),
)

/** The shared pre-scan of `ctx.text`, computed once per call. */
export function prescanOf(ctx: ScanContext): Prescan<CueKind> {
  ctx.pre ??= prescan(ctx.text, LEXICON)
  return ctx.pre
}

const ANNOUNCE: ReadonlySet<CueKind> = new Set(['intro', 'weak-intro', 'dob', 'password'])

/** Announcements of a name, birth date or password, left to right and non-overlapping. */
export function cueHits(ctx: ScanContext): readonly CueHit[] {
  if (ctx.cues) return ctx.cues
  const out: CueHit[] = []
  let end = 0
  for (const h of prescanOf(ctx).hits) {
    if (!ANNOUNCE.has(h.kind) || h.start < end) continue
    out.push(h)
    end = h.end
  }
  ctx.cues = out
  return out
}

/** Hits of one kind, in text order. */
export function hitsOf(ctx: ScanContext, kind: CueKind): CueHit[] {
  return prescanOf(ctx).hits.filter((h) => h.kind === kind)
}
