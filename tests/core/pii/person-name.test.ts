// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { detectPii } from '../../../src/core/pii/index'

// Names announced by weaker cues than "my name is": one-line sign-offs, short introductions,
// honorifics, relations and verbs before a full name, mail display names. Each row is
// [language, text, exact names expected]; an empty list means no PERSON_NAME at all.

const names = (text: string): string[] => detectPii(text).filter((m) => m.type === 'PERSON_NAME').map((m) => m.value)

const POSITIVES: [string, string, string[]][] = [
  ['en', 'Quick question about my plan. Thanks, Jack (jack@example.com)', ['Jack']],
  ['en', 'The issue is fixed now. Regards, Olivia Whitfield', ['Olivia Whitfield']],
  ['en', 'Thank you so much, Derek!', ['Derek']],
  ['fr', 'Merci pour tout. Merci, Jean.', ['Jean']],
  ['fr', 'Bonne journée, Sophie', ['Sophie']],
  ['pt', 'Obrigado, João', ['João']],
  ['pt', 'Fico a aguardar. Atenciosamente, Luísa Moura', ['Luísa Moura']],
  ['es', 'Gracias, María!', ['María']],
  ['en', "I'm Ana from the finance team.", ['Ana']],
  ['en', "I'm Jack and I can't log in.", ['Jack']],
  ['fr', 'Je suis Camille, la gérante du magasin.', ['Camille']],
  ['fr', 'Bonjour, ici Hugo de la comptabilité.', ['Hugo']],
  ['pt', 'Sou o Tiago e preciso de ajuda.', ['Tiago']],
  ['es', 'Soy Lucía, la administradora de la cuenta.', ['Lucía']],
  ['fr', 'M. Dufresne a appelé ce matin.', ['Dufresne']],
  ['fr', 'Bonjour Mme Lemaire,\nvotre dossier est prêt.', ['Lemaire']],
  ['es', 'Sr. Navarro solicitó la baja.', ['Navarro']],
  ['pt', 'Sra. Carvalho, o seu pedido foi enviado.', ['Carvalho']],
  ['en', 'Dr Ashdown asked us to delete her account.', ['Ashdown']],
  ['en', 'I spoke to Emily Lockhart from your billing team.', ['Emily Lockhart']],
  ['en', 'Please ask for Harry Thornbury.', ['Harry Thornbury']],
  ['fr', "J'ai eu Inès Bellamy au téléphone.", ['Inès Bellamy']],
  ['pt', 'Falei com a Ana Sousa ontem à tarde.', ['Ana Sousa']],
  ['es', 'Hablé con Elena Villalobos del servicio técnico.', ['Elena Villalobos']],
  ['en', 'My husband, Noah, placed the order.', ['Noah']],
  ['en', 'Please contact my colleague Grace Pemberton if I am away.', ['Grace Pemberton']],
  ['fr', 'Mon collègue Lucas vous enverra le devis.', ['Lucas']],
  ['pt', 'A minha colega Beatriz vai enviar os documentos.', ['Beatriz']],
  ['es', 'Mi compañera Valeria les enviará la factura.', ['Valeria']],
  ['en', 'From: Chloe Fairley <chloe@example.com>\nSubject: refund', ['Chloe Fairley']],
  ['fr', 'De : Manon Roussel', ['Manon Roussel']],
  ['pt', 'Ana Sousa <ana.sousa@example.pt> escreveu:', ['Ana Sousa']],
  // Written as a held-out check after the rules above, kept as regression cases.
  ['en', 'Hi there, my name is Priya Raman and I need to update my billing address.', ['Priya Raman']],
  ['en', "Kind regards, Margaret O'Neill", ["Margaret O'Neill"]],
  ['en', 'Please loop in my manager Sandra Kowalski on this thread.', ['Sandra Kowalski']],
  ['en', 'Mr Hamid Karimi requested a copy of his data.', ['Hamid Karimi']],
  ['fr', 'Je m’appelle Aurélie Nguyen et je souhaite supprimer mon compte.', ['Aurélie Nguyen']],
  ['fr', 'Ma fille Chloé utilise aussi ce compte.', ['Chloé']],
  ['pt', 'Olá, aqui é a Fernanda Lima da loja do centro.', ['Fernanda Lima']],
  ['pt', 'Meu marido Ricardo fez a compra.', ['Ricardo']],
  ['pt', 'Conversei com o Rodrigo Alves no chat.', ['Rodrigo Alves']],
  ['es', 'Un saludo, Carmen', ['Carmen']],
  ['es', 'Mi hermana Lucía tiene acceso a la cuenta.', ['Lucía']],
  ['es', 'Atentamente,\nJosé Luis Moreno', ['José Luis Moreno']],
]

// Capitalised words in the same places that are not people.
const NEGATIVES: [string, string][] = [
  ['en', 'I spoke to Customer Support twice and nobody replied.'],
  ['en', 'Please contact Apple Support or visit the store.'],
  ['en', "I'm French and the app is only in English."],
  ['en', 'This is Urgent: our Premium plan expired.'],
  ['en', "I'm Happy to help with that."],
  ['en', 'Thanks, Google Pay works again.'],
  ['en', 'Ask for Baker Street Station at the desk.'],
  ['fr', "J'ai eu Orange au téléphone, sans succès."],
  ['fr', 'Je suis Française et je vis à Lyon.'],
  ['fr', "J'ai contacté Free Mobile sans réponse."],
  ['fr', 'Merci, Bonne Journée !'],
  ['pt', 'Falei com a Vodafone e ninguém resolveu.'],
  ['pt', 'Liguei para a Vivo e falei com a Central de Atendimento.'],
  ['es', 'Hablé con Atención al Cliente y no me ayudaron.'],
  ['es', 'Soy Español y vivo en Madrid.'],
  ['es', 'Contacté con Movistar Empresas sin éxito.'],
  ['en', 'To: Billing Team'],
  ['en', 'Contact Support (support@example.com)'],
  ['en', 'I contacted Amazon Prime Video support twice.'],
  ['en', 'Thanks, Apple, for nothing.'],
  ['en', 'I am Canadian and live in Toronto.'],
  ['en', 'Please ask for Room Service at the front desk.'],
  ['en', 'Sent from my iPhone'],
  ['en', 'Best, Acme Corp'],
  ['en', 'My colleague in Marketing will reply.'],
  ['en', 'Dear Customer,\nyour order has shipped.'],
  ['en', 'Thanks, Everyone!'],
  ['en', 'Please contact Information Technology Services.'],
  ['fr', 'Je suis Belge.'],
  ['pt', 'Falei com o Banco do Brasil ontem.'],
  ['es', 'Soy Mexicana.'],
  ['es', 'Hablé con Recursos Humanos.'],
]

describe('PERSON_NAME beyond explicit introductions', () => {
  test.each(POSITIVES)('[%s] %j', (_lang, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  test.each(NEGATIVES)('[%s] no name in %j', (_lang, text) => {
    expect(names(text)).toEqual([])
  })

  test('one-word introductions stay weaker than full names', () => {
    const one = detectPii("I'm Ana.").find((m) => m.type === 'PERSON_NAME')
    const two = detectPii("I'm Ana Sousa.").find((m) => m.type === 'PERSON_NAME')
    expect(one?.confidence ?? 1).toBeLessThan(two?.confidence ?? 0)
  })
})
