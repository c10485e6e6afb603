import { isoSeconds } from '../clock'
import type { GroupRecord, IdentityRecord, IdentityType, MembershipRecord, OrganizationRecord, TicketFieldRecord, UserRecord } from '../state/records'
import { FAKE_PII } from './fake-pii'

/**
 * The demo account's people, organisations, groups and fields. All fake: example.com/.org/.net addresses,
 * phone numbers from fiction or test ranges where a country has them (FR 01 99 00, UK 020 7946 0xxx,
 * US 555-01xx) and otherwise obviously made-up sequences; every number is valid for libphonenumber.
 */

/** 2026-03-02T09:00:00Z: the seed's "now"; every seeded date is relative to it. */
export const DEMO_NOW = Date.UTC(2026, 2, 2, 9, 0, 0)

export const DEMO_OWNER_ID = 10001
export const DEMO_ADMIN_ID = 10002
export const DEMO_SECOND_ADMIN_ID = 10003
export const DEMO_AGENT_ID = 10004
export const DEMO_AGENT_EN_ID = 10005
export const DEMO_AGENT_PT_ID = 10006
export const DEMO_LIGHT_AGENT_ID = 10007
/** An agent whose custom role may manage (suspend, delete) end users. */
export const DEMO_MANAGER_AGENT_ID = 10008
export const DEMO_SUBJECT_ID = 10010
export const DEMO_MARC_ID = 10011
export const DEMO_ANA_ID = 10012
export const DEMO_JOAO_ID = 10013
export const DEMO_CARMEN_ID = 10014
export const DEMO_JOHN_ID = 10015
export const DEMO_EMILY_ID = 10016
export const DEMO_LEO_ID = 10017
export const DEMO_SHARED_USER_ID = 10018
export const DEMO_PIERRE_ID = 10019
export const DEMO_LUCIA_ID = 10020
export const DEMO_SARAH_ID = 10021
export const DEMO_SUSPENDED_USER_ID = 10022
export const DEMO_DELETED_USER_ID = 10023

export const DEMO_ORG_ATELIER_ID = 50001
export const DEMO_ORG_MAISON_ID = 50002
export const DEMO_ORG_OCEANIC_ID = 50003
export const DEMO_ORG_PARTNER_ID = 50004

export const DEMO_GROUP_SUPPORT_ID = 20001
export const DEMO_GROUP_BILLING_ID = 20002

export const FIELD_ORDER_NUMBER_ID = 360001
export const FIELD_REFUND_IBAN_ID = 360002
export const FIELD_PRODUCT_ID = 360003

/** The demo subject's identifiers, exactly as stored on the profile. */
export const DEMO_SUBJECT = {
  name: 'Léa Martin',
  primaryEmail: 'lea.martin@example.com',
  secondaryEmail: 'lea.m.perso@example.org',
  phone: '+33612345678',
  xHandle: 'lea_martin_demo',
  externalId: 'CRM-LM-0042',
  loyaltyNumber: 'LOY-77-0042',
} as const

const LOCALES: Record<string, { id: number; tz: string; iana: string }> = {
  'en-US': { id: 1, tz: 'Eastern Time (US & Canada)', iana: 'America/New_York' },
  'en-GB': { id: 1005, tz: 'London', iana: 'Europe/London' },
  fr: { id: 16, tz: 'Paris', iana: 'Europe/Paris' },
  es: { id: 2, tz: 'Madrid', iana: 'Europe/Madrid' },
  'pt-BR': { id: 19, tz: 'Brasilia', iana: 'America/Sao_Paulo' },
  pt: { id: 1176, tz: 'Lisbon', iana: 'Europe/Lisbon' },
}

const CREATED = isoSeconds(Date.UTC(2023, 4, 15, 10, 0, 0))

type PersonSpec = Partial<UserRecord> & { id: number; name: string; locale: string; role: UserRecord['role'] }

