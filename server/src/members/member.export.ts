import { stringify } from 'csv-stringify/sync';
import type { Request } from 'express';
import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { withContext, type RouteMounter } from '../core/routes.js';
import { MemberStatus, StructureKind } from './member.entity.js';
import { EXPORT_HEADERS } from './member.csv.js';
import { MEMBER_COLUMNS, memberOrderSql, memberWhere, type MemberListFilter, type MemberOrderKey } from './member.queries.js';
import { MEMBER_FIELDS } from './member.rules.js';
import type { MemberRow } from './member.types.js';

const STATUS_FR: Record<MemberStatus, string> = { ACTIVE: 'Adhérente', SUSPENDED: 'Suspendue', LEFT: 'Sortie' };
const EXPORT_MAX_ROWS = 100_000;
// One formatter for every row (building one per call costs more than the rest of the export).
const DAY_FR = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });

const list = (v: unknown): string[] | null => {
  const s = typeof v === 'string' ? v : Array.isArray(v) ? v.join(',') : '';
  const items = s.split(',').map((x) => x.trim()).filter(Boolean);
  return items.length ? items : null;
};

/** The same filters as the `members` query, from the query string (lists comma-separated). */
export function exportFilter(req: Request): { filter: MemberListFilter; orderBy: { field: MemberOrderKey; direction: 'ASC' | 'DESC' } } {
  const q = req.query;
  const kinds = list(q.kinds)?.filter((k): k is StructureKind => k in StructureKind) ?? null;
  const statuses = list(q.statuses)?.filter((s): s is MemberStatus => s in MemberStatus) ?? null;
  const field = (['NAME', 'CITY', 'DEPARTMENT', 'UPDATED_AT'] as const).find((f) => f === q.orderBy) ?? 'NAME';
  return {
    filter: { search: typeof q.search === 'string' ? q.search : null, kinds, statuses, departments: list(q.departments), networkIds: list(q.networkIds) },
    orderBy: { field, direction: q.direction === 'DESC' ? 'DESC' : 'ASC' },
  };
}

// A cell starting with = + - @ is a formula to a spreadsheet: free text is neutralised.
const safeText = (s: string | null) => (s && /^[=+\-@\t\r]/.test(s) ? `'${s}` : (s ?? ''));
const decimalFr = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/** The register as CSV for a French spreadsheet: UTF-8 with BOM, `;`, CRLF, decimal commas. */
export async function exportMembersCsv(ctx: AppContext, req: Request): Promise<{ csv: string; filename: string }> {
  const org = requireOrganization(ctx);
  const { filter, orderBy } = exportFilter(req);
  const w = memberWhere(ctx, filter);
  const rows = await ctx.em.execute<(MemberRow & { network_name: string })[]>(
    `select ${MEMBER_COLUMNS}, o.name as network_name from member_structures m join organizations o on o.id = m.tenant_id
      where ${w.sql} order by ${memberOrderSql(orderBy)} limit ${EXPORT_MAX_ROWS}`,
    w.params,
  );
  const withNetwork = org.kind === 'FUNDER';
  const header = [
    ...(withNetwork ? ['Réseau'] : []),
    ...MEMBER_FIELDS.map((f) => EXPORT_HEADERS[f]),
    'Statut',
    'Depuis le',
    'Modifié le',
    'Identifiant',
  ];
  const records = rows.map((r) => [
    ...(withNetwork ? [r.network_name] : []),
    safeText(r.name),
    r.siret,
    r.kinds.join(', '),
    r.postcode ?? '',
    r.department ?? '',
    safeText(r.city),
    safeText(r.address),
    r.email ?? '',
    r.phone ?? '',
    r.website ?? '',
    decimalFr(r.etp),
    r.insertion_headcount ?? '',
    r.annex_number ?? '',
    safeText(r.notes),
    STATUS_FR[r.status],
    r.status_since ? r.status_since.split('-').reverse().join('/') : '',
    DAY_FR.format(new Date(r.updated_at)),
    r.id,
  ]);
  const csv = stringify([header, ...records], { delimiter: ';', record_delimiter: 'windows', bom: true });
  const day = new Date().toISOString().slice(0, 10);
  return { csv, filename: `registre-${org.slug}-${day}.csv` };
}

export const mountMemberRoutes: RouteMounter = (app, deps) => {
  app.get(
    '/api/members.csv',
    withContext(deps, async (ctx, req, res) => {
      const { csv, filename } = await exportMembersCsv(ctx, req);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${filename}"`);
      res.setHeader('cache-control', 'no-store');
      res.send(csv);
    }),
  );
};
