import { randomUUID } from 'node:crypto';
import type { AppContext } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { hashToken, newToken } from '../auth/token.js';
import { audienceOf, type Audience } from '../meetings/meeting.visibility.js';
import type { OrganizationKind } from '../organizations/organization.entity.js';

/** Where the platform is reached, for links handed out (feed URL). */
export function publicBaseUrl(ctx: AppContext): string {
  if (ctx.config.PUBLIC_URL) return ctx.config.PUBLIC_URL.replace(/\/$/, '');
  return `${ctx.http.req.protocol}://${ctx.http.req.get('host')}`;
}

/** A new private feed for the person acting for the active organisation; the token is shown once. */
export async function createCalendarFeed(ctx: AppContext): Promise<{ url: string; token: string }> {
  const a = audienceOf(ctx);
  const token = newToken();
  await ctx.em.execute(`insert into calendar_feed_tokens (id, user_id, organization_id, token_hash) values (?, ?, ?, ?)`, [
    randomUUID(),
    a.userId,
    a.orgId,
    hashToken(token),
  ]);
  return { token, url: `${publicBaseUrl(ctx)}/calendar/feed/${token}.ics` };
}

/** Revokes every active feed of the person for the active organisation; returns how many. */
export async function revokeCalendarFeeds(ctx: AppContext): Promise<number> {
  const a = audienceOf(ctx);
  const rows = await ctx.em.execute(
    `update calendar_feed_tokens set revoked_at = now() where user_id = ? and organization_id = ? and revoked_at is null returning id`,
    [a.userId, a.orgId],
  );
  return rows.length;
}

export async function activeFeedCount(ctx: AppContext): Promise<number> {
  const a = audienceOf(ctx);
  const [r] = await ctx.em.execute<{ n: number }[]>(
    `select count(*)::int as n from calendar_feed_tokens where user_id = ? and organization_id = ? and revoked_at is null`,
    [a.userId, a.orgId],
  );
  return r?.n ?? 0;
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The audience a feed token stands for (a calendar program has no session). Sets the request's
 * row-level security settings to that person and organisation, so the second wall holds too.
 * A wrong, revoked or orphaned token answers NOT_FOUND like any missing thing.
 */
export async function audienceOfFeed(ctx: AppContext, token: string): Promise<Audience> {
  if (!TOKEN.test(token)) throw notFound('Calendar feed');
  const [owner] = await ctx.em.execute<{ userId: string; orgId: string; kind: OrganizationKind; tenantId: string | null; memberStructureId: string | null }[]>(
    `select f.user_id as "userId", o.id as "orgId", o.kind, o.tenant_id as "tenantId", o.member_structure_id as "memberStructureId"
       from calendar_feed_owner(?) f join organizations o on o.id = f.organization_id`,
    [hashToken(token)],
  );
  if (!owner) throw notFound('Calendar feed');
  await ctx.em.execute(
    `select set_config('app.user_id', ?, true), set_config('app.organization_id', ?, true), set_config('app.tenant_id', ?, true),
            set_config('app.org_kind', ?, true), set_config('app.structure_id', ?, true)`,
    [owner.userId, owner.orgId, owner.tenantId ?? '', owner.kind, owner.kind === 'STRUCTURE' ? (owner.memberStructureId ?? '') : ''],
  );
  return { userId: owner.userId, orgId: owner.orgId, orgKind: owner.kind };
}