function person(spec: PersonSpec): UserRecord {
  const locale = LOCALES[spec.locale] ?? { id: 1, tz: 'UTC', iana: 'Etc/UTC' }
  return {
    alias: null,
    phone: null,
    shared_phone_number: null,
    details: '',
    notes: '',
    signature: null,
    external_id: null,
    organization_id: null,
    locale_id: locale.id,
    time_zone: locale.tz,
    iana_time_zone: locale.iana,
    role_type: null,
    custom_role_id: null,
    restricted_agent: spec.role !== 'end-user' && spec.role !== 'admin',
    moderator: spec.role !== 'end-user',
    only_private_comments: false,
    ticket_restriction: spec.role === 'end-user' ? 'requested' : null,
    default_group_id: spec.role === 'end-user' ? null : DEMO_GROUP_SUPPORT_ID,
    suspended: false,
    shared: false,
    shared_agent: false,
    active: true,
    verified: true,
    tags: [],
    user_fields: {},
    two_factor_auth_enabled: spec.role === 'end-user' ? null : true,
    chat_only: false,
    last_login_at: spec.role === 'end-user' ? null : isoSeconds(DEMO_NOW - 2 * 60 * 60 * 1000),
    created_at: CREATED,
    updated_at: CREATED,
    ...spec,
  }
}

export const DEMO_USERS: UserRecord[] = [
  person({ id: DEMO_OWNER_ID, name: 'Camille Durand', locale: 'fr', role: 'admin', role_type: 4, signature: 'Camille — Demo Support' }),
  person({ id: DEMO_ADMIN_ID, name: 'Rafael Souza', locale: 'pt-BR', role: 'admin', role_type: 4 }),
  person({ id: DEMO_SECOND_ADMIN_ID, name: 'Hannah Becker', locale: 'en-US', role: 'admin', role_type: 4 }),
  person({ id: DEMO_AGENT_ID, name: 'Sofía García', locale: 'es', role: 'agent' }),
  person({ id: DEMO_AGENT_EN_ID, name: 'Tom Baker', locale: 'en-GB', role: 'agent' }),
  person({ id: DEMO_AGENT_PT_ID, name: 'Inês Costa', locale: 'pt', role: 'agent' }),
  person({ id: DEMO_LIGHT_AGENT_ID, name: 'Julien Petit', locale: 'fr', role: 'agent', role_type: 1, custom_role_id: 360000002 }),
  person({
    id: DEMO_MANAGER_AGENT_ID, name: 'Aisha Khan', locale: 'en-GB', role: 'agent', role_type: 0, custom_role_id: 360000003,
    custom_role_permissions: { manageEndUsers: true },
  }),
  person({
    id: DEMO_SUBJECT_ID,
    name: DEMO_SUBJECT.name,
    locale: 'fr',
    role: 'end-user',
    alias: 'Lea M.',
    phone: DEMO_SUBJECT.phone,
    external_id: DEMO_SUBJECT.externalId,
    organization_id: DEMO_ORG_ATELIER_ID,
    details: `${FAKE_PII.lea.address}, France`,
    notes: `Prefers a call after 6pm. Date of birth on file: ${FAKE_PII.lea.birthDate}. Secondary address: ${FAKE_PII.lea.lisbonAddress}.`,
    tags: ['vip', 'newsletter'],
    user_fields: { customer_tier: 'gold', loyalty_number: DEMO_SUBJECT.loyaltyNumber, date_of_birth: FAKE_PII.lea.birthDateIso, marketing_consent: false },
    created_at: isoSeconds(Date.UTC(2024, 0, 8, 14, 12, 0)),
    updated_at: isoSeconds(Date.UTC(2025, 9, 1, 8, 30, 0)),
  }),
  person({ id: DEMO_MARC_ID, name: 'Marc Dubois', locale: 'fr', role: 'end-user', phone: '+33199001234', organization_id: DEMO_ORG_ATELIER_ID }),
  person({ id: DEMO_ANA_ID, name: 'Ana Pereira', locale: 'pt', role: 'end-user', phone: '+351912345678' }),
  person({ id: DEMO_JOAO_ID, name: 'João Silva', locale: 'pt-BR', role: 'end-user', phone: '+5511945671234' }),
  person({ id: DEMO_CARMEN_ID, name: 'Carmen López', locale: 'es', role: 'end-user', phone: '+34622456789', organization_id: DEMO_ORG_MAISON_ID }),
  person({ id: DEMO_JOHN_ID, name: 'John Smith', locale: 'en-US', role: 'end-user', phone: '+12025550123', organization_id: DEMO_ORG_OCEANIC_ID }),
  person({ id: DEMO_EMILY_ID, name: 'Emily Clarke', locale: 'en-GB', role: 'end-user', phone: '+442079460123', organization_id: DEMO_ORG_OCEANIC_ID }),
  person({ id: DEMO_LEO_ID, name: 'Léo Martins', locale: 'pt-BR', role: 'end-user', phone: '+5521987654321' }),
  person({ id: DEMO_SHARED_USER_ID, name: 'Nadia Haddad (Partner Desk)', locale: 'en-US', role: 'end-user', shared: true, organization_id: DEMO_ORG_PARTNER_ID }),
  person({ id: DEMO_PIERRE_ID, name: 'Pierre Lefèvre', locale: 'fr', role: 'end-user', phone: '+33199005678', organization_id: DEMO_ORG_MAISON_ID }),
  person({ id: DEMO_LUCIA_ID, name: 'Lucía Fernández', locale: 'es', role: 'end-user', phone: '+34911234567' }),
  person({ id: DEMO_SARAH_ID, name: 'Sarah Johnson', locale: 'en-US', role: 'end-user', phone: '+16175550134' }),
  person({ id: DEMO_SUSPENDED_USER_ID, name: 'Bulk Mailer', locale: 'en-US', role: 'end-user', suspended: true }),
  person({ id: DEMO_DELETED_USER_ID, name: 'Former Customer', locale: 'en-US', role: 'end-user', active: false, deleted_at: isoSeconds(DEMO_NOW - 40 * 24 * 60 * 60 * 1000) }),
]

