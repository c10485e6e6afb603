import { forbidden, json, noContent, recordNotFound } from '../errors'
import { allowed, route, type RouteContext, type RouteDef } from './route'

/**
 * Talk: `DELETE /channels/voice/calls/:call_id/recordings` deletes every recording of the call; admins only
 * (reference §1.9). The call id comes from the voice comment's `data.call_id`.
 */
function deleteRecordings(ctx: RouteContext): Response {
  if (!allowed(ctx, 'deleteRecordings')) return forbidden()
  const callId = decodeURIComponent(ctx.params.callId ?? '')
  const comment = [...ctx.state.comments.values()].find((c) => c.type === 'VoiceComment' && c.data?.call_id === callId)
  if (!comment?.data || ctx.state.deletedRecordings.has(callId)) return recordNotFound()
  ctx.state.deletedRecordings.add(callId)
  if (ctx.behaviour.recordingUrlAfterDelete === 'null') comment.data.recording_url = null
  return ctx.behaviour.deleteRecordingsStatus === 204 ? noContent() : json({})
}

export const voiceRoutes: RouteDef[] = [route.delete('/api/v2/channels/voice/calls/:callId/recordings', deleteRecordings)]
