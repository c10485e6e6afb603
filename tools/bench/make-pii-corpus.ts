// Generates the labelled PII corpus (tests/fixtures/pii-corpus/corpus.json) and, for the
// throughput benchmark, a large multilingual ticket stream. Deterministic: same seed, same bytes.
//   npx tsx tools/bench/make-pii-corpus.ts
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { assemble, type Lang, type LabelledSnippet, type Part } from '../../tests/fixtures/pii-corpus/build-snippet'
import { mulberry32, pick, type Rng } from '../../tests/fixtures/pii-corpus/fake-data'
import { EN_NEGATIVE, EN_POSITIVE } from '../../tests/fixtures/pii-corpus/snippets-en'
import { ES_NEGATIVE, ES_POSITIVE } from '../../tests/fixtures/pii-corpus/snippets-es'
import { EXTRA } from '../../tests/fixtures/pii-corpus/snippets-extra'
import { FR_NEGATIVE, FR_POSITIVE } from '../../tests/fixtures/pii-corpus/snippets-fr'
import { PT_NEGATIVE, PT_POSITIVE } from '../../tests/fixtures/pii-corpus/snippets-pt'

type Template = (r: Rng) => Part[]

const TEMPLATES: Record<Lang, { positive: Template[]; negative: Template[] }> = {
  en: { positive: EN_POSITIVE, negative: EN_NEGATIVE },
  fr: { positive: FR_POSITIVE, negative: FR_NEGATIVE },
  pt: { positive: PT_POSITIVE, negative: PT_NEGATIVE },
  es: { positive: ES_POSITIVE, negative: ES_NEGATIVE },
}
const LANGS: readonly Lang[] = ['en', 'fr', 'pt', 'es']

export const CORPUS_PATH = fileURLToPath(new URL('../../tests/fixtures/pii-corpus/corpus.json', import.meta.url))

export function generateCorpus(seed = 20240611, perPositive = 6, perNegative = 3): LabelledSnippet[] {
  const r = mulberry32(seed)
  const out: LabelledSnippet[] = []
  for (const lang of LANGS) {
    const { positive, negative } = TEMPLATES[lang]
    positive.forEach((t, i) => {
      for (let k = 0; k < perPositive; k++) out.push(assemble(`${lang}-p${i}-${k}`, lang, t(r)))
    })
    negative.forEach((t, i) => {
      for (let k = 0; k < perNegative; k++) out.push(assemble(`${lang}-n${i}-${k}`, lang, t(r)))
    })
  }
  // Later additions draw from their own stream, so the snippets above never change.
  const rx = mulberry32(seed + 1)
  for (const lang of LANGS) {
    EXTRA[lang].positive.forEach((t, i) => {
      for (let k = 0; k < perPositive; k++) out.push(assemble(`${lang}-xp${i}-${k}`, lang, t(rx)))
    })
    EXTRA[lang].negative.forEach((t, i) => {
      for (let k = 0; k < perNegative; k++) out.push(assemble(`${lang}-xn${i}-${k}`, lang, t(rx)))
    })
  }
  return out
}

const FILLER: Record<Lang, readonly string[]> = {
  en: [
    'Thanks for getting back to me so quickly.', 'The app keeps crashing when I open the settings page.', 'I tried clearing the cache but nothing changed.',
    'Could you escalate this to the engineering team?', 'We are on the Pro plan with 25 seats.', 'The sync finished at 10:45 but three files are missing.',
    'Let me know if you need more screenshots.', 'This started after the update last Tuesday.', 'I am attaching the export as a CSV file.',
  ],
  fr: [
    'Merci pour votre retour rapide.', "L'application plante dès que j'ouvre les paramètres.", "J'ai vidé le cache mais rien n'a changé.",
    "Pouvez-vous transmettre à l'équipe technique ?", 'Nous avons 25 licences sur le forfait Pro.', 'La synchronisation a terminé à 10h45 mais il manque trois fichiers.',
    "N'hésitez pas si vous avez besoin de captures d'écran.", 'Le problème a commencé après la mise à jour de mardi.',
  ],
  pt: [
    'Obrigado pela resposta rápida.', 'A aplicação fecha sempre que abro as definições.', 'Já limpei a cache mas nada mudou.',
    'Podem encaminhar para a equipa técnica?', 'Temos 25 licenças no plano Pro.', 'A sincronização terminou às 10h45 mas faltam três ficheiros.',
    'Qualquer coisa, me avise.', 'O problema começou depois da atualização de terça-feira.',
  ],
  es: [
    'Gracias por la respuesta tan rápida.', 'La aplicación se cierra cuando abro los ajustes.', 'Ya borré la caché pero no cambió nada.',
    '¿Pueden escalarlo al equipo técnico?', 'Tenemos 25 licencias en el plan Pro.', 'La sincronización terminó a las 10:45 pero faltan tres archivos.',
    'Avísenme si necesitan más capturas.', 'El problema empezó después de la actualización del martes.',
  ],
}

export interface TicketMix {
  /** Probability that a sentence is a labelled snippet (with PII or a hard negative). */
  snippetRate: number
  minSentences: number
  maxSentences: number
}

/** About one snippet per ticket of 6–24 sentences: what support threads typically carry. */
export const REALISTIC_MIX: TicketMix = { snippetRate: 0.07, minSentences: 6, maxSentences: 24 }
/** Stress mix: a quarter of all sentences carry identifiers. */
export const DENSE_MIX: TicketMix = { snippetRate: 0.25, minSentences: 3, maxSentences: 10 }

/** A multilingual stream of ticket comments totalling at least `targetChars` UTF-16 code units. */
export function generateTickets(targetChars: number, seed = 7, mix: TicketMix = REALISTIC_MIX): string[] {
  const r = mulberry32(seed)
  const tickets: string[] = []
  let total = 0
  while (total < targetChars) {
    const lang = pick(r, LANGS)
    const parts: string[] = []
    const sentences = mix.minSentences + Math.floor(r() * (mix.maxSentences - mix.minSentences + 1))
    for (let i = 0; i < sentences; i++) {
      if (r() < mix.snippetRate) {
        const t = r() < 0.7 ? pick(r, TEMPLATES[lang].positive) : pick(r, TEMPLATES[lang].negative)
        parts.push(assemble('t', lang, t(r)).text)
      } else parts.push(pick(r, FILLER[lang]))
    }
    const ticket = parts.join(r() < 0.3 ? '\n' : ' ')
    tickets.push(ticket)
    total += ticket.length
  }
  return tickets
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const corpus = generateCorpus()
  writeFileSync(CORPUS_PATH, JSON.stringify(corpus, null, 1) + '\n')
  const negatives = corpus.filter((s) => s.kind === 'hard-negative').length
  process.stdout.write(`wrote ${corpus.length} snippets (${negatives} hard negatives) to ${CORPUS_PATH}\n`)
}