const IDENTITY_SPECS: Array<[number, IdentityType, string, boolean?]> = [
  [DEMO_OWNER_ID, 'email', 'camille.durand@example.net'],
  [DEMO_ADMIN_ID, 'email', 'rafael.souza@example.net'],
  [DEMO_SECOND_ADMIN_ID, 'email', 'hannah.becker@example.net'],
  [DEMO_AGENT_ID, 'email', 'sofia.garcia@example.net'],
  [DEMO_AGENT_EN_ID, 'email', 'tom.baker@example.net'],
  [DEMO_AGENT_PT_ID, 'email', 'ines.costa@example.net'],
  [DEMO_LIGHT_AGENT_ID, 'email', 'julien.petit@example.net'],
  [DEMO_MANAGER_AGENT_ID, 'email', 'aisha.khan@example.net'],
  [DEMO_SUBJECT_ID, 'email', DEMO_SUBJECT.primaryEmail],
  [DEMO_SUBJECT_ID, 'email', DEMO_SUBJECT.secondaryEmail, false],
  [DEMO_SUBJECT_ID, 'phone_number', DEMO_SUBJECT.phone],
  [DEMO_SUBJECT_ID, 'twitter', DEMO_SUBJECT.xHandle],
  [DEMO_MARC_ID, 'email', 'marc.dubois@example.com'],
  [DEMO_ANA_ID, 'email', 'ana.pereira@example.org'],
  [DEMO_JOAO_ID, 'email', 'joao.silva@example.com'],
  [DEMO_CARMEN_ID, 'email', 'carmen.lopez@example.org'],
  [DEMO_JOHN_ID, 'email', 'john.smith@example.com'],
  [DEMO_EMILY_ID, 'email', 'emily.clarke@example.org'],
  [DEMO_LEO_ID, 'email', 'leo.martins@example.com'],
  [DEMO_SHARED_USER_ID, 'email', 'nadia.haddad@partnerdesk.example.net'],
  [DEMO_PIERRE_ID, 'email', 'pierre.lefevre@example.org'],
  [DEMO_LUCIA_ID, 'email', 'lucia.fernandez@example.com'],
  [DEMO_SARAH_ID, 'email', 'sarah.johnson@example.com'],
  [DEMO_SUSPENDED_USER_ID, 'email', 'bulk.mailer@example.net'],
  [DEMO_DELETED_USER_ID, 'email', 'former.customer@example.com'],
]

export const DEMO_IDENTITIES: IdentityRecord[] = IDENTITY_SPECS.map(([userId, type, value, primary], index) => ({
  id: 600001 + index,
  user_id: userId,
  type,
  value,
  verified: type !== 'twitter',
  primary: primary ?? true,
  undeliverable_count: 0,
  deliverable_state: 'deliverable',
  created_at: CREATED,
  updated_at: CREATED,
}))

function org(id: number, name: string, extra: Partial<OrganizationRecord> = {}): OrganizationRecord {
  return {
    id, name, external_id: null, domain_names: [], details: '', notes: '', group_id: null,
    shared_tickets: false, shared_comments: false, tags: [], organization_fields: {}, created_at: CREATED, updated_at: CREATED, ...extra,
  }
}

