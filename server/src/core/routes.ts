import type { Express, Request, Response } from 'express';
import type { AppContext } from './context.js';
import { buildContext, type ContextDeps } from './context-factory.js';
import { closeRequest, openRequest } from './request-lifecycle.js';
import { AppError } from './errors.js';
import { mountCalendarRoutes } from '../calendar/calendar.routes.js';
import { mountMemberRoutes } from '../members/member.export.js';
import { mountEligibilityRoutes } from '../exits/eligibility.routes.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * Runs a plain HTTP route (a download, a calendar feed) with the same context, authentication,
 * tenant settings and transaction as a GraphQL request.
 */
export function withContext(deps: ContextDeps, handler: (ctx: AppContext, req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response) => {
    const ctx = buildContext(deps, req, res);
    let failed = false;
    try {
      await openRequest(ctx);
      await handler(ctx, req, res);
    } catch (err) {
      failed = true;
      if (err instanceof AppError) {
        res.status(STATUS[err.code] ?? 400).json({ error: { code: err.code, message: err.message, ...err.details } });
      } else {
        ctx.log.error({ err }, 'route failed');
        if (!res.headersSent) res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
      }
    } finally {
      await closeRequest(ctx, failed, req.method !== 'GET').catch((err) => ctx.log.error({ err }, 'close failed'));
    }
  };
}

/** Feature routes: each feature exports a function that mounts its routes; add it here (one line each). */
export type RouteMounter = (app: Express, deps: ContextDeps) => void;
export const featureRoutes: RouteMounter[] = [
  mountCalendarRoutes,
  mountMemberRoutes,
  mountEligibilityRoutes,
];
