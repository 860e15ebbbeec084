import { z } from 'zod';
import type { AppContext } from '../core/context.js';
import { requireViewer } from '../core/context.js';
import { AppError } from '../core/errors.js';
import { parseInput } from '../core/validation.js';
import { decoyHash, verifyPassword } from './password.js';
import { assertNotLocked, clearFailures, recordFailure } from './throttle.service.js';
import { createSession, loadMemberships, revokeSession } from './session.service.js';
import { clearSessionCookie, setSessionCookie } from './cookie.js';

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(200),
});

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: { id: string; email: string; displayName: string };
}

/** Starts a session for a person who has just proven who they are. */
export async function startSession(ctx: AppContext, user: SignedIn['user']): Promise<SignedIn> {
  const { token, expiresAt, sessionId } = await createSession(ctx.em, ctx.config, user.id, ctx.http.req.get('user-agent') ?? null);
  setSessionCookie(ctx, token, expiresAt);
  // The rest of this operation (e.g. `login { user { memberships } }`) acts as the person signed in.
  ctx.viewer = { userId: user.id, email: user.email, displayName: user.displayName, sessionId, memberships: await loadMemberships(ctx.em, user.id) };
  return { token, expiresAt, user };
}

/**
 * Unknown email and wrong password get the same answer, after the same work (a decoy hash is
 * verified), so the answer tells nothing about which accounts exist.
 */
export async function login(ctx: AppContext, input: unknown): Promise<SignedIn> {
  const { email, password } = parseInput(loginSchema, input);
  const accountKey = `account:${email}`;
  const addressKey = `address:${ctx.http.req.ip ?? 'unknown'}`;
  await assertNotLocked(ctx.em, [accountKey, addressKey]);
  const [user] = await ctx.em.execute<{ id: string; email: string; display_name: string; password_hash: string }[]>(
    `select id, email, display_name, password_hash from users where email = ?`,
    [email],
  );
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), password);
  if (!user || !ok) {
    await recordFailure(ctx.em, ctx.config, accountKey, addressKey);
    // Nothing else was written: commit the count even though the operation fails.
    ctx.tx.keepOnError = true;
    throw new AppError('UNAUTHENTICATED', 'Invalid email or password', { reason: 'INVALID_CREDENTIALS' });
  }
  await clearFailures(ctx.em, accountKey);
  return startSession(ctx, { id: user.id, email: user.email, displayName: user.display_name });
}

export async function logout(ctx: AppContext): Promise<boolean> {
  const viewer = requireViewer(ctx);
  await revokeSession(ctx.em, viewer.sessionId);
  clearSessionCookie(ctx);
  return true;
}
