import DataLoader from 'dataloader';
import type { AppContext } from '../core/context.js';
import { loader, requireOrganization } from '../core/context.js';
import { inList } from '../core/sql.js';
import { inputIdOf, type Page } from '../core/relay.js';
import { normalizeSiret } from './member.rules.js';
import type { MemberRow } from './member.types.js';
import type { MemberStatus, StructureKind } from './member.entity.js';

export interface MemberListFilter {
  search?: string | null;
  kinds?: StructureKind[] | null;
  departments?: string[] | null;
  statuses?: MemberStatus[] | null;
  /** Organization global ids. */
  networkIds?: string[] | null;
  /** Raw ids (internal use: member(id), loaders). */
  ids?: string[] | null;
}

export type MemberOrderKey = 'NAME' | 'CITY' | 'DEPARTMENT' | 'UPDATED_AT';
export interface MemberListOrder {
  field: MemberOrderKey;
  direction: 'ASC' | 'DESC';
}

const ORDER_SQL: Record<MemberOrderKey, string> = {
  NAME: 'lower(m.name)',
  CITY: 'lower(m.city)',
  DEPARTMENT: 'm.department',
  UPDATED_AT: 'm.updated_at',
};

export const MEMBER_COLUMNS = `m.id, m.tenant_id, m.name, m.siret, m.kinds::text[] as kinds, m.postcode, m.department, m.city, m.address,
  m.email, m.phone, m.website, m.etp::float8 as etp, m.insertion_headcount, m.annex_number, m.status, m.status_since::text as status_since,
  m.notes, m.version, m.created_at, m.updated_at`;

// Accent-insensitive matching without an extension: fold the usual French accents.
const FOLD_FROM = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ';
const FOLD_TO = 'aaaaaaceeeeiiiinooooouuuuyyoa';
export const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
const foldSql = (col: string) => `translate(lower(${col}), '${FOLD_FROM}', '${FOLD_TO}')`;
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Which members the active organisation may read, written out (raw SQL skips the ORM filter;
 * row-level security is the second wall): the Region all, a network its own register, a
 * structure account its own record only.
 */
export function memberScope(ctx: AppContext): { sql: string; params: unknown[] } {
  const org = requireOrganization(ctx);
  if (org.kind === 'FUNDER') return { sql: 'true', params: [] };
  if (org.kind === 'FEDERATION') return { sql: 'm.tenant_id = ?', params: [org.tenantId] };
  if (!org.memberStructureId) return { sql: 'false', params: [] };
  return { sql: 'm.tenant_id = ? and m.id = ?', params: [org.tenantId, org.memberStructureId] };
}

/** The WHERE clause of the register for a filter (shared by the list, the export and the Region's views). */
export function memberWhere(ctx: AppContext, filter: MemberListFilter = {}): { sql: string; params: unknown[] } {
  const scope = memberScope(ctx);
  const parts = [scope.sql];
  const params = [...scope.params];
  const search = filter.search?.trim();
  if (search) {
    const digits = normalizeSiret(search);
    const like = `%${likeEscape(fold(search))}%`;
    if (/^[0-9]{3,14}$/.test(digits)) {
      parts.push(`(m.siret like ? or ${foldSql('m.name')} like ? or ${foldSql('m.city')} like ?)`);
      params.push(`%${digits}%`, like, like);
    } else {
      parts.push(`(${foldSql('m.name')} like ? or ${foldSql('m.city')} like ?)`);
      params.push(like, like);
    }
  }
  if (filter.kinds?.length) {
    parts.push(`m.kinds && array[${inList(filter.kinds)}]::structure_kind[]`);
    params.push(...filter.kinds);
  }
  if (filter.departments?.length) {
    parts.push(`m.department in (${inList(filter.departments)})`);
    params.push(...filter.departments.map((d) => d.trim().toUpperCase()));
  }
  if (filter.statuses?.length) {
    parts.push(`m.status in (${inList(filter.statuses)})`);
    params.push(...filter.statuses);
  }
  if (filter.networkIds?.length) {
    const ids = filter.networkIds.map((g, i) => inputIdOf(g, 'Organization', `filter.networkIds.${i}`));
    parts.push(`m.tenant_id in (${inList(ids)})`);
    params.push(...ids);
  }
  if (filter.ids) {
    parts.push(`m.id in (${inList(filter.ids)})`);
    params.push(...filter.ids);
  }
  return { sql: parts.join(' and '), params };
}

export function memberOrderSql(order?: MemberListOrder | null): string {
  const o = order ?? { field: 'NAME', direction: 'ASC' };
  const dir = o.direction === 'DESC' ? 'desc' : 'asc';
  return `${ORDER_SQL[o.field]} ${dir} nulls last, lower(m.name) ${dir}, m.id`;
}

