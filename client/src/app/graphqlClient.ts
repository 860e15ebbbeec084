import { Client, cacheExchange, fetchExchange, mapExchange, type OperationContext } from 'urql';
import { getActiveOrganizationSlug } from './useActiveOrganization';

function fetchOptionsFor(organizationSlug: string | null): RequestInit {
  const headers: Record<string, string> = {
    // Apollo's CSRF protection accepts the request as non-simple; the session cookie does the rest.
    'apollo-require-preflight': 'true',
  };
  if (organizationSlug) headers['X-Organization'] = organizationSlug;
  return { credentials: 'same-origin', headers };
}

/**
 * Context for operations that are not tenant-scoped (`me`, sign-in, invitation preview, sign-out):
 * sent without `X-Organization`, so a stale or foreign organisation in storage can never block them.
 */
export const WITHOUT_ORGANIZATION: Partial<OperationContext> = {
  fetchOptions: () => fetchOptionsFor(null),
};

export interface GraphqlClientOptions {
  /** Called when a signed-in request comes back UNAUTHENTICATED (expired or revoked session). */
  onSessionExpired: () => void;
}

/** One client per organisation and session (see `generation` in useActiveOrganization). */
export function createGraphqlClient({ onSessionExpired }: GraphqlClientOptions): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    // A function, so the header always follows the active organisation of this tab.
    fetchOptions: () => fetchOptionsFor(getActiveOrganizationSlug()),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          const expired = error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (expired && operation.kind === 'query') onSessionExpired();
        },
      }),
      fetchExchange,
    ],
  });
}
