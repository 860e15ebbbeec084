import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { badInput, conflict, fieldError, forbidden, notFound } from '../core/errors.js';
import { parseInput } from '../core/validation.js';
import { diffFields, recordAudit } from '../audit/audit.service.js';
import { MemberStatus, MemberStructure, type StructureKind } from './member.entity.js';
import { MEMBER_FIELDS, memberValuesSchema, statusChangeSchema, type MemberValues } from './member.rules.js';
import { MEMBER_COLUMNS } from './member.queries.js';
import type { MemberRow } from './member.types.js';

export const MEMBER_ENTITY = 'Member';

/** Only a network edits its own register (the Region reads, a structure account reads its own record). */
export function requireNetwork(ctx: AppContext): { tenantId: string; id: string } {
  const org = requireOrganization(ctx);
  if (org.kind !== 'FEDERATION' || !org.tenantId) throw forbidden("Only the network's staff edit its register");
  return { tenantId: org.tenantId, id: org.id };
}

/** The values of a stored member, shaped like the rules' output (for diffs). */
export function valuesOf(m: MemberStructure): MemberValues {
  return {
    name: m.name,
    siret: m.siret,
    kinds: [...m.kinds],
    postcode: m.postcode,
    department: m.department,
    city: m.city,
    address: m.address,
    email: m.email,
    phone: m.phone,
    website: m.website,
    etp: m.etp === null ? null : Number(m.etp),
    insertionHeadcount: m.insertionHeadcount,
    annexNumber: m.annexNumber,
    notes: m.notes,
  };
}

function assign(m: MemberStructure, v: MemberValues): void {
  Object.assign(m, { ...v, kinds: v.kinds as StructureKind[], etp: v.etp === null ? null : v.etp.toFixed(2) });
}

const EMPTY: MemberValues = {
  name: null as unknown as string,
  siret: null as unknown as string,
  kinds: [],
  postcode: null,
  department: null,
  city: null,
  address: null,
  email: null,
  phone: null,
  website: null,
  etp: null,
  insertionHeadcount: null,
  annexNumber: null,
  notes: null,
};

/** The changes of a new record (every set field from null). */
export const creationChanges = (v: MemberValues) => diffFields(EMPTY, v, [...MEMBER_FIELDS]);

const siretTaken = () => badInput([fieldError('siret', 'siret.taken', 'Another member of this network has this SIRET')]);

async function assertSiretFree(ctx: AppContext, tenantId: string, siret: string, exceptId: string | null): Promise<void> {
  const [row] = await ctx.em.execute<{ id: string }[]>(`select id from member_structures where tenant_id = ? and siret = ? and id <> ?`, [
    tenantId,
    siret,
    exceptId ?? '00000000-0000-0000-0000-000000000000',
  ]);
  if (row) throw siretTaken();
}

async function flushMember(ctx: AppContext): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw siretTaken();
    if (e instanceof OptimisticLockError) throw conflict();
    throw e;
  }
}

export async function loadMemberRow(ctx: AppContext, id: string): Promise<MemberRow> {
  const [row] = await ctx.em.execute<MemberRow[]>(`select ${MEMBER_COLUMNS} from member_structures m where m.id = ? and m.tenant_id = ?`, [
    id,
    requireNetwork(ctx).tenantId,
  ]);
  if (!row) throw notFound('Member');
  return row;
}

export async function createMember(ctx: AppContext, input: unknown): Promise<MemberRow> {
  const network = requireNetwork(ctx);
  const v = parseInput(memberValuesSchema, input);
  await assertSiretFree(ctx, network.tenantId, v.siret, null);
  const m = ctx.em.create(MemberStructure, { tenantId: network.tenantId, status: MemberStatus.ACTIVE, version: 1 } as MemberStructure);
  assign(m, v);
  await flushMember(ctx);
  await recordAudit(ctx, { tenantId: network.tenantId, entityType: MEMBER_ENTITY, entityId: m.id, action: 'CREATED', changes: creationChanges(v) });
  return loadMemberRow(ctx, m.id);
}

/** A member of the active network, through the tenant filter: another network's answers NOT_FOUND. */
async function findOwnMember(ctx: AppContext, id: string, version: number): Promise<MemberStructure> {
  const network = requireNetwork(ctx);
  const m = await ctx.em.findOne(MemberStructure, { id, tenantId: network.tenantId });
  if (!m) throw notFound('Member');
  if (m.version !== version) throw conflict('This structure was changed by someone else since you opened it; reload it');
  return m;
}

export async function updateMember(ctx: AppContext, id: string, version: number, input: unknown): Promise<MemberRow> {
  const m = await findOwnMember(ctx, id, version);
  const v = parseInput(memberValuesSchema, input);
  if (v.siret !== m.siret) await assertSiretFree(ctx, m.tenantId, v.siret, m.id);
  const changes = diffFields(valuesOf(m), v, [...MEMBER_FIELDS]);
  if (!changes) return loadMemberRow(ctx, m.id);
  assign(m, v);
  await flushMember(ctx);
  await recordAudit(ctx, { tenantId: m.tenantId, entityType: MEMBER_ENTITY, entityId: m.id, action: 'UPDATED', changes });
  return loadMemberRow(ctx, m.id);
}

export async function setMemberStatus(ctx: AppContext, id: string, version: number, input: unknown): Promise<MemberRow> {
  const m = await findOwnMember(ctx, id, version);
  const { status, since } = parseInput(statusChangeSchema, input);
  if (status === m.status) throw badInput([fieldError('status', 'status.unchanged', `The structure is already ${status}`)]);
  const changes = { status: { from: m.status, to: status }, statusSince: { from: m.statusSince, to: since } };
  m.status = status as MemberStatus;
  m.statusSince = since;
  await flushMember(ctx);
  await recordAudit(ctx, { tenantId: m.tenantId, entityType: MEMBER_ENTITY, entityId: m.id, action: 'STATUS_CHANGED', changes });
  return loadMemberRow(ctx, m.id);
}
