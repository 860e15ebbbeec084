import pg from 'pg';
import type { TestApp } from './app.js';

export interface RlsSettings {
  tenantId?: string | null;
  orgKind?: 'FUNDER' | 'FEDERATION' | 'STRUCTURE' | null;
  organizationId?: string | null;
  userId?: string | null;
  structureId?: string | null;
}

/**
 * Runs SQL as the application's role with the request settings of one organisation, and no
 * application filter at all: what row-level security alone lets through.
 */
export async function asAppRole<R = any>(app: TestApp, s: RlsSettings, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: app.appRoleUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `select set_config('app.tenant_id', $1, true), set_config('app.org_kind', $2, true), set_config('app.organization_id', $3, true),
              set_config('app.user_id', $4, true), set_config('app.structure_id', $5, true)`,
      [s.tenantId ?? '', s.orgKind ?? '', s.organizationId ?? '', s.userId ?? '', s.structureId ?? ''],
    );
    const { rows } = await client.query(text, params);
    await client.query('rollback');
    return rows as R[];
  } finally {
    await client.end();
  }
}
