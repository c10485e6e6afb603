import { useEffect, useState } from 'react'
import { readSubjectId, subjectChangeEvent } from '../zendesk/read-workspace'
import type { ZendeskIdentity, ZendeskUser } from '../zendesk/schemas/user-schemas'
import { useServices } from './services-context'
import { useAsync } from './use-async'

export interface Subject {
  user: ZendeskUser
  identities: ZendeskIdentity[]
}

/** The data subject on screen (user sidebar) or the ticket's requester (ticket sidebar), with identities. */
export function useSubject() {
  const { client, api, location } = useServices()
  const [changes, setChanges] = useState(0)
  useEffect(() => {
    const event = subjectChangeEvent(location)
    if (!event) return
    const onChange = () => setChanges((n) => n + 1)
    client.on(event, onChange)
    return () => client.off(event, onChange)
  }, [client, location])
  return useAsync<Subject | null>(
    async (signal) => {
      const id = await readSubjectId(client, location)
      if (id === undefined) return null
      const [user, identities] = await Promise.all([api.users.getUser(id, signal), api.users.listIdentities(id, signal)])
      return { user, identities }
    },
    [client, api, location, changes],
  )
}
