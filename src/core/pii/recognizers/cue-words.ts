import { compileLexicon, expand, type LexiconEntry } from '../text/lexicon'
import { prescan, type LexiconHit, type Prescan } from '../text/prescan'
import type { ScanContext } from './scan-context'

// Every phrase that announces personal data or anchors a recognizer, found in the ONE shared
// pre-scan (text/prescan.ts). Phrases are folded (lowercase, no accents) when compiled, so they
// are written that way here; the template syntax is "(a|b)" for alternatives and "?" to make the
// previous character or group optional.

export type CueKind =
  | 'intro' | 'weak-intro' | 'dob' | 'password'
  | 'name-field' | 'name-header' | 'greeting' | 'sign-off' | 'honorific' | 'name-verb' | 'name-relation' | 'street' | 'url'

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
  // Form labels, colon included (a bare "nom" or "client" is no cue); line start is checked later.
  'name-field': {
    tail: 'any',
    templates: ['name', 'nom', 'nome', 'nombre', 'customer', 'client', 'cliente', 'titular', 'holder', 'account holder', 'cardholder', 'titulaire( du compte)?', 'prenom et nom', 'nom et prenom'].map(
      (t) => `${t} ?:`,
    ),
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
      'thank(s| you) (so much|a lot|again)', 'take care', 'have a (nice|good|great) day', 'bonne (journee|soiree|fin de journee)', 'a bientot',
      '(muito )?obrigad(o|a)', 'um (abraco|beijo)', 'beijos', 'ate (breve|logo)', 'hasta (pronto|luego)',
    ],
  },
  // Mail headers and ticket fields naming a person, colon included ("De :", "To:").
  'name-header': {
    tail: 'any',
    templates: [
      'from', 'de', 'to', 'para', 'attn', 'sender', 'expediteur', 'destinataire', 'remetente', 'remitente', 'destinatario', 'contact(o)?', 'contato',
      'requester', 'demandeur', 'solicitante', 'requerente', 'agent(e)?', 'assignee', 'responsable', 'responsavel',
    ].map((t) => `${t} ?:`),
  },
  // Case is checked by the recognizer: only "Mr", "Dona", "M."… written with a capital count.
  honorific: {
    tail: 'boundary',
    templates: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'dra', 'm.', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'sr', 'sra', 'srta', 'senhor(a)?', 'senor(a)?', 'dona', 'dna', 'don', 'prof'],
  },
  // Verbs that put a person's full name next: "I spoke to Emily Lockhart", "falei com a Ana Sousa".
  'name-verb': {
    tail: 'space',
    templates: [
      '(spoke|talked|speak|speaking|talk) (to|with)', 'ask(ed)? for', 'contact(ed)?', 'reach(ed)? out to', '(forwarded|escalated|transferred|assigned) to', 'handled by', 'on behalf of',
      "j'ai eu", "(j'ai )?parle (a|avec)", 'parler (a|avec)', 'contacte(r|z)?', 'de la part de', 'au nom de', 'transfere a',
      '(falei|conversei|falar|fale) com', 'conta(c)?t(ar|e)', 'em nome de', 'atendid(o|a) por',
      '(hable|he hablado|hablar|hable) con', 'contact(ar|e|a) (con|a)', 'de parte de', 'en nombre de',
    ],
  },
  // Relations that name a person right after, even by first name only: "my colleague Ana".
  'name-relation': {
    tail: 'boundary',
    templates: [
      '(my|our|your|his|her) (colleague|coworker|co-worker|manager|boss|wife|husband|partner|son|daughter|mother|father|brother|sister|friend|assistant|agent|' +
        'accountant|lawyer|attorney|secretary|director|supervisor|consultant|advisor|technician)',
      '(mon|ma|notre|votre|son|sa) (collegue|responsable|conseiller|conseillere|ami|amie|epoux|epouse|mari|femme|fils|fille|mere|pere|frere|sœur|soeur|' +
        'comptable|avocat|avocate|secretaire|directeur|directrice|technicien|technicienne)',
      '(meu|minha|nosso|nossa|seu|sua) (colega|gerente|chefe|marido|esposa|mulher|filho|filha|mae|pai|irmao|irma|amigo|amiga|namorado|namorada|' +
        'contador|contadora|advogado|advogada|secretario|secretaria|diretor|diretora|tecnico|tecnica)',
      '(mi|nuestro|nuestra|su) (companero|companera|colega|jefe|jefa|marido|esposo|esposa|mujer|hijo|hija|madre|padre|hermano|hermana|amigo|amiga|novio|novia|' +
        'contador|contadora|contable|abogado|abogada|secretario|secretaria|director|directora|tecnico|tecnica)',
    ],
  },
  street: {
    tail: 'boundary',
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
