import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../core/base.entity.js';

export enum OrganizationKind {
  FUNDER = 'FUNDER',
  FEDERATION = 'FEDERATION',
  STRUCTURE = 'STRUCTURE',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'FUNDER is the Region; FEDERATION a network (one tenant); STRUCTURE a member structure account inside a network.',
});

/**
 * The Region, a network, or a member structure's own account. A platform table: it is read
 * before a tenant is chosen (to check memberships), so the auth and organization services
 * scope it explicitly rather than through the tenant filter.
 */
@Entity({ tableName: 'organizations' })
export class Organization extends BaseEntity {
  @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Property({ type: 'string', length: 80, unique: true })
  slug!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The network this organisation's data belongs to: itself for a network, its network for a structure, null for the Region. */
  @Property({ type: 'uuid', nullable: true })
  tenantId: string | null = null;

  @ManyToOne(() => Organization, { nullable: true, fieldName: 'federation_id' })
  federation: Organization | null = null;

  /** For a STRUCTURE account: the member record (MemberStructure id) it stands for. */
  @Property({ type: 'uuid', nullable: true })
  memberStructureId: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
