import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AppContext } from './context.js';
import type { Config } from './config.js';
import type { Orm } from './orm.js';
import { SESSION_COOKIE } from '../auth/session.service.js';

export interface ContextDeps {
  config: Config;
  orm: Orm;
  log: Logger;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the one AppContext of a request. It reads headers and cookies; nothing after it does. */
export function buildContext(deps: ContextDeps, req: Request, res: Response): AppContext {
  const incoming = req.get('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  const authz = req.get('authorization');
  const bearer = authz?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() ?? null;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] ?? null;
  return {
    requestId,
    log: deps.log.child({ requestId }),
    config: deps.config,
    orm: deps.orm,
    em: deps.orm.em.fork({ clear: true, useContext: false }),
    viewer: null,
    organization: null,
    role: null,
    loaders: new Map(),
    http: { req, res },
    // An Authorization header that is not a usable bearer token is itself an invalid token.
    auth: authz ? { token: bearer ?? '', source: 'bearer' } : cookie ? { token: cookie, source: 'cookie' } : { token: null, source: null },
    tx: { open: false, failed: false },
  };
}
