import type { BenchModule } from './types.js';
import { gqlOk, gqlRequest } from './types.js';

export const foundationBench: BenchModule = {
  scenarios: [
    {
      name: 'me (session + memberships)',
      request: (s) => gqlRequest(s.network[0].token, null, `{ me { email memberships { role organization { slug name } } } }`),
      check: gqlOk,
    },
    {
      name: 'organizations (Region)',
      request: (s) => gqlRequest(s.region, null, `{ organizations { id slug name kind } }`),
      check: gqlOk,
    },
  ],
};
