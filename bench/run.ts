import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createLogger } from '../server/src/core/logger.js';
import { ensureAppRole, ensureDatabase, freePort, migrateAndGrant, startEmbeddedPostgres, type DatabaseHandle } from '../server/src/core/database.js';
import { BENCH_PASSWORD, REGION_EMAIL, adminEmail, generateBase, networkId, networkSlug } from './dataset.js';
import type { BenchModule, BenchSessions, BenchSize } from './types.js';
import { foundationBench } from './foundation.js';
import { meetingsBench } from './meetings.js';
import { membersBench } from './members.js';
import { contractsBenchModule } from './contracts.js';

// Each feature's benchmark module (one line each).
const modules: BenchModule[] = [foundationBench, membersBench, contractsBenchModule, meetingsBench];

/**
 * npm run bench: a deterministic dataset, the server in production mode as a separate process,
 * autocannon over HTTP with real sessions. BENCH_SMOKE=1 runs it at a tiny size (CI checks that it
 * runs, not how fast). BENCH_DATABASE_URL uses that server instead of an embedded one.
 */
const smoke = process.env.BENCH_SMOKE === '1';
const size: BenchSize = smoke
  ? { networks: 2, structuresPerNetwork: 20, duration: 1, connections: 2 }
  : {
      networks: Number(process.env.BENCH_NETWORKS ?? 20),
      structuresPerNetwork: Number(process.env.BENCH_STRUCTURES ?? 1000),
      duration: Number(process.env.BENCH_SECONDS ?? 10),
      connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
    };
const APP_PASSWORD = 'bench-app-role-password';
const log = createLogger('warn');

async function main() {
  let db: DatabaseHandle;
  let tmp: string | null = null;
  if (process.env.BENCH_DATABASE_URL) db = { ownerUrl: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  else {
    tmp = mkdtempSync(path.join(tmpdir(), 'passerelle-bench-'));
    chmodSync(tmp, 0o755); // as root, PostgreSQL runs as its own user and must reach the folder
    db = await startEmbeddedPostgres(path.join(tmp, 'pg'), log, 'postgres');
  }
  const u = new URL(db.ownerUrl);
  u.pathname = `/passerelle_bench_${Date.now()}`;
  const ownerUrl = u.toString();
  let server: ChildProcess | null = null;
  let client: pg.Client | null = null;
  try {
    console.log(`dataset: ${size.networks} networks × ${size.structuresPerNetwork} structures`);
    await ensureDatabase(ownerUrl);
    await ensureAppRole(ownerUrl, 'passerelle_app', APP_PASSWORD);
    await migrateAndGrant(ownerUrl, 'passerelle_app');
    client = new pg.Client({ connectionString: ownerUrl });
    client.on('error', () => {}); // the drop below may cut it; the original error matters
    await client.connect();
    const t0 = Date.now();
    await client.query(`select set_config('app.org_kind', 'FUNDER', false)`);
    await generateBase(client, size);
    for (const m of modules) await m.generate?.(client, size);
    await client.query('analyze');
    console.log(`generated in ${Date.now() - t0} ms`);

    const port = await freePort();
    server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: ownerUrl,
        APP_DB_PASSWORD: APP_PASSWORD,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        LOG_LEVEL: 'warn',
        DB_POOL_MAX: '10',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}`;
    const startedAt = Date.now();
    for (;;) {
      if (Date.now() - startedAt > 60_000) throw new Error('server did not become ready');
      const ok = await fetch(`${url}/readyz`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log(`server ready in ${Date.now() - startedAt} ms (production mode)`);

    const login = async (email: string) => {
      const r = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email, password: BENCH_PASSWORD } } }),
      });
      const body = (await r.json()) as { data?: { login: { token: string } }; errors?: unknown };
      if (!body.data) throw new Error(`login ${email}: ${JSON.stringify(body.errors)}`);
      return body.data.login.token;
    };
    const sessions: BenchSessions = {
      region: await login(REGION_EMAIL),
      network: await Promise.all(
        Array.from({ length: size.networks }, async (_, i) => ({ token: await login(adminEmail(i)), slug: networkSlug(i), id: networkId(i) })),
      ),
    };

    const rows: string[][] = [];
    for (const m of modules)
      for (const sc of m.scenarios) {
        const req = await sc.request(sessions);
        const check = await fetch(url + req.path, { method: req.method ?? 'GET', headers: req.headers, body: req.body });
        const problem = sc.check?.(check.status, await check.text());
        if (problem) throw new Error(`${sc.name}: ${problem}`);
        const result = await autocannon({
          url: url + req.path,
          method: req.method ?? 'GET',
          headers: req.headers,
          body: req.body,
          connections: size.connections,
          duration: size.duration,
        });
        rows.push([
          sc.name,
          result.requests.average.toFixed(0),
          String(result.latency.p50),
          String(result.latency.p99),
          String(result.non2xx + result.errors),
        ]);
      }
    const widths = [44, 8, 8, 8, 7];
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
    console.log('\n' + line(['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors']));
    for (const r of rows) console.log(line(r));
    for (const m of modules) for (const l of (await m.oneShots?.({ url, sessions, size, db: client! })) ?? []) console.log(l);
  } finally {
    await client?.end().catch(() => {});
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    const admin = new pg.Client({ connectionString: db.ownerUrl });
    await admin.connect().catch(() => {});
    await admin.query(`drop database if exists ${pg.escapeIdentifier(u.pathname.slice(1))} with (force)`).catch(() => {});
    await admin.end().catch(() => {});
    await db.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
