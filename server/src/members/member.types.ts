import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, Node, toGlobalId } from '../core/relay.js';
import { MemberStatus, StructureKind } from './member.entity.js';
import type { MemberValues } from './member.rules.js';

/** A member as the read model returns it: plain columns, no entity. */
export interface MemberRow {
  id: string;
  tenant_id: string;
  name: string;
  siret: string;
  kinds: StructureKind[];
  postcode: string | null;
  department: string | null;
  city: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  etp: number | null;
  insertion_headcount: number | null;
  annex_number: string | null;
  status: MemberStatus;
  status_since: string | null;
  notes: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  total?: number;
}

@ObjectType('Member', { implements: Node, description: "A member structure (SIAE) in one network's register." })
export class MemberNode extends Node {
  readonly __typename = 'Member';
  rawId: string;
  tenantId: string;

  @Field(() => String) name: string;
  @Field(() => String, { description: '14 digits, checked (Luhn, La Poste rule).' }) siret: string;
  @Field(() => [StructureKind]) kinds: StructureKind[];
  @Field(() => String, { nullable: true }) postcode: string | null;
  @Field(() => String, { nullable: true, description: 'Derived from the postcode unless set by hand (2A/2B, overseas on 3 digits).' })
  department: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => Float, { nullable: true, description: 'ETP conventionnés (two decimals at most).' }) etp: number | null;
  @Field(() => Int, { nullable: true, description: 'Salariés en insertion.' }) insertionHeadcount: number | null;
  @Field(() => String, { nullable: true, description: 'State financial annex number, e.g. ACI013230042A0M0.' }) annexNumber: string | null;
  @Field(() => MemberStatus) status: MemberStatus;
  @Field(() => String, { nullable: true, description: 'Date (yyyy-mm-dd) the current status took effect.' }) statusSince: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Int, { description: 'Send it back with an edit; a stale one is a CONFLICT.' }) version: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

/** The editable values of a stored member, as the rules and the import speak of them. */
export const memberValuesOf = (r: MemberRow): MemberValues => ({
  name: r.name,
  siret: r.siret,
  kinds: r.kinds,
  postcode: r.postcode,
  department: r.department,
  city: r.city,
  address: r.address,
  email: r.email,
  phone: r.phone,
  website: r.website,
  etp: r.etp,
  insertionHeadcount: r.insertion_headcount,
  annexNumber: r.annex_number,
  notes: r.notes,
});

export function toMemberNode(r: MemberRow): MemberNode {
  return Object.assign(new MemberNode(), {
    id: toGlobalId('Member', r.id),
    rawId: r.id,
    tenantId: r.tenant_id,
    ...memberValuesOf(r),
    status: r.status,
    statusSince: r.status_since,
    version: r.version,
    // Raw SQL may hand timestamps back as text: the DateTime scalar wants a Date.
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  });
}

export const MemberConnection = Connection(MemberNode, 'Member');

export enum MemberOrderField {
  NAME = 'NAME',
  CITY = 'CITY',
  DEPARTMENT = 'DEPARTMENT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(MemberOrderField, { name: 'MemberOrderField' });

export enum MemberOrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(MemberOrderDirection, { name: 'MemberOrderDirection' });

@InputType()
export class MemberOrder {
  @Field(() => MemberOrderField) field: MemberOrderField;
  @Field(() => MemberOrderDirection, { defaultValue: MemberOrderDirection.ASC }) direction: MemberOrderDirection;
}

@InputType()
export class MemberFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, SIRET (spaces ignored) or city; accents and case ignored.' })
  search?: string | null;
  @Field(() => [StructureKind], { nullable: true, description: 'Any of these kinds.' }) kinds?: StructureKind[] | null;
  @Field(() => [String], { nullable: true }) departments?: string[] | null;
  @Field(() => [MemberStatus], { nullable: true }) statuses?: MemberStatus[] | null;
  @Field(() => [ID], { nullable: true, description: 'Networks (Organization ids); useful to the Region.' }) networkIds?: string[] | null;
}

@InputType({ description: 'A whole member record; optional fields left out or empty are cleared.' })
export class MemberValuesInput {
  @Field(() => String) name: string;
  @Field(() => String, { description: 'Spaces allowed; stored as 14 digits.' }) siret: string;
  @Field(() => [String], { description: 'StructureKind codes (strings, so an unknown kind is a field error, not a parse error).' })
  kinds: string[];
  @Field(() => String, { nullable: true }) postcode?: string | null;
  @Field(() => String, { nullable: true, description: 'Leave empty to derive it from the postcode.' }) department?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => Float, { nullable: true }) etp?: number | null;
  @Field(() => Int, { nullable: true }) insertionHeadcount?: number | null;
  @Field(() => String, { nullable: true }) annexNumber?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class CreateMemberInput extends MemberValuesInput {}

@InputType()
export class UpdateMemberInput extends MemberValuesInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version the user saw.' }) version: number;
}

@InputType()
export class SetMemberStatusInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => MemberStatus) status: MemberStatus;
  @Field(() => String, { description: 'Date it takes effect, yyyy-mm-dd.' }) since: string;
}

@ObjectType()
export class MemberPayload {
  @Field(() => MemberNode) member: MemberNode;
}

@ObjectType({ description: 'One field changed by an event: previous and new values as JSON text.' })
export class MemberFieldChange {
  @Field(() => String) field: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

@ObjectType({ description: 'A line of a member’s history (audit trail).' })
export class MemberHistoryEntry {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'CREATED, UPDATED, IMPORTED, STATUS_CHANGED, STRUCTURE_ACCOUNT_CREATED...' }) action: string;
  @Field(() => [MemberFieldChange]) changes: MemberFieldChange[];
  @Field(() => Date) createdAt: Date;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field(() => String, { nullable: true }) actorOrganizationName: string | null;
}

export const MemberHistoryConnection = Connection(MemberHistoryEntry, 'MemberHistory');

@InputType()
export class CreateStructureAccountInput {
  @Field(() => ID) memberId: string;
}
