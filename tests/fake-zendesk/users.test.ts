// @vitest-environment node
import { describe, expect, test } from 'vitest'
import {
  DEMO_ADMIN_ID,
  DEMO_AGENT_ID,
  DEMO_LIGHT_AGENT_ID,
  DEMO_MANAGER_AGENT_ID,
  DEMO_SHARED_USER_ID,
  DEMO_SUBJECT,
  DEMO_SUBJECT_ID,
} from '../../dev/fake-zendesk/index'
import { del, get, post, put, useFakeZendesk } from './support'

const fake = useFakeZendesk()
const USER = `/api/v2/users/${DEMO_SUBJECT_ID}`

describe('reading users', () => {
  test('show returns the Zendesk user fields', async () => {
    const { status, body, headers } = await get(USER)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(body.user).toMatchObject({
      id: DEMO_SUBJECT_ID,
      url: `https://demo.zendesk.com/api/v2/users/${DEMO_SUBJECT_ID}.json`,
      name: DEMO_SUBJECT.name,
      email: DEMO_SUBJECT.primaryEmail,
      phone: DEMO_SUBJECT.phone,
      external_id: DEMO_SUBJECT.externalId,
      role: 'end-user',
      role_type: null,
      active: true,
      suspended: false,
      shared: false,
      locale: 'fr',
    })
    for (const key of ['details', 'notes', 'user_fields', 'organization_id', 'tags', 'alias', 'time_zone', 'custom_role_id', 'verified', 'created_at']) {
      expect(body.user).toHaveProperty(key)
    }
    expect(body.user.details).toContain('rue des Lilas')
  })

  test('the .json suffix is optional', async () => {
    expect((await get(`${USER}.json`)).body.user.id).toBe(DEMO_SUBJECT_ID)
  })

  test('me is the acting user, with its role', async () => {
    fake.setActingUser(DEMO_LIGHT_AGENT_ID)
    const { body } = await get('/api/v2/users/me')
    expect(body.user).toMatchObject({ id: DEMO_LIGHT_AGENT_ID, role: 'agent', role_type: 1 })
  })

  test('show_many by ids and by external ids (case-insensitive)', async () => {
    const byIds = await get(`/api/v2/users/show_many?ids=${DEMO_SUBJECT_ID},${DEMO_ADMIN_ID},999`)
    expect(byIds.body.users.map((u: { id: number }) => u.id)).toEqual([DEMO_SUBJECT_ID, DEMO_ADMIN_ID])
    const byExternal = await get('/api/v2/users/show_many?external_ids=crm-lm-0042')
    expect(byExternal.body.users.map((u: { id: number }) => u.id)).toEqual([DEMO_SUBJECT_ID])
    const tooMany = await get(`/api/v2/users/show_many?ids=${Array.from({ length: 101 }, (_, i) => i + 1).join(',')}`)
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.error).toBe('TooManyValues')
  })

  test('users/search matches partial name, email and phone', async () => {
    const ids = async (query: string) => (await get(`/api/v2/users/search?query=${encodeURIComponent(query)}`)).body.users.map((u: { id: number }) => u.id)
    expect(await ids('lea.m.perso')).toEqual([DEMO_SUBJECT_ID])
    expect(await ids('Martin')).toContain(DEMO_SUBJECT_ID)
    expect(await ids('612345678')).toEqual([DEMO_SUBJECT_ID])
    expect((await get('/api/v2/users/search?external_id=CRM-LM-0042')).body.count).toBe(1)
  })

  test('related counts, memberships (default first) and the organisation', async () => {
    const related = await get(`${USER}/related`)
    expect(related.body.user_related.requested_tickets).toBeGreaterThanOrEqual(18)
    expect(related.body.user_related).toHaveProperty('ccd_tickets')
    const memberships = await get(`${USER}/organization_memberships`)
    expect(memberships.body.organization_memberships[0]).toMatchObject({ default: true, organization_name: 'Atelier Lumière' })
    expect(memberships.body.count).toBe(2)
    const org = await get(`/api/v2/organizations/${memberships.body.organization_memberships[0].organization_id}`)
    expect(org.body.organization.notes).toContain('+33 6 12 34 56 78')
  })

  test('404s use E1 for missing records and E8 for unknown routes', async () => {
    expect(await get('/api/v2/users/424242')).toMatchObject({ status: 404, body: { error: 'RecordNotFound', description: 'Not found' } })
    expect(await get('/api/v2/users/424242/no_such_thing')).toMatchObject({ status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } })
    expect(await call405()).toMatchObject({ status: 404, body: { error: 'InvalidEndpoint' } })
  })

  test('an end user may read only themselves (E4 403)', async () => {
    fake.setActingUser(DEMO_SUBJECT_ID)
    expect((await get(USER)).status).toBe(200)
    const denied = await get(`/api/v2/users/${DEMO_ADMIN_ID}`)
    expect(denied.status).toBe(403)
    expect(denied.body.error).toMatchObject({ title: 'Forbidden' })
  })
})

