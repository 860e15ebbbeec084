import { useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphqlClient } from './graphqlClient';
import { notifySessionExpired } from './session';
import { useActiveOrganization } from './useActiveOrganization';

/** A new client (hence an empty cache) for every organisation switch, sign-in and sign-out. */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const { generation } = useActiveOrganization();
  const client = useMemo(
    () => createGraphqlClient({ onSessionExpired: notifySessionExpired }),
    [generation], // the generation is the reason to recreate
  );
  return <Provider value={client}>{children}</Provider>;
}
