import { registerEnumType } from 'type-graphql';
import { OrganizationKind } from '../organizations/organization.entity.js';

export enum Role {
  REGION_ADMIN = 'REGION_ADMIN',
  REGION_STAFF = 'REGION_STAFF',
  FEDERATION_ADMIN = 'FEDERATION_ADMIN',
  FEDERATION_STAFF = 'FEDERATION_STAFF',
  STRUCTURE_USER = 'STRUCTURE_USER',
}
registerEnumType(Role, { name: 'Role', description: 'A role is held in one organisation, never globally.' });

/** Which roles an organisation of each kind may give. */
export const ROLES_BY_KIND: Record<OrganizationKind, Role[]> = {
  FUNDER: [Role.REGION_ADMIN, Role.REGION_STAFF],
  FEDERATION: [Role.FEDERATION_ADMIN, Role.FEDERATION_STAFF],
  STRUCTURE: [Role.STRUCTURE_USER],
};

/** Roles that include others: an admin may do all that the staff of the same organisation may. */
export const IMPLIED_ROLES: Record<Role, Role[]> = {
  REGION_ADMIN: [Role.REGION_ADMIN, Role.REGION_STAFF],
  REGION_STAFF: [Role.REGION_STAFF],
  FEDERATION_ADMIN: [Role.FEDERATION_ADMIN, Role.FEDERATION_STAFF],
  FEDERATION_STAFF: [Role.FEDERATION_STAFF],
  STRUCTURE_USER: [Role.STRUCTURE_USER],
};

export const hasRole = (held: Role | null | undefined, ...wanted: Role[]) =>
  !!held && IMPLIED_ROLES[held].some((r) => wanted.includes(r));
