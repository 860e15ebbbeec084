import type { AppContext } from './context.js';
import { fromGlobalId } from './relay.js';
import { notFound } from './errors.js';

/** Loads one node by raw id through the feature's own filtered path; null when invisible or missing. */
export type NodeFetcher = (ctx: AppContext, id: string) => Promise<object | null>;

const fetchers = new Map<string, NodeFetcher>();

/** Each feature registers its node types next to its resolver. */
export function registerNode(type: string, fetch: NodeFetcher): void {
  fetchers.set(type, fetch);
}

/** `node(id)`: malformed, unknown, missing and other-tenant ids all answer the same NOT_FOUND. */
export async function fetchNode(ctx: AppContext, globalId: string): Promise<object> {
  const decoded = fromGlobalId(globalId);
  const fetch = decoded && fetchers.get(decoded.type);
  const node = fetch ? await fetch(ctx, decoded.id) : null;
  if (!node) throw notFound('Node');
  return node;
}
