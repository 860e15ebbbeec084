import type { OrganizationKind, Role } from '../gql/graphql';

export type { OrganizationKind, Role };

export const ALL_ROLES: readonly Role[] = [
  'REGION_ADMIN',
  'REGION_STAFF',
  'FEDERATION_ADMIN',
  'FEDERATION_STAFF',
  'STRUCTURE_USER',
];

/** Same rule as the server: which roles an organisation of each kind can give. */
export const ROLES_BY_ORGANIZATION_KIND: Record<OrganizationKind, readonly Role[]> = {
  FUNDER: ['REGION_ADMIN', 'REGION_STAFF'],
  FEDERATION: ['FEDERATION_ADMIN', 'FEDERATION_STAFF'],
  STRUCTURE: ['STRUCTURE_USER'],
};

/** Role sets for route guards and nav entries (`roles` in routes.tsx). */
export const REGION_ROLES: readonly Role[] = ['REGION_ADMIN', 'REGION_STAFF'];
export const FEDERATION_ROLES: readonly Role[] = ['FEDERATION_ADMIN', 'FEDERATION_STAFF'];
export const USER_MANAGER_ROLES: readonly Role[] = ['REGION_ADMIN', 'FEDERATION_ADMIN'];
