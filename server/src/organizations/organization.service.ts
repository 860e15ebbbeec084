import DataLoader from 'dataloader';
import type { AppContext, OrganizationSummary } from '../core/context.js';
import { loader, requireOrganization } from '../core/context.js';
import { inList } from '../core/sql.js';

interface OrganizationRow {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationSummary['kind'];
  tenant_id: string | null;
  federation_id: string | null;
  member_structure_id: string | null;
}

const COLUMNS = 'id, slug, name, kind, tenant_id, federation_id, member_structure_id';

const toSummary = (r: OrganizationRow): OrganizationSummary => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  kind: r.kind,
  tenantId: r.tenant_id,
  federationId: r.federation_id,
  memberStructureId: r.member_structure_id,
});

/**
 * What the active organisation may see of organisations: the Region sees all; a network sees
 * the Region, the networks, and its own structure accounts; a structure sees itself, its network
 * and the Region. Organisations are a platform table, so this condition is the wall.
 */
function visibility(ctx: AppContext): { sql: string; params: unknown[] } {
  const org = requireOrganization(ctx);
  if (org.kind === 'FUNDER') return { sql: 'true', params: [] };
  if (org.kind === 'FEDERATION') return { sql: `(kind <> 'STRUCTURE' or tenant_id = ?)`, params: [org.tenantId] };
  return { sql: `(kind <> 'STRUCTURE' or id = ?)`, params: [org.id] };
}

export async function listOrganizations(ctx: AppContext): Promise<OrganizationSummary[]> {
  const v = visibility(ctx);
  const rows = await ctx.em.execute<OrganizationRow[]>(
    `select ${COLUMNS} from organizations where ${v.sql}
     order by case kind when 'FUNDER' then 0 when 'FEDERATION' then 1 else 2 end, name`,
    v.params,
  );
  return rows.map(toSummary);
}

/** Batched lookup of organisations the viewer may see; invisible ones come back null. */
export function organizationLoader(ctx: AppContext) {
  return loader(ctx, 'organizationById', () =>
    new DataLoader<string, OrganizationSummary | null>(async (ids) => {
      const v = visibility(ctx);
      const rows = await ctx.em.execute<OrganizationRow[]>(
        `select ${COLUMNS} from organizations where id in (${inList(ids)}) and ${v.sql}`,
        [...ids, ...v.params],
      );
      const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

/** Organisations a signed-in person may always see: those they are a member of (no tenant needed). */
export function ownOrganization(ctx: AppContext, id: string): OrganizationSummary | null {
  return ctx.viewer?.memberships.find((m) => m.organization.id === id)?.organization ?? null;
}

export async function findOrganization(ctx: AppContext, id: string): Promise<OrganizationSummary | null> {
  return organizationLoader(ctx).load(id);
}