export const DEMO_ORGANIZATIONS: OrganizationRecord[] = [
  org(DEMO_ORG_ATELIER_ID, 'Atelier Lumière', {
    domain_names: ['atelier-lumiere.example.com'],
    details: '3 passage du Cerf, 75002 Paris',
    notes: 'Main contact: Léa Martin, +33 6 12 34 56 78. Invoices to Marc Dubois.',
    tags: ['b2b'],
  }),
  org(DEMO_ORG_MAISON_ID, 'Maison Verte Coopérative', { notes: 'Cooperative customer since 2022.' }),
  org(DEMO_ORG_OCEANIC_ID, 'Oceanic Trading Ltd', { domain_names: ['oceanic.example.org'] }),
  org(DEMO_ORG_PARTNER_ID, 'Partner Desk Inc.', { shared_tickets: true, notes: 'Ticket-sharing partner account.' }),
]

export const DEMO_MEMBERSHIPS: MembershipRecord[] = [
  { id: 70001, user_id: DEMO_SUBJECT_ID, organization_id: DEMO_ORG_ATELIER_ID, default: true, view_tickets: true, created_at: CREATED, updated_at: CREATED },
  { id: 70002, user_id: DEMO_SUBJECT_ID, organization_id: DEMO_ORG_MAISON_ID, default: false, view_tickets: false, created_at: CREATED, updated_at: CREATED },
  { id: 70003, user_id: DEMO_MARC_ID, organization_id: DEMO_ORG_ATELIER_ID, default: true, view_tickets: true, created_at: CREATED, updated_at: CREATED },
  { id: 70004, user_id: DEMO_CARMEN_ID, organization_id: DEMO_ORG_MAISON_ID, default: true, view_tickets: false, created_at: CREATED, updated_at: CREATED },
  { id: 70005, user_id: DEMO_JOHN_ID, organization_id: DEMO_ORG_OCEANIC_ID, default: true, view_tickets: false, created_at: CREATED, updated_at: CREATED },
  { id: 70006, user_id: DEMO_EMILY_ID, organization_id: DEMO_ORG_OCEANIC_ID, default: true, view_tickets: false, created_at: CREATED, updated_at: CREATED },
  { id: 70007, user_id: DEMO_SHARED_USER_ID, organization_id: DEMO_ORG_PARTNER_ID, default: true, view_tickets: false, created_at: CREATED, updated_at: CREATED },
  { id: 70008, user_id: DEMO_PIERRE_ID, organization_id: DEMO_ORG_MAISON_ID, default: true, view_tickets: false, created_at: CREATED, updated_at: CREATED },
]

export const DEMO_GROUPS: GroupRecord[] = [
  { id: DEMO_GROUP_SUPPORT_ID, name: 'Support', created_at: CREATED, updated_at: CREATED },
  { id: DEMO_GROUP_BILLING_ID, name: 'Billing', created_at: CREATED, updated_at: CREATED },
]

export const DEMO_TICKET_FIELDS: TicketFieldRecord[] = [
  { id: FIELD_ORDER_NUMBER_ID, type: 'text', title: 'Order number', description: 'Web shop order reference', active: true, required: false },
  { id: FIELD_REFUND_IBAN_ID, type: 'text', title: 'Refund account (IBAN)', description: 'Where the refund is paid', active: true, required: false },
  { id: FIELD_PRODUCT_ID, type: 'tagger', title: 'Product', description: 'Product line', active: true, required: false },
]

/** Profile fields and organisation notes that hold the subject's personal data (issue 4 scans them too). */
export const DEMO_PROFILE_PII = [
  { where: 'user.details', type: 'address', value: FAKE_PII.lea.address, isSubjectIdentifier: false },
  { where: 'user.notes', type: 'birth_date', value: FAKE_PII.lea.birthDate, isSubjectIdentifier: false },
  { where: 'user.notes', type: 'address', value: FAKE_PII.lea.lisbonAddress, isSubjectIdentifier: false },
  { where: 'user.user_fields.loyalty_number', type: 'external_id', value: DEMO_SUBJECT.loyaltyNumber, isSubjectIdentifier: true },
  { where: 'user.user_fields.date_of_birth', type: 'birth_date', value: FAKE_PII.lea.birthDateIso, isSubjectIdentifier: false },
  { where: 'user.alias', type: 'name', value: 'Lea M.', isSubjectIdentifier: true },
  { where: 'organization.notes', type: 'name', value: 'Léa Martin', isSubjectIdentifier: true },
  { where: 'organization.notes', type: 'phone', value: '+33 6 12 34 56 78', isSubjectIdentifier: true },
] as const
