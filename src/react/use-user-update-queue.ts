import { useEffect, useState } from 'react'
import { useSupportApi } from './services-context'

/**
 * How many profile updates for this user are waiting for Zendesk's 5-per-minute limit, so the UI can
 * say why nothing seems to happen (the queue continues by itself).
 */
export function useUserUpdateQueue(userId: number): number {
  const { limiter } = useSupportApi().userUpdates
  const [queued, setQueued] = useState(() => limiter.queued(userId))
  useEffect(() => {
    setQueued(limiter.queued(userId))
    return limiter.subscribe(() => setQueued(limiter.queued(userId)))
  }, [limiter, userId])
  return queued
}
