/**
 * Names of the ZAF events this host sends to the app (`zaf.<name>` on the wire). Kept in one place
 * because some are not verified against Zendesk (zendesk-reference.md §3.8 marks the colour-scheme
 * event name as "to check"): if Zendesk calls it differently, this is the only line to change.
 */
export const COLOR_SCHEME_CHANGED_EVENT = 'colorScheme.changed'

export const ZAF_EVENTS = {
  appActivated: 'app.activated',
  paneActivated: 'pane.activated',
  contextUpdated: 'context.updated',
  ticketCommentsChanged: 'ticket.comments.changed',
  ticketSave: 'ticket.save',
  colorSchemeChanged: COLOR_SCHEME_CHANGED_EVENT,
} as const

/** The prefix the SDK uses to recognise events coming from the host (`ZAF_EVENT = /^zaf\./`). */
export const HOST_EVENT_PREFIX = 'zaf.'
