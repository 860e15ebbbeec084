import { z } from 'zod';
import type { AppContext } from '../core/context.js';
import { requireViewer } from '../core/context.js';
import { badInput, fieldError } from '../core/errors.js';
import { parseInput } from '../core/validation.js';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { revokeUserSessions } from './session.service.js';
import { clearSessionCookie } from './cookie.js';

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, 'password.too_short')
  .max(MAX_PASSWORD_LENGTH, 'password.too_long');

const changePasswordSchema = z.object({ currentPassword: z.string().max(MAX_PASSWORD_LENGTH), newPassword: newPasswordSchema });

/** Changes the password and signs out every other device. */
export async function changePassword(ctx: AppContext, input: unknown): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const [row] = await ctx.em.execute<{ password_hash: string }[]>(`select password_hash from users where id = ?`, [viewer.userId]);
  if (!row || !(await verifyPassword(row.password_hash, currentPassword)))
    throw badInput([fieldError('currentPassword', 'password.wrong', 'The current password is wrong')]);
  await ctx.em.execute(`update users set password_hash = ?, version = version + 1, updated_at = now() where id = ?`, [
    await hashPassword(newPassword),
    viewer.userId,
  ]);
  await revokeUserSessions(ctx.em, viewer.userId, viewer.sessionId);
  return true;
}

export async function logoutEverywhere(ctx: AppContext): Promise<boolean> {
  const viewer = requireViewer(ctx);
  await revokeUserSessions(ctx.em, viewer.userId);
  clearSessionCookie(ctx);
  return true;
}
