import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { OrganizationKind } from '../../app/roles';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';

const ManageableOrganizationsQuery = graphql(`
  query ManageableOrganizations {
    organizations {
      id
      name
      kind
      federation {
        id
      }
    }
  }
`);

export interface ManagedOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
}

/**
 * Whose people the active administrator manages, active organisation first: a network also
 * manages its structure accounts, the Region the networks (same rule as the server).
 */
export function useManageableOrganizations(): ManagedOrganization[] {
  const { organization } = useViewer();
  const [{ data }] = useQuery({ query: ManageableOrganizationsQuery });
  return useMemo(() => {
    const others = (data?.organizations ?? []).filter(
      (o) =>
        o.id !== organization.id &&
        ((organization.kind === 'FEDERATION' && o.kind === 'STRUCTURE' && o.federation?.id === organization.id) ||
          (organization.kind === 'FUNDER' && o.kind === 'FEDERATION')),
    );
    others.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return [organization, ...others];
  }, [data, organization]);
}
