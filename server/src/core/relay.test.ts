import { describe, expect, it } from 'vitest';
import { connectionOf, fromGlobalId, pageOf, toGlobalId } from './relay.js';

describe('global ids and pages', () => {
  it('round-trips global ids and rejects anything else', () => {
    const id = '00000000-0000-4000-8000-000000000011';
    expect(fromGlobalId(toGlobalId('Organization', id))).toEqual({ type: 'Organization', id });
    for (const bad of ['', 'abc', toGlobalId('Organization', 'not-a-uuid'), Buffer.from(':x').toString('base64url')]) expect(fromGlobalId(bad)).toBeNull();
  });

  it('caps the page size and walks pages with opaque cursors', () => {
    expect(() => pageOf({ first: 101 })).toThrow(/first/);
    expect(() => pageOf({ after: 'garbage' })).toThrow(/after/);
    const page1 = pageOf({ first: 2 });
    const c1 = connectionOf(['a', 'b'], page1, 5);
    expect(c1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = pageOf({ first: 2, after: c1.pageInfo.endCursor });
    expect(page2).toEqual({ limit: 2, offset: 2 });
    expect(connectionOf(['e'], pageOf({ first: 2, after: connectionOf(['c', 'd'], page2, 5).pageInfo.endCursor }), 5).pageInfo.hasNextPage).toBe(false);
  });
});
