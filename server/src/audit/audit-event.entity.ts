import { Entity, Index, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { PrimaryKey } from '@mikro-orm/core';
import { TenantScoped } from '../core/base.entity.js';

export type AuditChanges = Record<string, { from: unknown; to: unknown }>;

/**
 * One line of the audit trail shared by every feature, written in the same transaction as the
 * change it records. Tenant-owned (row-level security); Region-level events have no tenant and
 * only the Region sees them.
 */
@Entity({ tableName: 'audit_events' })
@TenantScoped()
@Index({ properties: ['tenantId', 'entityType', 'entityId', 'createdAt'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', nullable: true })
  tenantId: string | null = null;

  @Property({ type: 'string', length: 60 })
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'string', length: 60 })
  action!: string;

  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  changes: AuditChanges | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorOrganizationId: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
