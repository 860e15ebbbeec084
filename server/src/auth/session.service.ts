import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../core/config.js';
import type { Viewer, ViewerMembership } from '../core/context.js';
import { hashToken, isWellFormedToken, newToken } from './token.js';

export const SESSION_COOKIE = 'passerelle_session';

interface SessionRow {
  session_id: string;
  user_id: string;
  email: string;
  display_name: string;
  last_seen_at: Date;
  absolute_expires_at: Date;
  revoked_at: Date | null;
}

/** Finds the live session of a token; null for unknown, malformed, revoked or expired tokens. */
export async function resolveSession(em: EntityManager, config: Config, token: string): Promise<Omit<Viewer, 'memberships'> | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await em.execute<SessionRow[]>(
    `select s.id as session_id, s.user_id, u.email, u.display_name, s.last_seen_at, s.absolute_expires_at, s.revoked_at
       from sessions s join users u on u.id = s.user_id
      where s.token_hash = ?`,
    [hashToken(token)],
  );
  if (!row || row.revoked_at) return null;
  const now = Date.now();
  if (new Date(row.absolute_expires_at).getTime() <= now) return null;
  if (now - new Date(row.last_seen_at).getTime() > config.SESSION_IDLE_MINUTES * 60_000) return null;
  // Sliding idle expiry, written at most once a minute to keep reads cheap.
  if (now - new Date(row.last_seen_at).getTime() > 60_000)
    await em.execute(`update sessions set last_seen_at = now() where id = ?`, [row.session_id]);
  return { sessionId: row.session_id, userId: row.user_id, email: row.email, displayName: row.display_name };
}

interface MembershipRow {
  id: string;
  role: ViewerMembership['role'];
  created_at: Date;
  version: number;
  org_id: string;
  slug: string;
  name: string;
  kind: ViewerMembership['organization']['kind'];
  tenant_id: string | null;
  federation_id: string | null;
  member_structure_id: string | null;
}

export async function loadMemberships(em: EntityManager, userId: string): Promise<ViewerMembership[]> {
  const rows = await em.execute<MembershipRow[]>(
    `select m.id, m.role, m.created_at, m.version, o.id as org_id, o.slug, o.name, o.kind, o.tenant_id, o.federation_id, o.member_structure_id
       from memberships m join organizations o on o.id = m.organization_id
      where m.user_id = ?
      order by case o.kind when 'FUNDER' then 0 when 'FEDERATION' then 1 else 2 end, o.name`,
    [userId],
  );
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    createdAt: r.created_at,
    version: r.version,
    organization: {
      id: r.org_id,
      slug: r.slug,
      name: r.name,
      kind: r.kind,
      tenantId: r.tenant_id,
      federationId: r.federation_id,
      memberStructureId: r.member_structure_id,
    },
  }));
}

export async function createSession(em: EntityManager, config: Config, userId: string, userAgent: string | null) {
  const token = newToken();
  const expiresAt = new Date(Date.now() + config.SESSION_ABSOLUTE_HOURS * 3_600_000);
  const [row] = await em.execute<{ id: string }[]>(
    `insert into sessions (id, token_hash, user_id, last_seen_at, absolute_expires_at, user_agent)
     values (gen_random_uuid(), ?, ?, now(), ?, ?) returning id`,
    [hashToken(token), userId, expiresAt, userAgent?.slice(0, 300) ?? null],
  );
  return { token, expiresAt, sessionId: row.id };
}

export const revokeSession = (em: EntityManager, sessionId: string) =>
  em.execute(`update sessions set revoked_at = now() where id = ? and revoked_at is null`, [sessionId]);

/** Every session of a user, but `exceptSessionId` (the one asking, when it keeps going). */
export const revokeUserSessions = (em: EntityManager, userId: string, exceptSessionId?: string) =>
  em.execute(`update sessions set revoked_at = now() where user_id = ? and revoked_at is null and id <> ?`, [
    userId,
    exceptSessionId ?? '00000000-0000-0000-0000-000000000000',
  ]);
