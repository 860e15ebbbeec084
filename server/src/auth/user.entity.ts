import { Entity, Property } from '@mikro-orm/core';
import { BaseEntity } from '../core/base.entity.js';

/** A person. Platform table: a person may belong to several organisations of several tenants. */
@Entity({ tableName: 'users' })
export class User extends BaseEntity {
  /** Stored lower-cased so that sign-in is case-insensitive. */
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Property({ type: 'string', length: 120 })
  displayName!: string;

  /** argon2id hash; never leaves the server. */
  @Property({ type: 'string', length: 255, hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
