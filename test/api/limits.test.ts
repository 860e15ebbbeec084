import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, errorCode, type TestApp } from '../helpers/app.js';

describe('request limits refuse abuse before the database', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp({ MAX_BODY_BYTES: '20000' });
    token = await app.login('admin@chantier-ecole.example');
  });
  afterAll(() => app?.close());

  const nested = (depth: number) => {
    let q = 'name';
    for (let i = 0; i < depth; i++) q = `federation { ${q} }`;
    return `{ me { memberships { organization { ${q} } } } }`;
  };

  it('an over-deep query is refused as invalid, with no SQL sent', async () => {
    let r: any;
    const n = await app.countQueries(async () => {
      r = await app.gql(nested(15), {}, { token });
    });
    expect(r.status).toBe(400);
    expect(errorCode(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors[0].message).toMatch(/depth/i);
    expect(n).toBe(0);
  });

  it('first over the page cap is refused, naming the field, with no SQL sent', async () => {
    let r: any;
    const n = await app.countQueries(async () => {
      r = await app.gql(`{ organizationUsers(first: 100000) { totalCount } }`, {}, { token });
    });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors[0].extensions.fields[0].field).toBe('first');
    expect(n).toBe(0);
  });

  it('an over-costly query is refused with its cost', async () => {
    const fields = Array.from({ length: 25 }, (_, i) => `a${i}: organizationUsers(first: 100) { edges { node { id role user { id email displayName } organization { id name slug } } } }`).join(' ');
    let r: any;
    const n = await app.countQueries(async () => {
      r = await app.gql(`{ ${fields} }`, {}, { token });
    });
    expect(errorCode(r)).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors[0].extensions.cost).toBeGreaterThan(r.errors[0].extensions.limit);
    expect(n).toBe(0);
  });

  it('too many aliases are refused', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `m${i}: me { email }`).join(' ');
    const r = await app.gql(`{ ${fields} }`, {}, { token });
    expect(errorCode(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('an oversized body is refused with 413', async () => {
    const r = await app.gql(`{ me { email } }`, { pad: 'x'.repeat(30_000) }, { token });
    expect(r.status).toBe(413);
    expect(errorCode(r)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('batched operations are refused', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ me { email } }' }))),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/batching/i);
  });

  it('CSRF protection refuses a simple cross-site GET or form post', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { email } }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ me { email } }"}' });
    expect(form.status).toBe(400);
  });

  it('health and readiness answer', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('an unexpected error is masked and carries no stack', async () => {
    // A forged cursor is bad input, not a crash.
    const r = await app.gql(`{ organizationUsers(after: "!!!") { totalCount } }`, {}, { token });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at \w+ \(/);
  });
});
