import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../core/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from './user.entity.js';
import { Role } from './role.js';

/** A one-time link that lets a person join an organisation. Only the token's SHA-256 is stored. */
@Entity({ tableName: 'invitations' })
export class Invitation extends BaseEntity {
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  invitedBy: User | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