async function call405() {
  return post(`/api/v2/users/${DEMO_SUBJECT_ID}/related`, {})
}

describe('updating users', () => {
  test('updates name, phone, details, notes and user fields', async () => {
    fake.setActingUser(DEMO_AGENT_ID)
    const { status, body } = await put(USER, { user: { name: 'Léa Martin-Roux', phone: '+33 6 98 76 54 32', details: '', notes: 'n/a', user_fields: { customer_tier: 'silver' } } })
    expect(status).toBe(200)
    expect(body.user).toMatchObject({ name: 'Léa Martin-Roux', phone: '+33 6 98 76 54 32', details: '', notes: 'n/a' })
    expect(body.user.user_fields).toMatchObject({ customer_tier: 'silver', loyalty_number: 'LOY-77-0042' })
    expect(fake.state.getUser(DEMO_SUBJECT_ID)?.name).toBe('Léa Martin-Roux')
  })

  test('an empty phone clears it; a new email becomes a secondary identity', async () => {
    const { body } = await put(USER, { user: { phone: '', email: 'lea.new@example.com' } })
    expect(body.user.phone).toBeNull()
    expect(body.user.email).toBe(DEMO_SUBJECT.primaryEmail)
    expect(fake.state.getIdentities(DEMO_SUBJECT_ID).some((i) => i.value === 'lea.new@example.com' && !i.primary)).toBe(true)
  })

  test('validation: wrong types are 400 E4, business rules are 422 E2', async () => {
    const wrongType = await put(USER, { user: { suspended: 'yes' } })
    expect(wrongType.status).toBe(400)
    expect(wrongType.body.error.title).toBe('Invalid attribute')
    const blank = await put(USER, { user: { name: '  ' } })
    expect(blank).toMatchObject({ status: 422, body: { error: 'RecordInvalid', details: { name: [{ error: 'BlankValue' }] } } })
    const badPhone = await put(USER, { user: { phone: 'call me' } })
    expect(badPhone.status).toBe(422)
    const taken = await put(USER, { user: { email: 'marc.dubois@example.com' } })
    expect(taken.body.details.email[0].error).toBe('DuplicateValue')
    const malformed = await put(USER, '{"user": {')
    expect(malformed.status).toBe(400)
  })

  test('suspending needs "manage end users": admins and custom roles yes, plain agents no', async () => {
    fake.setActingUser(DEMO_AGENT_ID)
    expect((await put(USER, { user: { suspended: true } })).status).toBe(403)
    fake.setActingUser(DEMO_MANAGER_AGENT_ID)
    expect((await put(USER, { user: { suspended: true } })).body.user.suspended).toBe(true)
    fake.setActingUser(DEMO_ADMIN_ID)
    expect((await put(USER, { user: { suspended: false } })).body.user.suspended).toBe(false)
  })

  test('light agents cannot edit users; nobody can edit a shared user', async () => {
    fake.setActingUser(DEMO_LIGHT_AGENT_ID)
    expect((await put(USER, { user: { notes: 'x' } })).status).toBe(403)
    fake.setActingUser(DEMO_ADMIN_ID)
    const shared = await put(`/api/v2/users/${DEMO_SHARED_USER_ID}`, { user: { notes: 'x' } })
    expect(shared.status).toBe(403)
    expect(shared.body.error.title).toBe('Forbidden')
  })

  test('agents cannot edit agents or admins', async () => {
    fake.setActingUser(DEMO_AGENT_ID)
    expect((await put(`/api/v2/users/${DEMO_ADMIN_ID}`, { user: { notes: 'x' } })).status).toBe(403)
  })
})

