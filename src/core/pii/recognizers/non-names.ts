import { foldText } from '../text/fold'

// Capitalised words that follow name cues in support text but are not people: brands and
// services customers talk about, cities, months, nationalities and languages ("I'm French",
// "Soy Español"), plan names, and words that end streets or organisations. The weaker name
// rules (mid-sentence, one-line sign-offs, one-word introductions, mail headers) reject a
// candidate holding any of them; the announced-name rules (my name is, Name:) do not need to.

const WORDS =
  // Brands, telecoms, banks, shops, parcel carriers.
  'google gmail youtube apple icloud iphone ipad mac macbook microsoft windows office outlook teams azure amazon aws prime android chrome firefox safari ' +
  'slack zoom zendesk salesforce hubspot shopify paypal stripe visa mastercard amex facebook meta instagram whatsapp twitter linkedin tiktok ' +
  'netflix spotify uber airbnb booking dropbox adobe oracle samsung huawei xiaomi sony lenovo ikea fnac darty decathlon carrefour leclerc ' +
  'auchan mercadona santander bbva caixa bankinter bnp paribas revolut nubank itau bradesco n26 orange sfr bouygues vodafone movistar ' +
  'telefonica meo vivo claro verizon comcast dhl ups fedex correos ctt colissimo chronopost laposte ' +
  // Places, leaving out common surnames (Lisboa, Valencia, Braga…).
  'paris lyon marseille bordeaux nantes toulouse lille london manchester leeds bristol birmingham glasgow edinburgh dublin lisbon porto ' +
  'faro madrid barcelona seville bilbao malaga sao rio janeiro brasilia curitiba recife fortaleza ' +
  'europe europa france francia franca portugal spain espana espanha brasil brazil england inglaterra angleterre ' +
  // Months that are not also first names (Marco, Julio, Avril stay possible).
  'january february march september october november december janvier fevrier mars juin juillet aout septembre octobre novembre decembre ' +
  'janeiro fevereiro abril maio junho julho agosto setembro outubro novembro dezembro enero febrero marzo mayo junio ' +
  'septiembre octubre noviembre diciembre ' +
  // Nationalities and languages, masculine and feminine.
  'english british american canadian irish scottish welsh australian french spanish portuguese brazilian mexican italian german ' +
  'francais francaise anglais anglaise espagnol espagnole portugais portugaise bresilien bresilienne americain americaine belge suisse ' +
  'italien italienne allemand allemande portugues portuguesa brasileiro brasileira ingles inglesa francesa espanhol espanhola ' +
  'americano americana espanol espanola brasileno brasilena mexicano mexicana argentino argentina colombiano colombiana chileno chilena ' +
  // Departments and desks: "falei com a Central de Atendimento".
  'central atendimento atencion attention accounting finance financeiro financiero comercial commercial legal juridico juridique compliance ' +
  'marketing tecnico technique technical contabilidade contabilidad comptabilite facturation faturamento facturacion recursos humanos ' +
  'ressources humaines human resources reception recepcion information technology security operations logistics shipping delivery returns ' +
  'refunds payments accounts warehouse management administration procurement purchasing engineering research development quality ' +
  'informatique securite logistique livraison paiements comptes expedition direction achats informatica seguranca logistica entrega ' +
  'pagamentos contas expedicao direcao administracao compras seguridad pagos cuentas envios direccion administracion ' +
  // Closing formulas read as names after another one: "Merci, Bonne Journée".
  'bonne bon journee soiree semaine weekend nice good great day boa buena buen dia semana ' +
  // Plans, states and shouted adjectives seen after "I am" / "this is".
  'premium pro plus basic business enterprise gold silver platinum vip free trial urgent important new nouveau desole desolee ' +
  'sorry ok okay fine happy glad ready available'

// Words of street and company names: "ask for Baker Street Station", "contact Acme Corp".
const SUFFIXES = 'street road avenue lane drive square rue avenida rua calle plaza paseo boulevard inc ltd llc corp gmbh sas sarl lda slu'

const NON_NAMES = new Set(WORDS.split(' '))
const PLACE_OR_COMPANY = new Set(SUFFIXES.split(' '))

/** True when the span [start, end) holds a word that is not part of a person's name. */
export function hasNonNameWord(text: string, start: number, end: number): boolean {
  const words = foldText(text.slice(start, end)).split(/[^a-z0-9]+/).filter(Boolean)
  return words.some((w) => NON_NAMES.has(w) || PLACE_OR_COMPANY.has(w))
}
