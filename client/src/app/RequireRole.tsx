import type { ReactNode } from 'react';
import type { Role } from './roles';
import { useViewer } from './session';
import { Forbidden } from './states/Forbidden';

export interface RequireRoleProps {
  /** Roles allowed in the active organisation; undefined means every signed-in role. */
  roles?: readonly Role[];
  children: ReactNode;
}

export function RequireRole({ roles, children }: RequireRoleProps) {
  const { role } = useViewer();
  if (roles && !roles.includes(role)) return <Forbidden />;
  return <>{children}</>;
}
