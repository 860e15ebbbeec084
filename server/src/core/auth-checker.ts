import type { AuthChecker } from 'type-graphql';
import type { AppContext } from './context.js';
import { requireOrganization, requireViewer } from './context.js';
import { AppError } from './errors.js';
import { hasRole, type Role } from '../auth/role.js';

/**
 * `@Authorized()` needs a signed-in person; `@Authorized(roles)` also needs one of those roles
 * (or a role that includes it) in the active organisation. Ownership rules live in services.
 */
export const authChecker: AuthChecker<AppContext, Role> = ({ context }, roles) => {
  requireViewer(context);
  if (!roles.length) return true;
  const { role } = requireOrganization(context);
  if (!hasRole(role, ...roles)) throw new AppError('FORBIDDEN', 'Your role in this organisation does not allow this');
  return true;
};
