import { Entity, Enum, EnumArrayType, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { TenantEntity, TenantScoped } from '../core/base.entity.js';

export enum StructureKind {
  ACI = 'ACI',
  AI = 'AI',
  EI = 'EI',
  EITI = 'EITI',
  ETTI = 'ETTI',
  GEIQ = 'GEIQ',
}
registerEnumType(StructureKind, { name: 'StructureKind', description: 'Kinds of structure (DOMAIN.md); one SIRET may carry several.' });

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  LEFT = 'LEFT',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });

/** A member structure (SIAE) in one network's register. */
@Entity({ tableName: 'member_structures' })
@TenantScoped()
export class MemberStructure extends TenantEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** 14 digits, spaces stripped, checksum verified. */
  @Property({ type: 'string', length: 14, columnType: 'char(14)' })
  siret!: string;

  @Enum({ items: () => StructureKind, array: true, type: EnumArrayType, nativeEnumName: 'structure_kind', columnType: 'structure_kind[]' })
  kinds!: StructureKind[];

  @Property({ type: 'string', length: 5, nullable: true })
  postcode: string | null = null;

  @Property({ type: 'string', length: 3, nullable: true })
  department: string | null = null;

  @Property({ type: 'string', length: 120, nullable: true })
  city: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;

  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 30, nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  website: string | null = null;

  /** ETP conventionnés; numeric in PostgreSQL, a string here to keep it exact. */
  @Property({ type: 'decimal', columnType: 'numeric(8,2)', nullable: true })
  etp: string | null = null;

  @Property({ type: 'integer', nullable: true })
  insertionHeadcount: number | null = null;

  @Property({ type: 'string', length: 30, nullable: true })
  annexNumber: string | null = null;

  @Enum({ items: () => MemberStatus, nativeEnumName: 'member_status' })
  status: MemberStatus = MemberStatus.ACTIVE;

  @Property({ type: 'date', nullable: true })
  statusSince: string | null = null;

  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
