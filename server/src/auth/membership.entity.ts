import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../core/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from './user.entity.js';
import { Role } from './role.js';

/** (user, organisation, role): what a person may do in one organisation. */
@Entity({ tableName: 'memberships' })
@Unique({ properties: ['user', 'organization'] })
export class Membership extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
