import { DEMO_SUBJECT } from '../fake-zendesk/index'
import { FAKE_PII } from '../fake-zendesk/seed/fake-pii'
import type { FakeSellRecord, FakeSellSeed } from './sell-records'

/**
 * The demo Sell account: the Support demo subject (Léa Martin) is a contact (primary email) and a lead
 * (secondary email), and a cold-call lead carries only her phone number; each has notes, calls, tasks,
 * text messages and documents, the contact a deal. Someone else's contact and lead are there too, so an
 * app that does not filter exports or deletes the wrong person. All data is fake.
 */
export const DEMO_SELL_IDS = {
  contact: 81001,
  lead: 82001,
  /** Found by phone only: shown, but not selected for deletion by default. */
  phoneOnlyLead: 82002,
  otherContact: 81002,
  otherLead: 82003,
  deal: 88001,
} as const

const OWNER_ID = 7001
const at = (day: string, time = '10:00:00') => `${day}T${time}Z`

const person = (fields: Record<string, unknown> & { id: number }): FakeSellRecord => ({
  creator_id: OWNER_ID,
  owner_id: OWNER_ID,
  description: null,
  phone: null,
  mobile: null,
  fax: null,
  website: null,
  twitter: null,
  facebook: null,
  linkedin: null,
  skype: null,
  tags: [],
  custom_fields: {},
  address: null,
  ...fields,
})

const CONTACTS: FakeSellRecord[] = [
  person({
    id: DEMO_SELL_IDS.contact,
    is_organization: false,
    contact_id: null,
    name: DEMO_SUBJECT.name,
    first_name: 'Léa',
    last_name: 'Martin',
    title: 'Office manager',
    email: DEMO_SUBJECT.primaryEmail,
    phone: '+33 6 12 34 56 78',
    description: 'Met at the Paris trade fair; buys office furniture for the Atelier.',
    customer_status: 'current',
    prospect_status: 'none',
    industry: 'Design',
    tags: ['trade-fair-2025', 'vip'],
    custom_fields: { 'Preferred channel': 'phone', 'Date of birth': FAKE_PII.lea.birthDate },
    address: { line1: '12 rue des Lilas', city: 'Paris', postal_code: '75011', state: null, country: 'FR' },
    created_at: at('2025-03-14'),
    updated_at: at('2026-01-20', '15:30:00'),
  }),
  person({
    id: DEMO_SELL_IDS.otherContact,
    is_organization: false,
    contact_id: null,
    name: 'Marc Dubois',
    first_name: 'Marc',
    last_name: 'Dubois',
    email: 'marc.dubois@example.com',
    phone: '+33 1 99 00 12 34',
    customer_status: 'none',
    prospect_status: 'current',
    created_at: at('2025-05-02'),
    updated_at: at('2025-05-02'),
  }),
]

const LEADS: FakeSellRecord[] = [
  person({
    id: DEMO_SELL_IDS.lead,
    first_name: 'Léa',
    last_name: 'Martin',
    organization_name: 'Atelier Martin',
    title: 'Founder',
    email: DEMO_SUBJECT.secondaryEmail,
    mobile: '06 12 34 56 78',
    status: 'Working',
    source_id: 3001,
    description: 'Asked for a quote for a second studio in Lyon.',
    address: { line1: FAKE_PII.lea.newAddress, city: 'Lyon', postal_code: '69007', state: null, country: 'FR' },
    created_at: at('2025-09-03'),
    updated_at: at('2025-11-18'),
  }),
  person({
    id: DEMO_SELL_IDS.phoneOnlyLead,
    first_name: 'L.',
    last_name: 'Martin',
    organization_name: null,
    email: null,
    phone: '+33 6 12 34 56 78',
    status: 'New',
    source_id: 3002,
    description: 'Cold call list, spring campaign.',
    created_at: at('2025-04-22'),
    updated_at: at('2025-04-22'),
  }),
  person({
    id: DEMO_SELL_IDS.otherLead,
    first_name: 'Karim',
    last_name: 'Benali',
    email: FAKE_PII.karim.email,
    phone: FAKE_PII.karim.phone,
    status: 'New',
    created_at: at('2025-06-11'),
    updated_at: at('2025-06-11'),
  }),
]

const on = (resourceType: 'contact' | 'lead', resourceId: number) => ({ resource_type: resourceType, resource_id: resourceId, creator_id: OWNER_ID })

const NOTES: FakeSellRecord[] = [
  { id: 83001, ...on('contact', DEMO_SELL_IDS.contact), content: 'Léa prefers calls after 6pm. Her assistant Paul Girard (paul.girard@example.net) handles invoices.', is_important: true, tags: [], type: 'regular', created_at: at('2025-03-15'), updated_at: at('2025-03-15') },
  { id: 83002, ...on('contact', DEMO_SELL_IDS.contact), content: 'Renewal of the chairs contract discussed; wants delivery before June.', is_important: false, tags: [], type: 'regular', created_at: at('2025-12-02'), updated_at: at('2025-12-02') },
  { id: 83003, ...on('lead', DEMO_SELL_IDS.lead), content: 'Second studio in Lyon, opening in spring.', is_important: false, tags: [], type: 'regular', created_at: at('2025-09-04'), updated_at: at('2025-09-04') },
  { id: 83004, ...on('contact', DEMO_SELL_IDS.otherContact), content: 'Marc asked for the catalogue.', is_important: false, tags: [], type: 'regular', created_at: at('2025-05-03'), updated_at: at('2025-05-03') },
]

