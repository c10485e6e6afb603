import { invalidEndpoint } from '../errors'
import type { RouteDef } from './route'

/**
 * Last in the handler list: any /api/v2 path or method the fake does not implement answers Zendesk's E8
 * `InvalidEndpoint` 404 (distinct from a missing record's RecordNotFound), and is still logged.
 */
export const fallbackRoutes: RouteDef[] = [{ method: 'ALL', pattern: '/api/v2/*', resolve: () => invalidEndpoint() }]
