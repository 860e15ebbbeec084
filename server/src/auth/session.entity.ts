import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../core/base.entity.js';
import { User } from './user.entity.js';

/** A signed-in browser or API client. Only the SHA-256 of the token is stored. */
@Entity({ tableName: 'sessions' })
export class Session extends BaseEntity {
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastSeenAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  absoluteExpiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;
}
