/**
 * The fake Zendesk: stateful msw handlers over an in-memory account, for Node tests and the local Agent
 * Workspace. Dev-only: nothing under src/ may import it (see eslint.config.js).
 */
export { createFakeZendesk, type CreateFakeZendeskOptions, type FakeZendesk } from './create-fake-zendesk'
export { DEFAULT_BEHAVIOUR, resolveBehaviour, type Behaviour, type ErrorSpec } from './behaviour'
export type { FaultSpec } from './faults'
export type { RequestLogEntry, WriteLogEntry } from './logs'
export { ENDPOINT_LIMITS } from './rate-limit'
export { CAPABILITIES, can, type Capability } from './permissions'
export { REDACTION_CHAR } from './html'
export { AccountState } from './state/account-state'
export type * from './state/records'
export {
  createDemoSeed,
  DEMO_ADMIN_ID,
  DEMO_AGENT_ID,
  DEMO_LIGHT_AGENT_ID,
  DEMO_MANAGER_AGENT_ID,
  DEMO_NOW,
  DEMO_OWNER_ID,
  DEMO_PLANTED,
  DEMO_REQUEST_TICKET_ID,
  DEMO_SHARED_USER_ID,
  DEMO_SUBJECT,
  DEMO_SUBJECT_ID,
  DEMO_TICKET_IDS,
  type DemoPlanted,
} from './seed/demo-account'
export { FAKE_PII } from './seed/fake-pii'
export { PLANTED_TYPES, type PlantedOccurrence, type PlantedType } from './seed/plant'
export type { PlantedAttachment, PlantedRecording } from './seed/ticket-builder'
export { makeScaleSeed, SCALE_SUBJECT_ID, type ScaleSeedOptions } from './seed/scale-seed'
