import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import type { AppContext } from './context.js';
import { buildContext, requestIdFor, type ContextDeps } from './context-factory.js';
import { pinoHttp } from 'pino-http';
import { makeFormatError } from './errors.js';
import { requestLifecyclePlugin } from './request-lifecycle.js';
import { getSchema } from './schema.js';
import { featureRoutes } from './routes.js';

const CLIENT_DIST = path.resolve(import.meta.dirname, '../../../client/dist');

export interface HttpApp {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<AppContext>;
}

export async function createHttpApp(deps: ContextDeps): Promise<HttpApp> {
  const { config, orm, log } = deps;
  const schema = await getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);

  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: makeFormatError(),
    validationRules: [
      // Reported as validation errors (400, GRAPHQL_VALIDATION_FAILED) rather than thrown as 500s.
      maxDepthRule({ n: config.MAX_QUERY_DEPTH, exposeLimits: true, propagateOnRejection: false, onReject: [(c, e) => c?.reportError(e)] }),
      maxAliasesRule({ n: 30, exposeLimits: true, propagateOnRejection: false, onReject: [(c, e) => c?.reportError(e)] }),
    ],
    plugins: [
      requestLifecyclePlugin(() => schema),
      // No cache hints are used; leaving it on costs CPU on every request (STACK.md).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  // One access-log line per request, with the id every other log line of the request carries.
  app.use(
    pinoHttp({
      logger: log,
      genReqId: requestIdFor,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      res.json({ status: 'ready' });
    } catch (err) {
      log.warn({ err }, 'database not reachable');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.use(cookieParser());
  app.use(
    '/graphql',
    express.json({ limit: config.MAX_BODY_BYTES }),
    expressMiddleware(apollo, { context: async ({ req, res }) => buildContext(deps, req, res) }),
  );
  for (const mount of featureRoutes) mount(app, deps);

  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    // The client routes in the browser: every other GET gets the page.
    app.get(/^\/(?!graphql|api\/|calendar\/|healthz|readyz).*/, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(path.join(CLIENT_DIST, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('Passerelle API. The client is not built: run `npm run build`.');
    });
  }

  app.use((err: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (err.type === 'entity.too.large')
      return void res.status(413).json({ errors: [{ message: `Request body larger than ${config.MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    if (err.type === 'entity.parse.failed')
      return void res.status(400).json({ errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] });
    log.error({ err }, 'http error');
    res.status(err.status ?? 500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });

  return { app, httpServer, apollo };
}
