import { forbidden, json, recordNotFound } from '../errors'
import { isLightAgent } from '../permissions'
import type { CustomRolePermissions, UserRecord } from '../state/records'
import { allowed, numParam, route, type RouteContext, type RouteDef } from './route'

/**
 * `GET /api/v2/custom_roles/{id}` (Enterprise), derived from the fake's own permission model: the fake keeps
 * a role's permissions on the agents who hold it (`custom_role_permissions`), so the role is read back from
 * its first member and translated to the API's `configuration` names, the way `permissions.ts` applies them:
 * - `manageEndUsers` → `end_user_profile_access: "full"` (add, edit and delete end users);
 * - `editEndUsers: false` → `"readonly"`, otherwise `"edit"`;
 * - `deleteTickets` → `ticket_deletion`, `redact` → `ticket_redaction`; light agents' roles get `light_agent`.
 * Staff may read roles; end users get the E1-style 403; a role no agent holds is the E2 404.
 */

function endUserProfileAccess(role: CustomRolePermissions): 'full' | 'edit' | 'readonly' {
  if (role.manageEndUsers === true) return 'full'
  return role.editEndUsers === false ? 'readonly' : 'edit'
}

export function customRoleJson(id: number, holder: UserRecord): Record<string, unknown> {
  const role = holder.custom_role_permissions ?? {}
  const light = isLightAgent(holder)
  return {
    id,
    name: light ? 'Light agent' : `Custom role ${id}`,
    description: '',
    role_type: light ? 1 : 0,
    created_at: holder.created_at,
    updated_at: holder.updated_at,
    configuration: {
      light_agent: light,
      ticket_deletion: !light && role.deleteTickets === true,
      ticket_redaction: !light && role.redact === true,
      end_user_profile_access: light ? 'readonly' : endUserProfileAccess(role),
      ticket_editing: !light,
      ticket_access: 'all',
    },
  }
}

function show(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const id = numParam(ctx)
  const holder = ctx.state.listUserIds().map((uid) => ctx.state.getUser(uid)).find((u) => u?.custom_role_id === id)
  if (!holder) return recordNotFound()
  return json({ custom_role: customRoleJson(id, holder) })
}

export const customRoleRoutes: RouteDef[] = [route.get('/api/v2/custom_roles/:id', show)]
