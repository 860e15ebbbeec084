import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Orm } from './orm.js';
import type { Role } from '../auth/role.js';
import type { OrganizationKind } from '../organizations/organization.entity.js';
import { AppError, unauthenticated } from './errors.js';

export interface OrganizationSummary {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  tenantId: string | null;
  federationId: string | null;
  memberStructureId: string | null;
}

export interface ViewerMembership {
  id: string;
  role: Role;
  createdAt: Date;
  version: number;
  organization: OrganizationSummary;
}

export interface Viewer {
  userId: string;
  email: string;
  displayName: string;
  sessionId: string;
  memberships: ViewerMembership[];
}

/** The one request context. Nothing else reads headers, cookies or process.env. */
export interface AppContext {
  requestId: string;
  log: Logger;
  config: Config;
  orm: Orm;
  /** The request's fork; inside the request transaction once the operation is resolved. */
  em: EntityManager;
  viewer: Viewer | null;
  /** The active organisation (X-Organization header, or the only membership). */
  organization: OrganizationSummary | null;
  role: Role | null;
  loaders: Map<string, DataLoader<unknown, unknown>>;
  http: { req: Request; res: Response };
  /** Set by the lifecycle: the raw session token the request came with, and from where. */
  auth: { token: string | null; source: 'bearer' | 'cookie' | null };
  /** `keepOnError`: commit even though the operation fails (a failed sign-in still counts). */
  tx: { open: boolean; failed: boolean; keepOnError?: boolean };
}

export function requireViewer(ctx: AppContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** The active organisation; with several memberships and no X-Organization header, a clear error. */
export function requireOrganization(ctx: AppContext): OrganizationSummary & { role: Role } {
  requireViewer(ctx);
  if (!ctx.organization || !ctx.role)
    throw new AppError('BAD_USER_INPUT', 'Choose the organisation you act for with the X-Organization header', {
      fields: [{ field: 'X-Organization', code: 'organization.required', message: 'Choose an organisation' }],
    });
  return { ...ctx.organization, role: ctx.role };
}

/** The tenant of the active organisation; the Region has none (it reads across networks by name). */
export function tenantOf(ctx: AppContext): string | null {
  return requireOrganization(ctx).tenantId;
}

/** A per-request DataLoader, created on first use, so features need not edit a shared list. */
export function loader<K, V>(ctx: AppContext, name: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
  let l = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!l) {
    l = make();
    ctx.loaders.set(name, l as DataLoader<unknown, unknown>);
  }
  return l;
}
