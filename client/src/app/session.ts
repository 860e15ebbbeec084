import { createContext, useContext } from 'react';
import type { CombinedError } from 'urql';
import type { ViewerMembershipFragment, ViewerQuery } from '../gql/graphql';
import type { Role } from './roles';

export type Viewer = NonNullable<ViewerQuery['me']>;
export type ViewerMembership = ViewerMembershipFragment;

export type Session =
  | { status: 'loading' }
  | { status: 'error'; error: CombinedError; retry: () => void }
  | { status: 'signedOut' }
  | {
      status: 'signedIn';
      viewer: Viewer;
      memberships: readonly ViewerMembership[];
      /** Null only while the active organisation is being settled (or when there is no membership). */
      activeMembership: ViewerMembership | null;
      /** Re-read `me` from the server (after a change to the viewer's memberships). */
      refresh: () => void;
    };

export interface ActiveViewer {
  viewer: Viewer;
  memberships: readonly ViewerMembership[];
  activeMembership: ViewerMembership;
  organization: ViewerMembership['organization'];
  role: Role;
  refresh: () => void;
}

export const SessionContext = createContext<Session>({ status: 'loading' });

/** The session in any state (public pages use this). */
export function useSession(): Session {
  return useContext(SessionContext);
}

/** The signed-in viewer and active organisation: only inside routes guarded by RequireSession. */
export function useViewer(): ActiveViewer {
  const session = useSession();
  if (session.status !== 'signedIn' || !session.activeMembership) {
    throw new Error('useViewer() is only available inside routes guarded by <RequireSession>.');
  }
  const { viewer, memberships, activeMembership, refresh } = session;
  return {
    viewer,
    memberships,
    activeMembership,
    organization: activeMembership.organization,
    role: activeMembership.role,
    refresh,
  };
}

/** For nav entries and buttons: may the active role use this? (undefined = every role) */
export function useHasRole(roles?: readonly Role[]): boolean {
  const { role } = useViewer();
  return !roles || roles.includes(role);
}

let sessionExpiredHandler: (() => void) | null = null;

/** The GraphQL client reports UNAUTHENTICATED answers here; SessionProvider re-checks `me`. */
export function notifySessionExpired(): void {
  sessionExpiredHandler?.();
}

export function setSessionExpiredHandler(handler: (() => void) | null): void {
  sessionExpiredHandler = handler;
}
