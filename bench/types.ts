import type pg from 'pg';

export interface BenchSize {
  networks: number;
  structuresPerNetwork: number;
  /** Seconds each scenario runs. */
  duration: number;
  connections: number;
}

export interface BenchSessions {
  /** Bearer token of a Region staff member. */
  region: string;
  /** Bearer token of the admin of network i (0-based), with its slug. */
  network: { token: string; slug: string; id: string }[];
}

export interface BenchRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface BenchScenario {
  name: string;
  /** Built once the data and sessions exist. */
  request: (s: BenchSessions) => BenchRequest | Promise<BenchRequest>;
  /** Checks one answer, so a benchmark of errors is not reported as fast. */
  check?: (status: number, body: string) => string | null;
}

export interface BenchModule {
  /** Adds this feature's generated rows (as the owner, deterministic). */
  generate?: (db: pg.Client, size: BenchSize) => Promise<void>;
  scenarios: BenchScenario[];
  /** Work measured once rather than under load (e.g. an import): returns printed lines. */
  oneShots?: (ctx: { url: string; sessions: BenchSessions; size: BenchSize; db: pg.Client }) => Promise<string[]>;
}

export const gqlRequest = (token: string, org: string | null, query: string, variables: Record<string, unknown> = {}): BenchRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(org ? { 'x-organization': org } : {}) },
  body: JSON.stringify({ query, variables }),
});

/** A GraphQL answer is good when it has data and no errors. */
export const gqlOk = (status: number, body: string): string | null => {
  if (status !== 200) return `HTTP ${status}: ${body.slice(0, 200)}`;
  const parsed = JSON.parse(body);
  return parsed.errors ? JSON.stringify(parsed.errors).slice(0, 300) : null;
};
