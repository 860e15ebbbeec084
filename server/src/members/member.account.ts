import { randomBytes } from 'node:crypto';
import type { AppContext } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { fold } from './member.queries.js';
import { MEMBER_ENTITY, requireNetwork } from './member.service.js';

/** "Atelier Calanques Solidaires" → "atelier-calanques-solidaires". */
export const slugOf = (name: string) =>
  fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '') || 'structure';

/**
 * Gives a member its own account: a STRUCTURE organisation of the network linked to the member,
 * to which the network then invites the structure's people (inviteUser). Idempotent: a member
 * that already has an account gets it back.
 */
export async function createStructureAccount(ctx: AppContext, memberId: string): Promise<{ organizationId: string; created: boolean }> {
  const network = requireNetwork(ctx);
  const [member] = await ctx.em.execute<{ id: string; name: string }[]>(`select id, name from member_structures where id = ? and tenant_id = ?`, [
    memberId,
    network.tenantId,
  ]);
  if (!member) throw notFound('Member');
  const [existing] = await ctx.em.execute<{ id: string }[]>(
    `select id from organizations where kind = 'STRUCTURE' and tenant_id = ? and member_structure_id = ?`,
    [network.tenantId, member.id],
  );
  if (existing) return { organizationId: existing.id, created: false };
  // Slugs are global, so the suffix must owe nothing to other networks' organisations (a counter over
  // taken slugs would tell a network that another one has an account of that name): always random.
  const base = slugOf(member.name);
  let slug: string;
  do slug = `${base}-${randomBytes(3).toString('hex')}`;
  while ((await ctx.em.execute<{ n: number }[]>(`select 1 as n from organizations where slug = ?`, [slug])).length);
  const [org] = await ctx.em.execute<{ id: string }[]>(
    `insert into organizations (id, kind, slug, name, tenant_id, federation_id, member_structure_id)
     values (gen_random_uuid(), 'STRUCTURE', ?, ?, ?, ?, ?) returning id`,
    [slug, member.name, network.tenantId, network.tenantId, member.id],
  );
  await recordAudit(ctx, {
    tenantId: network.tenantId,
    entityType: MEMBER_ENTITY,
    entityId: member.id,
    action: 'STRUCTURE_ACCOUNT_CREATED',
    changes: { structureAccount: { from: null, to: slug } },
  });
  return { organizationId: org.id, created: true };
}
