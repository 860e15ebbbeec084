import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { MemberFilter, MemberOrder, MemberOrderDirection, MemberOrderField, MemberStatus, StructureKind } from '../../gql/graphql';

export const PAGE_SIZE = 25;
export const SORTS = ['NAME_ASC', 'NAME_DESC', 'CITY_ASC', 'DEPARTMENT_ASC', 'UPDATED_AT_DESC'] as const;
export type SortKey = (typeof SORTS)[number];

export interface RegisterView {
  search: string;
  kinds: string[];
  departments: string[];
  statuses: string[];
  networks: string[];
  sort: SortKey;
  page: number;
}

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

/**
 * The register's view (search, filters, sort, page) lives in the URL, in French words, so a link
 * reproduces it: ?q=…&types=ACI,EI&depts=13&statuts=ACTIVE&reseaux=…&tri=NAME_ASC&page=2
 */
export function useMemberSearchParams() {
  const [params, setParams] = useSearchParams();
  const view: RegisterView = useMemo(() => {
    const sort = params.get('tri') as SortKey | null;
    const page = Number(params.get('page'));
    return {
      search: params.get('q') ?? '',
      kinds: list(params.get('types')),
      departments: list(params.get('depts')),
      statuses: list(params.get('statuts')),
      networks: list(params.get('reseaux')),
      sort: sort && SORTS.includes(sort) ? sort : 'NAME_ASC',
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  }, [params]);

  const update = useCallback(
    (patch: Partial<RegisterView>) => {
      const next = { ...view, page: 1, ...patch };
      const out = new URLSearchParams();
      if (next.search) out.set('q', next.search);
      if (next.kinds.length) out.set('types', next.kinds.join(','));
      if (next.departments.length) out.set('depts', next.departments.join(','));
      if (next.statuses.length) out.set('statuts', next.statuses.join(','));
      if (next.networks.length) out.set('reseaux', next.networks.join(','));
      if (next.sort !== 'NAME_ASC') out.set('tri', next.sort);
      if (next.page > 1) out.set('page', String(next.page));
      setParams(out, { replace: true });
    },
    [view, setParams],
  );

  return { view, update };
}

export function filterOf(view: RegisterView): MemberFilter {
  return {
    search: view.search || null,
    kinds: view.kinds.length ? (view.kinds as StructureKind[]) : null,
    departments: view.departments.length ? view.departments : null,
    statuses: view.statuses.length ? (view.statuses as MemberStatus[]) : null,
    networkIds: view.networks.length ? view.networks : null,
  };
}

export function orderOf(sort: SortKey): MemberOrder {
  const i = sort.lastIndexOf('_');
  return { field: sort.slice(0, i) as MemberOrderField, direction: sort.slice(i + 1) as MemberOrderDirection };
}

/** The connection cursor before a page (the server's cursors are offsets: `o:<n>` in base64url). */
export function cursorBefore(page: number): string | null {
  if (page <= 1) return null;
  return btoa(`o:${(page - 1) * PAGE_SIZE - 1}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** The same filters as query parameters of the CSV export route. */
export function exportQuery(view: RegisterView): string {
  const q = new URLSearchParams();
  if (view.search) q.set('search', view.search);
  if (view.kinds.length) q.set('kinds', view.kinds.join(','));
  if (view.departments.length) q.set('departments', view.departments.join(','));
  if (view.statuses.length) q.set('statuses', view.statuses.join(','));
  if (view.networks.length) q.set('networkIds', view.networks.join(','));
  const { field, direction } = orderOf(view.sort);
  q.set('orderBy', field);
  q.set('direction', direction ?? 'ASC');
  return q.toString();
}