const CALLS: FakeSellRecord[] = [
  { id: 84001, ...on('contact', DEMO_SELL_IDS.contact), user_id: OWNER_ID, summary: 'Follow-up on the quote; she will confirm next week.', phone_number: '+33 6 12 34 56 78', incoming: false, missed: false, duration: 312, recording_url: null, associated_deal_ids: [DEMO_SELL_IDS.deal], made_at: at('2025-12-01', '17:05:00'), created_at: at('2025-12-01', '17:10:00'), updated_at: at('2025-12-01', '17:10:00') },
  { id: 84002, ...on('lead', DEMO_SELL_IDS.lead), user_id: OWNER_ID, summary: 'Intro call about the Lyon studio.', phone_number: '06 12 34 56 78', incoming: true, missed: false, duration: 145, recording_url: null, associated_deal_ids: [], made_at: at('2025-09-03', '11:00:00'), created_at: at('2025-09-03', '11:05:00'), updated_at: at('2025-09-03', '11:05:00') },
]

const TASKS: FakeSellRecord[] = [
  { id: 85001, ...on('contact', DEMO_SELL_IDS.contact), owner_id: OWNER_ID, content: 'Send the renewal quote to Léa', due_date: at('2026-03-10'), completed: false, overdue: false, remind_at: null, created_at: at('2026-01-20'), updated_at: at('2026-01-20') },
  { id: 85002, ...on('contact', DEMO_SELL_IDS.contact), owner_id: OWNER_ID, content: 'Call back about delivery dates', due_date: at('2025-12-15'), completed: true, completed_at: at('2025-12-14'), overdue: false, remind_at: null, created_at: at('2025-12-02'), updated_at: at('2025-12-14') },
  { id: 85003, ...on('lead', DEMO_SELL_IDS.lead), owner_id: OWNER_ID, content: 'Qualify the Lyon lead', due_date: at('2025-09-30'), completed: false, overdue: true, remind_at: null, created_at: at('2025-09-04'), updated_at: at('2025-09-04') },
  { id: 85004, ...on('lead', DEMO_SELL_IDS.phoneOnlyLead), owner_id: OWNER_ID, content: 'Try the number again in May', due_date: at('2025-05-02'), completed: false, overdue: true, remind_at: null, created_at: at('2025-04-22'), updated_at: at('2025-04-22') },
]

const TEXT_MESSAGES: FakeSellRecord[] = [
  { id: 86001, ...on('contact', DEMO_SELL_IDS.contact), user_id: OWNER_ID, content: 'Hi Léa, the quote is in your inbox.', incoming: false, phone_number: '+33 6 12 34 56 78', sent_at: at('2025-12-02', '09:30:00'), created_at: at('2025-12-02', '09:30:00'), updated_at: at('2025-12-02', '09:30:00') },
  { id: 86002, ...on('contact', DEMO_SELL_IDS.contact), user_id: OWNER_ID, content: 'Thanks, I will read it tonight.', incoming: true, phone_number: '+33 6 12 34 56 78', sent_at: at('2025-12-02', '12:02:00'), created_at: at('2025-12-02', '12:02:00'), updated_at: at('2025-12-02', '12:02:00') },
]

const DOCUMENTS: FakeSellRecord[] = [
  { id: 87001, ...on('contact', DEMO_SELL_IDS.contact), name: 'Signed quote Q-2025-118.pdf', content_type: 'application/pdf', size: 184_320, download_url: 'https://api.getbase.com/v2/documents/87001/download', created_at: at('2025-12-03'), updated_at: at('2025-12-03') },
  { id: 87002, ...on('lead', DEMO_SELL_IDS.lead), name: 'Lyon floor plan.png', content_type: 'image/png', size: 402_111, download_url: 'https://api.getbase.com/v2/documents/87002/download', created_at: at('2025-09-05'), updated_at: at('2025-09-05') },
]

const DEALS: FakeSellRecord[] = [
  { id: DEMO_SELL_IDS.deal, contact_id: DEMO_SELL_IDS.contact, creator_id: OWNER_ID, owner_id: OWNER_ID, name: 'Office chairs renewal', value: '4800.00', currency: 'EUR', hot: true, stage_id: 9002, source_id: 3001, estimated_close_date: '2026-04-30', tags: [], custom_fields: {}, created_at: at('2025-12-01'), updated_at: at('2026-01-20') },
  { id: 88002, contact_id: DEMO_SELL_IDS.otherContact, creator_id: OWNER_ID, owner_id: OWNER_ID, name: 'Catalogue order', value: '250.00', currency: 'EUR', hot: false, stage_id: 9001, source_id: 3002, estimated_close_date: null, tags: [], custom_fields: {}, created_at: at('2025-05-03'), updated_at: at('2025-05-03') },
]

export function createDemoSellSeed(): FakeSellSeed {
  return structuredClone({ contacts: CONTACTS, leads: LEADS, notes: NOTES, calls: CALLS, tasks: TASKS, text_messages: TEXT_MESSAGES, documents: DOCUMENTS, deals: DEALS })
}
