import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** The caller's X-Request-Id when it is sane (so a proxy's id follows the request), else a new one. */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/** Builds the one AppContext of a request. It reads headers and cookies; nothing after it does. */
export function buildContext(deps: ContextDeps, req: Request, res: Response): AppContext {
  const requestId = String(req.id ?? requestIdFor(req, res));
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
