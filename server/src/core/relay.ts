import { ArgsType, Field, InterfaceType, Int, ObjectType, ID, type ClassType } from 'type-graphql';
import { AppError, badInput, fieldError } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

/** Opaque global ids: base64url("Type:uuid"). */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a global id; anything malformed gives null, which callers answer as NOT_FOUND. */
export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const raw = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = raw.indexOf(':');
  if (sep <= 0) return null;
  const type = raw.slice(0, sep);
  const id = raw.slice(sep + 1);
  return UUID.test(id) ? { type, id: id.toLowerCase() } : null;
}

/** The raw id of a global id of the expected type, or NOT_FOUND (same answer as for a missing row). */
export function idOf(globalId: string, type: string, what = type): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type) throw new AppError('NOT_FOUND', `${what} not found`);
  return decoded.id;
}

/** Like idOf, for ids inside an input: a malformed one names its field. */
export function inputIdOf(globalId: string, type: string, field: string): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type) throw badInput([fieldError(field, 'id.unknown', `Unknown ${type}`)]);
  return decoded.id;
}

@InterfaceType({
  description: 'An object with a global id, fetchable through `node(id)`.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => Boolean) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export interface Page {
  limit: number;
  offset: number;
}

/** Checks `first`/`after` and turns them into limit/offset. */
export function pageOf(args: ConnectionArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)
    throw badInput([fieldError('first', 'page.size', `first must be between 0 and ${MAX_PAGE_SIZE}`)]);
  let offset = 0;
  if (args.after) {
    const raw = Buffer.from(args.after, 'base64url').toString('utf8');
    const m = /^o:(\d{1,9})$/.exec(raw);
    if (!m) throw badInput([fieldError('after', 'cursor.invalid', 'Invalid cursor')]);
    offset = Number(m[1]) + 1;
  }
  return { limit: first, offset };
}

const cursorAt = (offset: number) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function connectionOf<T>(nodes: T[], page: Page, totalCount: number): ConnectionShape<T> {
  const edges = nodes.map((node, i) => ({ cursor: cursorAt(page.offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Builds `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor: string;
    @Field(() => nodeType) node: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge], { complexity: ({ args, childComplexity }) => childComplexity })
    edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: 'All rows matching the filter, across pages.' }) totalCount: number;
  }
  return ConnectionType;
}
