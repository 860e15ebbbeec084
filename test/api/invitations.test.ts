import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, errorCode, DEMO_PASSWORD, type TestApp } from '../helpers/app.js';
import { ORG } from '../../server/src/seed/demo-ids.js';

const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { inviteUrl invitation { id email role organization { slug } } } }`;
const PREVIEW = `query($t: String!) { invitation(token: $t) { email role organizationName } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token user { email } } }`;
const USERS = `{ organizationUsers { totalCount edges { node { id role user { email } } } } }`;
const tokenOf = (url: string) => url.split('/invitation/')[1];
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

describe('inviting, changing roles and removing people', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin@chantier-ecole.example');
  });
  afterAll(() => app?.close());

  it('a network admin invites a colleague; the link sets a password and signs them in; it works once', async () => {
    const inv = await app.gql(INVITE, { i: { email: 'Lea.Colin@Chantier-Ecole.example', role: 'FEDERATION_STAFF' } }, { token: admin });
    expect(inv.data.inviteUser.invitation).toMatchObject({ email: 'lea.colin@chantier-ecole.example', role: 'FEDERATION_STAFF', organization: { slug: 'chantier-ecole' } });
    const token = tokenOf(inv.data.inviteUser.inviteUrl);
    expect((await app.gql(PREVIEW, { t: token })).data.invitation).toEqual({ email: 'lea.colin@chantier-ecole.example', role: 'FEDERATION_STAFF', organizationName: 'Chantier école PACA' });
    // Stored as a hash only.
    expect(await app.sql(`select 1 from invitations where token_hash = $1`, [token])).toHaveLength(0);

    const weak = await app.gql(ACCEPT, { i: { token, displayName: 'Léa Colin', password: 'short' } });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(await app.sql(`select 1 from users where email = 'lea.colin@chantier-ecole.example'`)).toHaveLength(0);

    const ok = await app.gql(ACCEPT, { i: { token, displayName: 'Léa Colin', password: 'un-mot-de-passe-solide' } });
    expect(ok.data.acceptInvitation.user.email).toBe('lea.colin@chantier-ecole.example');
    const me = await app.gql(`{ me { memberships { role organization { slug } } } }`, {}, { token: ok.data.acceptInvitation.token });
    expect(me.data.me.memberships).toEqual([{ role: 'FEDERATION_STAFF', organization: { slug: 'chantier-ecole' } }]);

    const reused = await app.gql(ACCEPT, { i: { token, displayName: 'Léa Colin', password: 'un-mot-de-passe-solide' } });
    expect(errorCode(reused)).toBe('NOT_FOUND');
    expect((await app.gql(PREVIEW, { t: token })).data.invitation).toBeNull();
  });

  it('expired, revoked and forged links are refused', async () => {
    const a = await app.gql(INVITE, { i: { email: 'expired@example.org', role: 'FEDERATION_STAFF' } }, { token: admin });
    await app.sql(`update invitations set expires_at = now() - interval '1 minute' where email = 'expired@example.org'`);
    expect(errorCode(await app.gql(ACCEPT, { i: { token: tokenOf(a.data.inviteUser.inviteUrl), displayName: 'X', password: 'long-enough-password' } }))).toBe('NOT_FOUND');

    const b = await app.gql(INVITE, { i: { email: 'revoked@example.org', role: 'FEDERATION_STAFF' } }, { token: admin });
    const pending = await app.gql(`{ pendingInvitations { id email } }`, {}, { token: admin });
    expect(pending.data.pendingInvitations.map((p: any) => p.email)).toContain('revoked@example.org');
    const rev = await app.gql(`mutation($i: RevokeInvitationInput!) { revokeInvitation(input: $i) }`, { i: { invitationId: b.data.inviteUser.invitation.id } }, { token: admin });
    expect(rev.errors).toBeUndefined();
    expect(errorCode(await app.gql(ACCEPT, { i: { token: tokenOf(b.data.inviteUser.inviteUrl), displayName: 'X', password: 'long-enough-password' } }))).toBe('NOT_FOUND');

    for (const forged of ['A'.repeat(43), 'nope', '../../x'])
      expect(errorCode(await app.gql(ACCEPT, { i: { token: forged, displayName: 'X', password: 'long-enough-password' } }))).toBe('NOT_FOUND');
    expect(await app.sql(`select 1 from users where email in ('expired@example.org', 'revoked@example.org')`)).toHaveLength(0);
  });

  it('bad invitation input names the field and writes nothing', async () => {
    const before = (await app.sql(`select count(*)::int as n from invitations`))[0].n;
    const email = await app.gql(INVITE, { i: { email: 'not-an-email', role: 'FEDERATION_STAFF' } }, { token: admin });
    expect(email.errors![0].extensions.fields[0]).toMatchObject({ field: 'email', code: 'email.invalid' });
    const role = await app.gql(INVITE, { i: { email: 'x@example.org', role: 'REGION_ADMIN' } }, { token: admin });
    expect(role.errors![0].extensions.fields[0]).toMatchObject({ field: 'role', code: 'role.not_for_organization' });
    const member = await app.gql(INVITE, { i: { email: 'admin@chantier-ecole.example', role: 'FEDERATION_STAFF' } }, { token: admin });
    expect(member.errors![0].extensions.fields[0]).toMatchObject({ field: 'email', code: 'email.already_member' });
    expect((await app.sql(`select count(*)::int as n from invitations`))[0].n).toBe(before);
  });

  it('staff may not invite; another network cannot invite into, list or revoke for this one', async () => {
    const staff = await app.login('staff@fas.example');
    expect(errorCode(await app.gql(INVITE, { i: { email: 'y@example.org', role: 'FEDERATION_STAFF' } }, { token: staff }))).toBe('FORBIDDEN');
    const cocagne = await app.login('multi@passerelle.example');
    const into = await app.gql(INVITE, { i: { email: 'y@example.org', role: 'STRUCTURE_USER', organizationId: gid('Organization', ORG.CALANQUES_ACCOUNT) } }, { token: cocagne, org: 'cocagne' });
    expect(errorCode(into)).toBe('NOT_FOUND');
    const list = await app.gql(`query($o: ID) { pendingInvitations(organizationId: $o) { id } }`, { o: gid('Organization', ORG.CE) }, { token: cocagne, org: 'cocagne' });
    expect(errorCode(list)).toBe('NOT_FOUND');
    const c = await app.gql(INVITE, { i: { email: 'z@example.org', role: 'FEDERATION_STAFF' } }, { token: admin });
    const rev = await app.gql(`mutation($i: RevokeInvitationInput!) { revokeInvitation(input: $i) }`, { i: { invitationId: c.data.inviteUser.invitation.id } }, { token: cocagne, org: 'cocagne' });
    expect(errorCode(rev)).toBe('NOT_FOUND');
  });

  it('a network admin invites into one of its structure accounts', async () => {
    const r = await app.gql(INVITE, { i: { email: 'equipe@calanques.example', role: 'STRUCTURE_USER', organizationId: gid('Organization', ORG.CALANQUES_ACCOUNT) } }, { token: admin });
    expect(r.data.inviteUser.invitation.organization.slug).toBe('atelier-calanques-solidaires');
  });

  it('changing a role and removing a member; the removed member is signed out at once; the last admin stays', async () => {
    const inv = await app.gql(INVITE, { i: { email: 'temp@chantier-ecole.example', role: 'FEDERATION_STAFF' } }, { token: admin });
    const acc = await app.gql(ACCEPT, { i: { token: tokenOf(inv.data.inviteUser.inviteUrl), displayName: 'Temp', password: 'long-enough-password' } });
    const theirToken = acc.data.acceptInvitation.token;
    const users = await app.gql(USERS, {}, { token: admin });
    const m = users.data.organizationUsers.edges.find((e: any) => e.node.user.email === 'temp@chantier-ecole.example').node;
    const promoted = await app.gql(`mutation($i: ChangeMembershipRoleInput!) { changeMembershipRole(input: $i) { role } }`, { i: { membershipId: m.id, role: 'FEDERATION_ADMIN' } }, { token: admin });
    expect(promoted.data.changeMembershipRole.role).toBe('FEDERATION_ADMIN');
    const removed = await app.gql(`mutation($i: RemoveMembershipInput!) { removeMembership(input: $i) }`, { i: { membershipId: m.id } }, { token: admin });
    expect(removed.data.removeMembership).toBe(m.id);
    expect(errorCode(await app.gql(`{ me { email } }`, {}, { token: theirToken }))).toBe('UNAUTHENTICATED');
    const history = await app.sql(`select action from audit_events where entity_type = 'Membership' order by created_at`);
    expect(history.map((h) => h.action)).toEqual(['ROLE_CHANGED', 'REMOVED']);

    const self = users.data.organizationUsers.edges.find((e: any) => e.node.user.email === 'admin@chantier-ecole.example').node;
    const last = await app.gql(`mutation($i: RemoveMembershipInput!) { removeMembership(input: $i) }`, { i: { membershipId: self.id } }, { token: admin });
    expect(errorCode(last)).toBe('CONFLICT');
    expect(await app.login('admin@chantier-ecole.example', DEMO_PASSWORD)).toBeTruthy();
  });

  it('the users list costs the same number of statements for 2 people and for 30', async () => {
    const count = () => app.countQueries(() => app.gql(USERS, {}, { token: admin }));
    const few = await count();
    for (let i = 0; i < 30; i++)
      await app.sql(`with u as (insert into users (id, email, display_name, password_hash) values (gen_random_uuid(), $1, $2, 'x') returning id)
                     insert into memberships (id, user_id, organization_id, role) select gen_random_uuid(), id, $3, 'FEDERATION_STAFF' from u`, [`bulk${i}@example.org`, `Bulk ${i}`, ORG.CE]);
    const r = await app.gql(USERS, {}, { token: admin });
    expect(r.data.organizationUsers.totalCount).toBeGreaterThan(30);
    expect(await count()).toBe(few);
  });
});

describe('dates and payloads', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('dates from raw SQL are ISO 8601, and login returns the memberships of the person signed in', async () => {
    const login = await app.gql(`mutation($i: LoginInput!) { login(input: $i) { token user { email memberships { role createdAt organization { slug } } } } }`, {
      i: { email: 'admin@chantier-ecole.example', password: DEMO_PASSWORD },
    });
    expect(login.errors).toBeUndefined();
    expect(login.data.login.user.memberships[0]).toMatchObject({ role: 'FEDERATION_ADMIN', organization: { slug: 'chantier-ecole' } });
    expect(login.data.login.user.memberships[0].createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const token = login.data.login.token;
    const inv = await app.gql(INVITE, { i: { email: 'dates@example.org', role: 'FEDERATION_STAFF' } }, { token });
    const pending = await app.gql(`{ pendingInvitations { expiresAt createdAt } }`, {}, { token });
    expect(pending.errors).toBeUndefined();
    expect(pending.data.pendingInvitations[0].expiresAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    const preview = await app.gql(`query($t: String!) { invitation(token: $t) { expiresAt } }`, { t: tokenOf(inv.data.inviteUser.inviteUrl) });
    expect(preview.data.invitation.expiresAt).toMatch(/Z$/);
  });
});

describe('bad input to the people mutations', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin@chantier-ecole.example');
  });
  afterAll(() => app?.close());

  it('a role from another kind of organisation names the field and changes nothing', async () => {
    const users = await app.gql(USERS, {}, { token: admin });
    const m = users.data.organizationUsers.edges[0].node;
    const r = await app.gql(`mutation($i: ChangeMembershipRoleInput!) { changeMembershipRole(input: $i) { role } }`, { i: { membershipId: m.id, role: 'REGION_ADMIN' } }, { token: admin });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.fields[0]).toMatchObject({ field: 'role', code: 'role.not_for_organization' });
    const after = await app.gql(USERS, {}, { token: admin });
    expect(after.data.organizationUsers.edges[0].node.role).toBe(m.role);
  });

  it('sign-in without an email, and an invitation accepted without a name, name their fields', async () => {
    const login = await app.gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email: '', password: 'x' } });
    expect(login.errors![0].extensions.fields[0]).toMatchObject({ field: 'email', code: 'required' });
    const inv = await app.gql(INVITE, { i: { email: 'noname@example.org', role: 'FEDERATION_STAFF' } }, { token: admin });
    const accept = await app.gql(ACCEPT, { i: { token: tokenOf(inv.data.inviteUser.inviteUrl), displayName: '  ', password: 'long-enough-password' } });
    expect(accept.errors![0].extensions.fields[0]).toMatchObject({ field: 'displayName', code: 'required' });
    expect(await app.sql(`select 1 from users where email = 'noname@example.org'`)).toHaveLength(0);
    expect(await app.sql(`select accepted_at from invitations where email = 'noname@example.org'`)).toEqual([{ accepted_at: null }]);
  });
});
