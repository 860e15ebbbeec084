import type { AppContext } from '../core/context.js';
import { SESSION_COOKIE } from './session.service.js';

export function setSessionCookie(ctx: AppContext, token: string, expires: Date): void {
  const { req, res } = ctx.http;
  const secure = ctx.config.COOKIE_SECURE === 'auto' ? req.secure : ctx.config.COOKIE_SECURE;
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
}

export function clearSessionCookie(ctx: AppContext): void {
  ctx.http.res.clearCookie(SESSION_COOKIE, { path: '/' });
}
