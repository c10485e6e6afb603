// @vitest-environment node
import { toApiError } from '../../src/zendesk/api-error'
import { fieldErrors } from '../../src/zendesk/field-errors'
import { explainUserWriteError } from '../../src/react/user-write-error'

const rejection = (status: number, body: unknown) => ({ status, responseText: JSON.stringify(body) })

test('a 422 RecordInvalid gives one reason per field, field_key first', () => {
  const error = toApiError(
    rejection(422, {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { phone: [{ description: 'Phone: is invalid', error: 'InvalidValue' }], base: [{ description: 'Name: cannot be blank', error: 'BlankValue', field_key: 'name' }] },
    }),
  )
  expect(fieldErrors(error)).toEqual([
    { field: 'phone', code: 'InvalidValue', description: 'Phone: is invalid' },
    { field: 'name', code: 'BlankValue', description: 'Name: cannot be blank' },
  ])
})

test('other errors have no field reasons', () => {
  expect(fieldErrors(toApiError(rejection(500, { error: 'Boom' })))).toEqual([])
})

test('a 403 on a shared user is explained as sharing, otherwise as a missing permission', () => {
  const forbidden = rejection(403, { error: { title: 'Forbidden', message: 'You do not have access to this page.' } })
  expect(explainUserWriteError(forbidden, { shared: true }).kind).toBe('shared')
  expect(explainUserWriteError(forbidden, { shared: false }).kind).toBe('forbidden')
  expect(explainUserWriteError(rejection(422, { error: 'RecordInvalid', details: { value: [{ description: 'Value: taken', error: 'DuplicateValue' }] } }), {})).toMatchObject({
    kind: 'invalid',
    fields: [{ field: 'value', code: 'DuplicateValue' }],
  })
  expect(explainUserWriteError(rejection(503, {}), {}).kind).toBe('other')
})
