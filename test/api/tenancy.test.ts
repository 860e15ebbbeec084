import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, errorCode, type TestApp } from '../helpers/app.js';
import { asAppRole } from '../helpers/rls.js';
import { ORG } from '../../server/src/seed/demo-ids.js';

const ME = `{ me { email } activeMembership { role organization { slug } } }`;

describe('active organisation and tenant isolation', () => {
  let app: TestApp;
  let multi: string;
  let ce: string;
  beforeAll(async () => {
    app = await startTestApp();
    multi = await app.login('multi@passerelle.example');
    ce = await app.login('admin@chantier-ecole.example');
  });
  afterAll(() => app?.close());

  it('with one membership, that organisation is active by default', async () => {
    const r = await app.gql(ME, {}, { token: ce });
    expect(r.data.activeMembership).toEqual({ role: 'FEDERATION_ADMIN', organization: { slug: 'chantier-ecole' } });
  });

  it('X-Organization picks the organisation by slug, id or global id', async () => {
    const bySlug = await app.gql(ME, {}, { token: multi, org: 'regies-mediterranee' });
    expect(bySlug.data.activeMembership).toEqual({ role: 'FEDERATION_STAFF', organization: { slug: 'regies-mediterranee' } });
    const byId = await app.gql(ME, {}, { token: multi, org: ORG.COCAGNE });
    expect(byId.data.activeMembership.organization.slug).toBe('cocagne');
    const gid = Buffer.from(`Organization:${ORG.COCAGNE}`).toString('base64url');
    expect((await app.gql(ME, {}, { token: multi, org: gid })).data.activeMembership.role).toBe('FEDERATION_ADMIN');
  });

  it('an organisation the user does not belong to is FORBIDDEN', async () => {
    const r = await app.gql(ME, {}, { token: multi, org: 'fas' });
    expect(errorCode(r)).toBe('FORBIDDEN');
    expect(r.data ?? null).toBeNull();
  });

  it('an unknown or malformed organisation is a clear BAD_USER_INPUT', async () => {
    const unknown = await app.gql(ME, {}, { token: multi, org: 'no-such-network' });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].extensions.fields[0].field).toBe('X-Organization');
    const malformed = await app.gql(ME, {}, { token: multi, org: '../../etc' });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });

  it('with several memberships and no header, tenant data asks for a choice without listing memberships', async () => {
    const r = await app.gql(`{ organizations { slug } }`, {}, { token: multi });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors)).not.toMatch(/cocagne|regies/i);
    // `me` still answers, so the client can offer the switcher.
    expect((await app.gql(ME, {}, { token: multi })).data.me.email).toBe('multi@passerelle.example');
  });

  it('switching organisation changes what the users list shows', async () => {
    const cocagne = await app.gql(`{ organizationUsers { edges { node { user { email } organization { slug } } } } }`, {}, { token: multi, org: 'cocagne' });
    expect(cocagne.data.organizationUsers.edges.map((e: any) => e.node.organization.slug)).toEqual(['cocagne']);
    // As staff of Régies Méditerranée the same person may not manage users.
    const rq = await app.gql(`{ organizationUsers { totalCount } }`, {}, { token: multi, org: 'regies-mediterranee' });
    expect(errorCode(rq)).toBe('FORBIDDEN');
  });

  it("node(id) answers another network's membership exactly like a missing one", async () => {
    const [m] = await app.sql(`select id from memberships where organization_id = $1`, [ORG.COCAGNE]);
    const gid = Buffer.from(`Membership:${m.id}`).toString('base64url');
    const missing = Buffer.from(`Membership:00000000-0000-4000-8000-00000000ffff`).toString('base64url');
    const q = `query($id: ID!) { node(id: $id) { id ... on Membership { role } } }`;
    const own = await app.gql(q, { id: gid }, { token: multi, org: 'cocagne' });
    expect(own.data.node.role).toBe('FEDERATION_ADMIN');
    const other = await app.gql(q, { id: gid }, { token: ce });
    const none = await app.gql(q, { id: missing }, { token: ce });
    const garbage = await app.gql(q, { id: 'garbage' }, { token: ce });
    for (const r of [other, none, garbage]) {
      expect(errorCode(r)).toBe('NOT_FOUND');
      expect(r.data?.node ?? null).toBeNull();
    }
    expect(other.errors![0].message).toBe(none.errors![0].message);
  });

  it("another network's admin cannot change or remove a membership, nor see its person", async () => {
    const [m] = await app.sql(`select id, user_id from memberships where organization_id = $1`, [ORG.COCAGNE]);
    const gid = Buffer.from(`Membership:${m.id}`).toString('base64url');
    const change = await app.gql(`mutation($i: ChangeMembershipRoleInput!) { changeMembershipRole(input: $i) { role } }`, { i: { membershipId: gid, role: 'FEDERATION_STAFF' } }, { token: ce });
    expect(errorCode(change)).toBe('NOT_FOUND');
    const remove = await app.gql(`mutation($i: RemoveMembershipInput!) { removeMembership(input: $i) }`, { i: { membershipId: gid } }, { token: ce });
    expect(errorCode(remove)).toBe('NOT_FOUND');
    expect((await app.sql(`select role from memberships where id = $1`, [m.id]))[0].role).toBe('FEDERATION_ADMIN');
    const user = await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: Buffer.from(`User:${m.user_id}`).toString('base64url') }, { token: ce });
    expect(errorCode(user)).toBe('NOT_FOUND');
  });

  it('organisations: a network sees the Region and the networks but not other networks\u2019 structure accounts', async () => {
    const r = await app.gql(`{ organizations { slug kind } }`, {}, { token: multi, org: 'cocagne' });
    const slugs = r.data.organizations.map((o: any) => o.slug);
    expect(slugs).toContain('region-sud');
    expect(slugs).not.toContain('atelier-calanques-solidaires');
    const own = await app.gql(`{ organizations { slug } }`, {}, { token: ce });
    expect(own.data.organizations.map((o: any) => o.slug)).toContain('atelier-calanques-solidaires');
  });

  describe('row-level security alone (no application filter)', () => {
    beforeAll(async () => {
      await app.sql(`insert into audit_events (id, tenant_id, entity_type, entity_id, action) values
        (gen_random_uuid(), $1, 'Test', gen_random_uuid(), 'CE_EVENT'), (gen_random_uuid(), $2, 'Test', gen_random_uuid(), 'FAS_EVENT')`, [ORG.CE, ORG.FAS]);
    });

    it('a network sees only its own rows, whatever the query asks', async () => {
      const rows = await asAppRole(app, { tenantId: ORG.CE, orgKind: 'FEDERATION' }, `select action from audit_events where entity_type = 'Test'`);
      expect(rows.map((r) => r.action)).toEqual(['CE_EVENT']);
    });

    it('no tenant set: nothing at all (fails closed)', async () => {
      expect(await asAppRole(app, {}, `select * from audit_events`)).toEqual([]);
    });

    it('the Region reads across networks', async () => {
      const rows = await asAppRole(app, { orgKind: 'FUNDER' }, `select action from audit_events where entity_type = 'Test' order by action`);
      expect(rows.map((r) => r.action)).toEqual(['CE_EVENT', 'FAS_EVENT']);
    });

    it("a network cannot write a row into another network's tenant", async () => {
      await expect(
        asAppRole(app, { tenantId: ORG.CE, orgKind: 'FEDERATION' }, `insert into audit_events (id, tenant_id, entity_type, entity_id, action) values (gen_random_uuid(), $1, 'Test', gen_random_uuid(), 'X')`, [ORG.FAS]),
      ).rejects.toThrow(/row-level security/);
    });

    it("a structure account reads only its own record's history, not its network's", async () => {
      const [acct] = await app.sql(`select member_structure_id from organizations where id = $1`, [ORG.CALANQUES_ACCOUNT]);
      await app.sql(`insert into audit_events (id, tenant_id, entity_type, entity_id, action) values
        (gen_random_uuid(), $1, 'MemberStructure', $2, 'OWN_RECORD'), (gen_random_uuid(), $1, 'MemberStructure', gen_random_uuid(), 'OTHER_MEMBER')`, [ORG.CE, acct.member_structure_id]);
      const rows = await asAppRole(app, { tenantId: ORG.CE, orgKind: 'STRUCTURE', organizationId: ORG.CALANQUES_ACCOUNT, structureId: acct.member_structure_id },
        `select action from audit_events where action in ('OWN_RECORD', 'OTHER_MEMBER', 'CE_EVENT')`);
      expect(rows.map((r) => r.action)).toEqual(['OWN_RECORD']);
    });

    it('the audit trail is append-only for the application', async () => {
      await expect(asAppRole(app, { orgKind: 'FUNDER' }, `update audit_events set action = 'X'`)).rejects.toThrow(/permission denied/);
      await expect(asAppRole(app, { orgKind: 'FUNDER' }, `delete from audit_events`)).rejects.toThrow(/permission denied/);
    });

    it('the application role owns nothing and cannot bypass row-level security', async () => {
      const [role] = await app.sql(`select rolsuper, rolbypassrls from pg_roles where rolname = $1`, [app.config.APP_DB_ROLE]);
      expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
      const owned = await app.sql(`select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = $1`, [app.config.APP_DB_ROLE]);
      expect(owned[0].n).toBe(0);
      const unprotected = await app.sql(
        `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
            and not (c.relrowsecurity and c.relforcerowsecurity)`,
      );
      // Organisations carry tenant_id but are a platform table, read before a tenant is chosen.
      expect(unprotected.map((r) => r.relname)).toEqual(['organizations']);
    });
  });

  describe('application filter alone (as the owner, which row-level security does not stop)', () => {
    it('scopes reads to the active tenant', async () => {
      const { createOrm } = await import('../../server/src/core/orm.js');
      const { AuditEvent } = await import('../../server/src/audit/audit-event.entity.js');
      const orm = await createOrm(app.ownerUrl, { poolMax: 1 });
      try {
        const em = orm.em.fork();
        em.setFilterParams('tenant', { scope: 'tenant', tenantId: ORG.CE });
        const seen = await em.find(AuditEvent, { entityType: 'Test' });
        expect(seen.map((e) => e.action)).toEqual(['CE_EVENT']);
        // The owner without the filter sees both: so the line above proves the filter, not RLS.
        const all = await em.find(AuditEvent, { entityType: 'Test' }, { filters: false });
        expect(all).toHaveLength(2);
      } finally {
        await orm.close(true);
      }
    });

    it('fails closed: a tenant entity read without a tenant throws', async () => {
      const { MemberStructure } = await import('../../server/src/members/member.entity.js');
      const em = app.platform.orm.em.fork();
      await expect(em.find(MemberStructure, {})).rejects.toThrow(/tenant/);
    });
  });
});
