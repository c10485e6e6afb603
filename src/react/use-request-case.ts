import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { deriveChecklistStatus } from '../core/case/checklist-status'
import type { CaseChange } from '../core/case/case-note'
import { localIsoDate } from '../core/case/calendar-date'
import { jurisdictionFromSetting } from '../core/case/jurisdictions'
import { applyCasePatch, emptyCase, type CasePatch, type RequestCase } from '../core/case/request-case'
import type { ChecklistStatus, Obligation } from '../core/checklist/obligations'
import type { EvidenceRecord } from '../core/evidence/evidence-types'
import { useI18n } from '../i18n/i18n-context'
import { useServices } from './services-context'

/** Where the case lives: on the request ticket, or (user sidebar, no ticket) only in this sidebar's memory. */
export type CaseStorage = 'ticket' | 'memory'

export interface RecordOptions {
  /** A code for the note and the evidence, e.g. `export_json`, `suspend_user`. */
  action: string
  obligation?: Obligation
  evidence?: EvidenceRecord
}

export interface RequestCaseState {
  storage: CaseStorage
  ticketId: number | null
  status: 'loading' | 'ready' | 'error'
  loadError: unknown
  /** Null until the request is recorded (the ticket carries no case yet). */
  value: RequestCase | null
  /** What a new case starts from: the admin's default jurisdiction, received on the ticket's creation day. */
  defaults: RequestCase
  checklist: ChecklistStatus
  saving: boolean
  saveError: unknown
  /** Light agents may add notes but not change tags, so they see the case read-only. */
  readOnly: boolean
  /** Evidence recorded in this session, newest last (kept in memory only, for download). */
  evidence: EvidenceRecord[]
  save(patch: CasePatch, options?: RecordOptions): Promise<boolean>
  reload(): void
}

const LIGHT_AGENT_ROLE_TYPE = 1

// Reading and writing the case (tags, note parsing, its zod schema) loads after the first paint: the
// sidebar's initial bundle has a budget, and the checklist shows "not started" for the split second before.
const loadStore = () => import('../zendesk/request-case-store')

/** Actions with their own sentence in the note's human line; any other code reads as a generic update. */
export const NOTE_ACTIONS = [
  'case_saved',
  'obligation_done',
  'access_answered',
  'export_json',
  'export_html',
  'correction_profile',
  'correction_add_identity',
  'correction_make_identity_primary',
  'correction_delete_identity',
  'suspend_user',
  'unsuspend_user',
] as const

/**
 * Reads and writes the request case. In the ticket sidebar it lives on the ticket (tags + internal note),
 * so every agent opening the ticket sees the same progress; in the user sidebar there is no request
 * ticket, so it is kept in memory for as long as the sidebar stays open, and the UI says so.
 */
export function useRequestCaseState(): RequestCaseState {
  const { api, location, context, settings, agent } = useServices()
  const { t } = useI18n()
  const ticketId = location === 'ticket_sidebar' && context.ticketId ? context.ticketId : null
  const storage: CaseStorage = ticketId === null ? 'memory' : 'ticket'
  const [status, setStatus] = useState<RequestCaseState['status']>(storage === 'ticket' ? 'loading' : 'ready')
  const [loadError, setLoadError] = useState<unknown>(null)
  const [value, setValue] = useState<RequestCase | null>(null)
  const [createdOn, setCreatedOn] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<unknown>(null)
  const [evidence, setEvidence] = useState<EvidenceRecord[]>([])
  const [generation, setGeneration] = useState(0)
  const valueRef = useRef(value)
  valueRef.current = value

  useEffect(() => {
    if (ticketId === null) return
    const controller = new AbortController()
    setStatus('loading')
    loadStore()
      .then(({ loadTicketCase }) => loadTicketCase(api, ticketId, controller.signal))
      .then(
      (stored) => {
        if (controller.signal.aborted) return
        setValue(stored.value)
        setCreatedOn(stored.createdAt ? localIsoDate(new Date(stored.createdAt)) : null)
        setStatus('ready')
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        setLoadError(error)
        setStatus('error')
      },
    )
    return () => controller.abort()
  }, [api, ticketId, generation])

  const defaults = useMemo(
    () => emptyCase({ jurisdiction: jurisdictionFromSetting(settings.default_jurisdiction), receivedOn: createdOn ?? localIsoDate(new Date()) }),
    [settings.default_jurisdiction, createdOn],
  )

  const save = useCallback(
    async (patch: CasePatch, options: RecordOptions = { action: 'case_saved' }): Promise<boolean> => {
      const change: CaseChange = {
        action: options.action,
        ...(options.obligation ? { obligation: options.obligation } : {}),
        at: new Date().toISOString(),
        byUserId: agent.id,
      }
      if (options.evidence) setEvidence((list) => [...list, options.evidence as EvidenceRecord])
      setSaving(true)
      setSaveError(null)
      try {
        if (ticketId === null) {
          setValue((current) => applyCasePatch(current ?? defaults, patch))
          return true
        }
        const actionKey = (NOTE_ACTIONS as readonly string[]).includes(options.action) ? options.action : 'other'
        const summary = t('case.note.summary', { action: t(`case.note.action.${actionKey}`) })
        const { saveTicketCase } = await loadStore()
        const stored = await saveTicketCase(api, ticketId, { patch, change, summary, defaults, ...(options.evidence ? { evidence: options.evidence } : {}) })
        setValue(stored.value)
        return true
      } catch (error) {
        setSaveError(error)
        return false
      } finally {
        setSaving(false)
      }
    },
    [agent.id, api, defaults, t, ticketId],
  )

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return {
    storage,
    ticketId,
    status,
    loadError,
    value,
    defaults,
    checklist: deriveChecklistStatus(value),
    saving,
    saveError,
    readOnly: storage === 'ticket' && agent.role_type === LIGHT_AGENT_ROLE_TYPE,
    evidence,
    save,
    reload,
  }
}