describe('identities', () => {
  const IDS = `${USER}/identities`

  test('lists every identity, primary email first, with type filters and cursor paging', async () => {
    const all = await get(IDS)
    expect(all.body.identities.map((i: { type: string; value: string }) => `${i.type}:${i.value}`)).toEqual([
      `email:${DEMO_SUBJECT.primaryEmail}`,
      `phone_number:${DEMO_SUBJECT.phone}`,
      `twitter:${DEMO_SUBJECT.xHandle}`,
      `email:${DEMO_SUBJECT.secondaryEmail}`,
    ])
    const phones = await get(`${IDS}?type[]=phone_number`)
    expect(phones.body.identities).toHaveLength(1)
    const page = await get(`${IDS}?page[size]=2`)
    expect(page.body.meta.has_more).toBe(true)
    const next = await get(page.body.links.next)
    expect(next.body.identities).toHaveLength(2)
    expect(next.body.meta.has_more).toBe(false)
  })

  test('make_primary, update, create and delete', async () => {
    const secondary = fake.state.getIdentities(DEMO_SUBJECT_ID).find((i) => i.value === DEMO_SUBJECT.secondaryEmail)
    const made = await put(`${IDS}/${secondary?.id}/make_primary`)
    expect(made.status).toBe(200)
    expect(made.body.identities.find((i: { primary: boolean; type: string }) => i.primary && i.type === 'email').value).toBe(DEMO_SUBJECT.secondaryEmail)
    expect((await get(USER)).body.user.email).toBe(DEMO_SUBJECT.secondaryEmail)

    const updated = await put(`${IDS}/${secondary?.id}`, { identity: { verified: false } })
    expect(updated.body.identity.verified).toBe(false)

    const created = await post(IDS, { identity: { type: 'phone_number', value: '+33199007777' } })
    expect(created.status).toBe(201)
    const duplicate = await post(IDS, { identity: { type: 'email', value: 'marc.dubois@example.com' } })
    expect(duplicate.body.details.value[0].error).toBe('DuplicateValue')

    const phone = fake.state.getIdentities(DEMO_SUBJECT_ID).find((i) => i.value === DEMO_SUBJECT.phone)
    const removed = await del(`${IDS}/${phone?.id}`)
    expect(removed.status).toBe(204)
    expect(removed.text).toBe('')
    // Deleting a phone identity may leave the number on the profile (reference §1.8).
    expect(fake.state.getUser(DEMO_SUBJECT_ID)?.phone).toBe(DEMO_SUBJECT.phone)
    expect((await get(`${IDS}/${phone?.id}`)).status).toBe(404)
  })
})

describe('custom roles', () => {
  test('a role reads back the permissions its agents hold, in the API\'s configuration names', async () => {
    fake.setActingUser(DEMO_MANAGER_AGENT_ID)
    const manager = await get('/api/v2/custom_roles/360000003')
    expect(manager.status).toBe(200)
    expect(manager.body.custom_role).toMatchObject({
      id: 360000003,
      role_type: 0,
      configuration: { end_user_profile_access: 'full', ticket_deletion: false, ticket_redaction: false, light_agent: false },
    })
    const light = await get('/api/v2/custom_roles/360000002.json')
    expect(light.body.custom_role).toMatchObject({ role_type: 1, configuration: { light_agent: true, end_user_profile_access: 'readonly', ticket_deletion: false } })
  })

  test('an unknown role is a 404 and end users may not read roles', async () => {
    fake.setActingUser(DEMO_AGENT_ID)
    expect((await get('/api/v2/custom_roles/999')).status).toBe(404)
    fake.setActingUser(DEMO_SUBJECT_ID)
    expect((await get('/api/v2/custom_roles/360000003')).status).toBe(403)
  })
})
