import { useCallback } from 'react';
import { useClient } from 'urql';
import { WITHOUT_ORGANIZATION } from '../../app/graphqlClient';
import { getActiveOrganizationSlug, resetSession, switchOrganization } from '../../app/useActiveOrganization';
import { ViewerQuery } from '../../app/viewerQuery';

export interface StartSessionOptions {
  /** Act for this organisation when the person belongs to it (e.g. the one an invitation was for). */
  preferOrganizationName?: string;
}

/**
 * After login or accepting an invitation (the session cookie is now set): read the person's
 * memberships, choose the organisation to act for (preferred one, else this tab's previous one
 * when still theirs, else the first) and start from an empty cache.
 */
export function useStartSession(): (options?: StartSessionOptions) => Promise<void> {
  const client = useClient();
  return useCallback(
    async ({ preferOrganizationName }: StartSessionOptions = {}) => {
      const result = await client
        .query(ViewerQuery, {}, { ...WITHOUT_ORGANIZATION, requestPolicy: 'network-only' })
        .toPromise();
      const memberships = result.data?.me?.memberships ?? [];
      const previous = getActiveOrganizationSlug();
      const chosen =
        memberships.find((m) => preferOrganizationName && m.organization.name === preferOrganizationName) ??
        memberships.find((m) => m.organization.slug === previous) ??
        memberships[0];
      if (chosen) switchOrganization(chosen.organization.slug);
      else resetSession({ forget: true });
    },
    [client],
  );
}
