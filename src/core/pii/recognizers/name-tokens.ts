import { foldText } from '../text/fold'

// Reads a run of capitalised name words ("Jean-Pierre de la Fontaine", "O'Brien", "DUPONT",
// "J. Smith") starting at a position. Particles are allowed between capitalised words only.

const WORD = /[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿA-ZÀ-ÖØ-Þ]*(?:['’-][A-ZÀ-ÖØ-Þa-zà-öø-ÿ]+)*\.?/y
const PARTICLE = /(?:de la|de los|de las|de|da|do|das|dos|del|della|di|du|des|van der|van|von|der|le|la|y|e|d')(?= |[A-ZÀ-Þ])/y

const STOP = new Set(
  (
    'team equipe equipa equipo support suporte soporte service servico servicio services client clients customer customers cliente clientes ' +
    'care sales billing help helpdesk desk all everyone there tous toutes todos todas monsieur madame mademoiselle sir madam mr mrs ms miss dr ' +
    'sr sra srta senhor senhora senor senora dona don dear hi hello hey thanks thank merci obrigado obrigada gracias the le la les o a el los las ' +
    'user utilisateur usuario agent agente admin administrator manager department departement departamento staff company inc ltd llc sa sarl sas ' +
    'lda gmbh bank banque banco please i we our your my this that it just sorry ok okay yes no oui non sim si best kind regards cordialement ' +
    'atenciosamente saludos cumprimentos sincerely cheers again today tomorrow monday tuesday wednesday thursday friday saturday sunday lundi mardi ' +
    'mercredi jeudi vendredi samedi dimanche segunda terca quarta quinta sexta sabado domingo lunes martes miercoles jueves viernes order commande ' +
    'pedido encomenda invoice facture fatura factura account compte conta cuenta password team. equipe. there. all. ' +
    'friend friends amigo amigos amis colleague colleagues collegues colegas guys folks everybody world bonjour bonsoir salut ola hola buenos buenas ' +
    'boa bom morning afternoon evening jour soir tarde tardes dias noite noches new nouveau nouvelle novo nova nuevo nueva re fwd tr rv ' +
    'corp corporation group groupe grupo solutions systems technologies tech labs shop store boutique loja tienda online support. app'
  ).split(' '),
)

export interface NameSpan {
  start: number
  end: number
  words: number
}

export function isStopWord(word: string): boolean {
  return STOP.has(foldText(word).replace(/\.$/, ''))
}

/** Longest name-like run at `pos` of up to `maxWords` capitalised words, or undefined. */
export function readName(text: string, pos: number, maxWords = 4): NameSpan | undefined {
  let end = pos
  let words = 0
  let p = pos
  while (words < maxWords) {
    WORD.lastIndex = p
    const w = WORD.exec(text)
    if (!w) break
    const word = w[0]
    if (isStopWord(word) || (word.endsWith('.') && word.length > 2 && !/^[A-Z]\.$/.test(word))) {
      if (word.endsWith('.') && !isStopWord(word)) {
        end = p + word.length - 1
        words++
      }
      break
    }
    const next = text.charCodeAt(p + word.length)
    if ((next >= 48 && next <= 57) || next === 64 || next === 95) return undefined
    words++
    end = p + word.length
    if (text.charCodeAt(end) !== 32) break
    p = end + 1
    PARTICLE.lastIndex = p
    const part = PARTICLE.exec(text)
    if (part) {
      const after = p + part[0].length
      const q = text.charCodeAt(after) === 32 ? after + 1 : after
      WORD.lastIndex = q
      if (!WORD.test(text)) break
      p = q
    }
  }
  if (words === 0) return undefined
  if (text.charCodeAt(end - 1) === 46 && end - pos > 2 && !/[A-Z]\.$/.test(text.slice(end - 2, end))) end--
  return { start: pos, end, words }
}