/** One statement: the page and the total count. */
export async function listMembers(
  ctx: AppContext,
  filter: MemberListFilter,
  order: MemberListOrder | null | undefined,
  page: Page,
): Promise<{ rows: MemberRow[]; total: number }> {
  const w = memberWhere(ctx, filter);
  // The count as a scalar sub-select (evaluated once), not `count(*) over ()`: a window over every
  // match forbids PostgreSQL's top-N sort, which made the Region's 20,000-row register 3× slower.
  const rows = await ctx.em.execute<MemberRow[]>(
    `select ${MEMBER_COLUMNS}, (select count(*)::int from member_structures m where ${w.sql}) as total
       from member_structures m where ${w.sql}
      order by ${memberOrderSql(order)} limit ? offset ?`,
    [...w.params, ...w.params, page.limit, page.offset],
  );
  if (!rows.length && (page.offset > 0 || page.limit === 0)) {
    const [c] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from member_structures m where ${w.sql}`, w.params);
    return { rows, total: c.n };
  }
  return { rows, total: rows[0]?.total ?? 0 };
}

/** Members by raw id, batched; invisible ones come back null. */
export function memberLoader(ctx: AppContext) {
  return loader(ctx, 'memberById', () =>
    new DataLoader<string, MemberRow | null>(async (ids) => {
      const w = memberWhere(ctx, { ids: [...ids] });
      const rows = await ctx.em.execute<MemberRow[]>(`select ${MEMBER_COLUMNS} from member_structures m where ${w.sql}`, w.params);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

/**
 * Number of history lines per member, batched (one statement per page of members). Keyed by
 * `tenantId:memberId` so the audit index (tenant, type, entity) serves the Region's pages too.
 */
export function historyCountLoader(ctx: AppContext) {
  return loader(ctx, 'memberHistoryCount', () =>
    new DataLoader<string, number>(async (keys) => {
      const org = requireOrganization(ctx);
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const visible = org.kind === 'FUNDER' ? pairs : pairs.filter(([tenant]) => tenant === org.tenantId);
      if (!visible.length) return keys.map(() => 0);
      const rows = await ctx.em.execute<{ tenant_id: string; entity_id: string; n: number }[]>(
        `select a.tenant_id, a.entity_id, count(*)::int as n from audit_events a
          where a.entity_type = 'Member' and (a.tenant_id, a.entity_id) in (${visible.map(() => '(?::uuid, ?::uuid)').join(', ')})
          group by a.tenant_id, a.entity_id`,
        visible.flat(),
      );
      const byKey = new Map(rows.map((r) => [`${r.tenant_id}:${r.entity_id}`, r.n]));
      return keys.map((k) => byKey.get(k) ?? 0);
    }),
  );
}

/** The structure account (STRUCTURE organisation) of each member, batched. */
export function structureAccountLoader(ctx: AppContext) {
  return loader(ctx, 'memberStructureAccount', () =>
    new DataLoader<string, string | null>(async (ids) => {
      const org = requireOrganization(ctx);
      const tenant = org.kind === 'FUNDER' ? '' : 'and tenant_id = ?';
      const rows = await ctx.em.execute<{ id: string; member_structure_id: string }[]>(
        `select id, member_structure_id from organizations
          where kind = 'STRUCTURE' and member_structure_id in (${inList(ids)}) ${tenant}`,
        [...ids, ...(org.kind === 'FUNDER' ? [] : [org.tenantId])],
      );
      const byId = new Map(rows.map((r) => [r.member_structure_id, r.id]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

export interface SiretGroupRow {
  siret: string;
  name: string;
  department: string | null;
  city: string | null;
  network_ids: string[];
  member_ids: string[];
  total: number;
}

/** The Region's consolidated view: one line per SIRET with the networks it belongs to. */
export async function structuresBySiret(ctx: AppContext, search: string | null | undefined, multiOnly: boolean, page: Page) {
  const w = memberWhere(ctx, { search });
  const rows = await ctx.em.execute<SiretGroupRow[]>(
    `select m.siret, min(m.name) as name, min(m.department) as department, min(m.city) as city,
            array_agg(m.tenant_id order by m.tenant_id)::text[] as network_ids, array_agg(m.id order by m.tenant_id)::text[] as member_ids,
            count(*) over ()::int as total
       from member_structures m where ${w.sql}
      group by m.siret ${multiOnly ? 'having count(*) > 1' : ''}
      order by count(*) desc, lower(min(m.name)), m.siret limit ? offset ?`,
    [...w.params, page.limit, page.offset],
  );
  return { rows, total: rows[0]?.total ?? 0 };
}
