import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { WITHOUT_ORGANIZATION } from './graphqlClient';
import { SessionContext, setSessionExpiredHandler, type Session } from './session';
import { ensureActiveOrganization, useActiveOrganization } from './useActiveOrganization';
import { ViewerQuery } from './viewerQuery';

/** Loads `me` (without the organisation header) and settles which organisation this tab acts for. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { slug } = useActiveOrganization();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ViewerQuery,
    context: WITHOUT_ORGANIZATION,
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useEffect(() => {
    setSessionExpiredHandler(refresh);
    return () => setSessionExpiredHandler(null);
  }, [refresh]);

  const memberships = data?.me?.memberships;
  useEffect(() => {
    if (memberships?.length) ensureActiveOrganization(memberships.map((m) => m.organization.slug));
  }, [memberships]);

  const session = useMemo<Session>(() => {
    if (data?.me) {
      const activeMembership = data.me.memberships.find((m) => m.organization.slug === slug) ?? null;
      return {
        status: 'signedIn',
        viewer: data.me,
        memberships: data.me.memberships,
        activeMembership,
        refresh,
      };
    }
    if (error) return { status: 'error', error, retry: refresh };
    if (fetching || !data) return { status: 'loading' };
    return { status: 'signedOut' };
  }, [data, error, fetching, slug, refresh]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
