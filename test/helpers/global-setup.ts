import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureAppRole, startEmbeddedPostgres, type DatabaseHandle } from '../../server/src/core/database.js';
import { createLogger } from '../../server/src/core/logger.js';

export const TEST_APP_ROLE = 'passerelle_app';
export const TEST_APP_PASSWORD = 'passerelle-test-only';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * One PostgreSQL server for the run: TEST_DATABASE_URL when given, else an embedded one in a
 * temporary folder on a free port. Each test file then makes its own database on it.
 */
export default async function setup(project: TestProject) {
  let handle: DatabaseHandle | null = null;
  let dir: string | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = mkdtempSync(path.join(tmpdir(), 'passerelle-pg-'));
    chmodSync(dir, 0o755); // as root, PostgreSQL runs as its own user and must reach the folder
    handle = await startEmbeddedPostgres(path.join(dir, 'data'), createLogger('silent'), 'postgres');
    adminUrl = handle.ownerUrl;
  }
  await ensureAppRole(adminUrl, TEST_APP_ROLE, TEST_APP_PASSWORD);
  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await handle?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
