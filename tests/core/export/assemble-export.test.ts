// @vitest-environment node
import { assembleExport, exportFileName, serializeExport } from '../../../src/core/export/assemble-export'
import { EXPORT_SCHEMA_ID, privacyExportSchema } from '../../../src/core/export/export-schema'
import { comment, exportInput, ticket } from './export-fixture'

const options = { generatedAt: '2024-03-02T12:00:00.000Z', generatorVersion: '1.0.0' }

test('the export holds the user, identities, memberships, tickets with every comment and the attachment list', async () => {
  const input = exportInput([
    ticket(10, [
      comment(1, 42, 'My order never arrived.'),
      comment(2, 7, 'Sorry to hear that, we are checking.', {
        public: false,
        attachments: [{ id: 501, file_name: 'label.pdf', content_type: 'application/pdf', size: 1234, content_url: 'https://demo.zendesk.com/attachments/token/abc/?name=label.pdf' }],
      }),
    ]),
    ticket(11, [comment(3, 42, 'Another one.', { type: 'VoiceComment', data: { recording_url: 'https://demo.zendesk.com/recordings/3' } })]),
  ])
  const document = await assembleExport(input, options)
  expect(privacyExportSchema.safeParse(document).success).toBe(true)
  expect(document.schema).toBe(EXPORT_SCHEMA_ID)
  expect(document.user).toMatchObject({ id: 42, name: 'Maria Silva', email: 'maria@example.com', userFields: { loyalty: 'gold' } })
  expect(document.identities.map((i) => i.value)).toEqual(['maria@example.com', 'maria.silva@work.example', '+351912345678'])
  expect(document.organizationMemberships).toEqual([{ id: 5, organizationId: 9, organizationName: 'Acme Lda', isDefault: true, createdAt: '2023-01-01T10:00:00Z' }])
  expect(document.tickets.map((t) => t.comments.map((c) => c.id))).toEqual([[1, 2], [3]])
  const [first] = document.tickets
  expect(first?.comments[0]).toMatchObject({ author: 'subject', authorName: 'Maria Silva', plainText: 'My order never arrived.', html: '<p>My order never arrived.</p>', public: true })
  expect(first?.comments[1]).toMatchObject({ author: 'third_party', authorName: 'Agent Carla Mendes', public: false, attachmentIds: [501] })
  expect(document.attachments).toEqual([
    { id: 501, ticketId: 10, commentId: 2, fileName: 'label.pdf', contentType: 'application/pdf', size: 1234, url: 'https://demo.zendesk.com/attachments/token/abc/?name=label.pdf', inline: false },
  ])
  expect(document.tickets[1]?.comments[0]).toMatchObject({ type: 'VoiceComment', recordingUrl: 'https://demo.zendesk.com/recordings/3' })
  expect(document.counts).toEqual({ tickets: 2, comments: 3, attachments: 1 })
  expect(document.masking).toEqual({ thirdParties: false, types: [], maskedCount: 0 })
  expect(document.sell).toEqual({ status: 'not_connected', records: [] })
  expect(document.requestTicketId).toBe(100)
})

test('tickets whose comments could not all be read are listed as incomplete', async () => {
  const document = await assembleExport(exportInput([ticket(12, [], { complete: false, failure: 'forbidden' })]), options)
  expect(document.tickets[0]?.complete).toBe(false)
  expect(document.incomplete).toEqual([{ what: 'comments', ticketId: 12, reason: 'forbidden' }])
})

test('1,000 tickets are built in chunks, yielding to the UI between them and reporting progress', async () => {
  async function* slowSource() {
    for (let id = 1; id <= 1000; id += 1) yield ticket(id, [comment(id * 10, 42, `Message ${id}`), comment(id * 10 + 1, 7, 'Reply')])
  }
  const progress: number[] = []
  let yields = 0
  const document = await assembleExport(exportInput([], { tickets: slowSource(), totalTickets: 1000 }), {
    ...options,
    chunkSize: 50,
    yieldControl: async () => {
      yields += 1
    },
    onProgress: ({ ticketsDone }) => progress.push(ticketsDone),
  })
  expect(document.counts).toEqual({ tickets: 1000, comments: 2000, attachments: 0 })
  expect(yields).toBe(20)
  expect(progress[0]).toBe(0)
  expect(progress.at(-1)).toBe(1000)
  expect(progress).toHaveLength(22)
  expect(privacyExportSchema.safeParse(document).success).toBe(true)
})

test('cancelling stops the export between chunks', async () => {
  const controller = new AbortController()
  const tickets = Array.from({ length: 100 }, (_, i) => ticket(i + 1, []))
  const promise = assembleExport(exportInput(tickets), {
    ...options,
    chunkSize: 10,
    signal: controller.signal,
    yieldControl: async () => controller.abort(new Error('cancelled by the agent')),
  })
  await expect(promise).rejects.toThrow('cancelled by the agent')
})

test('the file is indented JSON and its name carries no personal data', async () => {
  const document = await assembleExport(exportInput([]), options)
  const json = serializeExport(document)
  expect(JSON.parse(json)).toEqual(document)
  expect(json).toContain('\n  "schema": "privacy-assistant.export/v1"')
  expect(exportFileName(document, 'json')).toBe('privacy-export-user-42-2024-03-02.json')
})
