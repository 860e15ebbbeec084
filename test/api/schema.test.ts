import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../scripts/print-schema.js';

describe('schema/schema.graphql', () => {
  it('is what the code defines (run `npm run schema` after changing a type)', async () => {
    expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(await printedSchema());
  });

  it('keeps the operations outside clients rely on', async () => {
    const sdl = await printedSchema();
    for (const piece of ['login(input: LoginInput!): LoginPayload!', 'logout: Boolean!', 'me: User', 'node(id: ID!): Node', 'organizations: [Organization!]!'])
      expect(sdl).toContain(piece);
  });
});
