import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, errorCode, DEMO_PASSWORD, type TestApp } from '../helpers/app.js';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token expiresAt user { id email } } }`;
const ME = `{ me { email memberships { role organization { id slug name kind } } } }`;

describe('sign-in and sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
  });
  afterAll(() => app?.close());

  it('signs in with the demo account, returns a token and sets an httpOnly cookie', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { i: { email: 'Admin@Chantier-Ecole.example', password: DEMO_PASSWORD } } }),
    });
    const body = await res.json();
    expect(body.data.login.user.email).toBe('admin@chantier-ecole.example');
    expect(body.data.login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('passerelle_session=');
    expect(cookie.toLowerCase()).toContain('httponly');
    expect(cookie.toLowerCase()).toContain('samesite=lax');
    // The token is stored only as a hash.
    const rows = await app.sql(`select token_hash from sessions where token_hash = $1`, [body.data.login.token]);
    expect(rows).toHaveLength(0);
  });

  it('the cookie alone authenticates the browser', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { i: { email: 'staff@fas.example', password: DEMO_PASSWORD } } }),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const me = await app.gql(ME, {}, { headers: { cookie } });
    expect(me.data.me.email).toBe('staff@fas.example');
    expect(me.data.me.memberships).toEqual([
      { role: 'FEDERATION_STAFF', organization: expect.objectContaining({ slug: 'fas', kind: 'FEDERATION' }) },
    ]);
  });

  it('answers the same for an unknown email and a wrong password', async () => {
    const unknown = await app.gql(LOGIN, { i: { email: 'nobody@nowhere.example', password: 'whatever-password' } });
    const wrong = await app.gql(LOGIN, { i: { email: 'region.staff@passerelle.example', password: 'wrong-password!' } });
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  it('throttles an account after repeated failures, says when to retry, and keeps the state in PostgreSQL', async () => {
    const email = 'region.admin@passerelle.example';
    for (let i = 0; i < 3; i++) await app.gql(LOGIN, { i: { email, password: `bad-${i}-password` } });
    const locked = await app.gql(LOGIN, { i: { email, password: DEMO_PASSWORD } });
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    const rows = await app.sql(`select failures, locked_until from login_throttles where key = $1`, [`account:${email}`]);
    expect(rows[0].failures).toBe(3);
    expect(rows[0].locked_until).not.toBeNull();
    // Another account from the same address still signs in.
    expect(await app.login('staff@fas.example')).toBeTruthy();
  });

  it('logout revokes the session at once', async () => {
    const token = await app.login('multi@passerelle.example');
    expect((await app.gql(`mutation { logout }`, {}, { token })).data.logout).toBe(true);
    const after = await app.gql(ME, {}, { token });
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
  });

  it('refuses expired, forged and malformed tokens', async () => {
    const token = await app.login('multi@passerelle.example');
    await app.sql(`update sessions set absolute_expires_at = now() - interval '1 minute' where revoked_at is null`);
    expect(errorCode(await app.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    const token2 = await app.login('multi@passerelle.example');
    await app.sql(`update sessions set last_seen_at = now() - interval '1 day' where revoked_at is null`);
    expect(errorCode(await app.gql(ME, {}, { token: token2 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(ME, {}, { token: 'A'.repeat(43) }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(ME, {}, { token: 'not a token' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(ME, {}, { headers: { authorization: 'Basic abc' } }))).toBe('UNAUTHENTICATED');
  });

  it('a signed-out browser sees me = null, not an error', async () => {
    const r = await app.gql(ME);
    expect(r.errors).toBeUndefined();
    expect(r.data.me).toBeNull();
  });

  it('changes the password, signs out the other sessions, and keeps this one', async () => {
    const other = await app.login('region.staff@passerelle.example');
    const me = await app.login('region.staff@passerelle.example');
    const weak = await app.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: DEMO_PASSWORD, newPassword: 'short' } }, { token: me });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0].extensions.fields[0]).toMatchObject({ field: 'newPassword', code: 'password.too_short' });
    const wrongCurrent = await app.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: 'nope-nope-nope', newPassword: 'a-new-long-password' } }, { token: me });
    expect(wrongCurrent.errors![0].extensions.fields[0]).toMatchObject({ field: 'currentPassword' });
    const ok = await app.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: DEMO_PASSWORD, newPassword: 'a-new-long-password' } }, { token: me });
    expect(ok.data.changePassword).toBe(true);
    expect(errorCode(await app.gql(ME, {}, { token: other }))).toBe('UNAUTHENTICATED');
    expect((await app.gql(ME, {}, { token: me })).data.me.email).toBe('region.staff@passerelle.example');
    expect(await app.login('region.staff@passerelle.example', 'a-new-long-password')).toBeTruthy();
    const all = await app.gql(`mutation { logoutEverywhere }`, {}, { token: me });
    expect(all.data.logoutEverywhere).toBe(true);
    expect(errorCode(await app.gql(ME, {}, { token: me }))).toBe('UNAUTHENTICATED');
  });
});
