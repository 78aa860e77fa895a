import { CLIENT_SCOPES, Permission, ROLE_PERMISSIONS, type Actor } from '../../common/actor.js';
import type { AreaScope } from '../../common/area-filter.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import type { OrgDirectory } from '../org-unit/org-directory.js';
import type { TokenClaims } from './tokens.js';

/** The bureau's own business: imports and the city-wide risk scan. */
const CITY_ONLY: readonly Permission[] = [Permission.IMPORT_MANAGE, Permission.RISK_SCAN];

/** What a role may do, narrowed by where the person works. */
function staffPermissions(role: keyof typeof ROLE_PERMISSIONS, level: OrgLevel | undefined): Set<Permission> {
  const granted = new Set(ROLE_PERMISSIONS[role] ?? []);
  if (level !== OrgLevel.CITY) for (const p of CITY_ONLY) granted.delete(p);
  return granted;
}

/** Turns verified token claims into the actor and area scope of a request. */
export function actorFromClaims(claims: TokenClaims, orgs: OrgDirectory): Actor {
  switch (claims.kind) {
    case 'STAFF': {
      const unit = orgs.get(claims.orgUnitId);
      const scope: AreaScope = unit ? { kind: unit.level, orgUnitId: unit.id, path: unit.path } : { kind: 'NONE' };
      return {
        kind: 'STAFF',
        sessionId: claims.sid,
        staffId: claims.staffId,
        username: claims.username,
        displayName: claims.name,
        role: claims.role,
        orgUnitId: claims.orgUnitId,
        orgLevel: unit?.level ?? OrgLevel.COMMUNITY,
        permissions: staffPermissions(claims.role, unit?.level),
        scope,
      };
    }
    case 'CLIENT': {
      const granted = claims.scopes.filter((s): s is Permission => (CLIENT_SCOPES as readonly string[]).includes(s));
      const city = orgs.childrenOf(null)[0];
      // Integrators work for the whole city, but only reading clients get an area to read in.
      const scope: AreaScope = city && granted.includes(Permission.RETIREE_READ) ? { kind: 'CITY', orgUnitId: city.id, path: city.path } : { kind: 'NONE' };
      return { kind: 'CLIENT', sessionId: claims.sid, clientId: claims.clientId, displayName: claims.name, permissions: new Set(granted), scope };
    }
    case 'RETIREE':
      return {
        kind: 'RETIREE',
        sessionId: claims.sid,
        retireeId: claims.retireeId,
        displayName: claims.name,
        permissions: new Set([Permission.SELF]),
        scope: { kind: 'SELF', retireeId: claims.retireeId, path: claims.orgPath },
      };
  }
}
