import type { BenchModule, BenchRequest, BenchSessions } from './types.js';
import { gqlOk, gqlRequest } from './types.js';
import { siretFrom } from '../server/src/members/member.seed.js';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

const LIST = `query($first: Int, $filter: MemberFilter, $orderBy: MemberOrder) {
  members(first: $first, filter: $filter, orderBy: $orderBy) { totalCount edges { node {
    id name siret kinds city department status network { name } historyCount } } } }`;
const BY_SIRET = `query { structuresBySiret(first: 50) { totalCount edges { node { siret name networks { name } } } } }`;
const IMPORT = `mutation($input: ImportMembersInput!) { importMembers(input: $input) { applied totalRows created updated errorRows fileErrors { code } } }`;

/** Rows to import in the one-shot: 10,000 at full size, fewer at the smoke size (BENCH_IMPORT_ROWS overrides). */
const importRows = (structuresPerNetwork: number) => Number(process.env.BENCH_IMPORT_ROWS ?? (structuresPerNetwork >= 1000 ? 10_000 : 200));

/** A deterministic register file (French headers, `;`, decimal commas), SIRETs distinct from the dataset's. */
export function registerCsv(rows: number): string {
  const lines = ['Raison sociale;SIRET;Type de structure;Adresse;Code postal;Commune;Courriel;ETP conventionnés;Salariés en insertion'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `Structure importée ${i};${siretFrom(`7${String(i).padStart(12, '0')}`)};${i % 7 === 0 ? '"ACI, EI"' : 'ACI'};${i} rue du Port;13002;Marseille;contact${i}@import.example;${i % 20},5;${i % 40}`,
    );
  return lines.join('\r\n');
}

const exportRequest = (s: BenchSessions): BenchRequest => ({
  method: 'GET',
  path: '/api/members.csv',
  headers: { authorization: `Bearer ${s.network[0].token}`, 'x-organization': s.network[0].slug },
});

/**
 * Member structures: the register list and search (a network's 1,000 structures; the Region's
 * 20,000 across networks), the Region's by-SIRET view and the CSV export under load; the import
 * of a 10,000-row file measured once (dry run, then for real). Uses the base dataset's structures.
 */
export const membersBench: BenchModule = {
  scenarios: [
    {
      name: 'members: list 50 (network)',
      request: (s) => gqlRequest(s.network[0].token, s.network[0].slug, LIST, { first: 50 }),
      check: gqlOk,
    },
    {
      name: 'members: search name (network)',
      request: (s) => gqlRequest(s.network[0].token, s.network[0].slug, LIST, { first: 50, filter: { search: 'durance 1' } }),
      check: gqlOk,
    },
    {
      name: 'members: list 50 (Region, all networks)',
      request: (s) => gqlRequest(s.region, null, LIST, { first: 50, orderBy: { field: 'CITY', direction: 'ASC' } }),
      check: gqlOk,
    },
    {
      name: 'members: search + 3 networks + dept (Region)',
      request: (s) =>
        gqlRequest(s.region, null, LIST, {
          first: 50,
          filter: { search: 'chantier', departments: ['13'], networkIds: s.network.slice(0, 3).map((n) => gid('Organization', n.id)) },
        }),
      check: gqlOk,
    },
    { name: 'members: by SIRET (Region)', request: (s) => gqlRequest(s.region, null, BY_SIRET), check: gqlOk },
    {
      name: 'members: CSV export (network register)',
      request: exportRequest,
      check: (status, body) => (status === 200 && body.replace(/^\ufeff/, '').startsWith('Raison sociale;') ? null : `HTTP ${status}: ${body.slice(0, 200)}`),
    },
  ],
  async oneShots({ url, sessions, size }) {
    const rows = importRows(size.structuresPerNetwork);
    const csvBase64 = Buffer.from(registerCsv(rows), 'utf8').toString('base64');
    const target = sessions.network[sessions.network.length - 1];
    const run = async (dryRun: boolean) => {
      const req = gqlRequest(target.token, target.slug, IMPORT, { input: { csvBase64, dryRun } });
      const t0 = performance.now();
      const res = await fetch(url + req.path, { method: 'POST', headers: req.headers, body: req.body });
      const text = await res.text();
      const ms = performance.now() - t0;
      const problem = gqlOk(res.status, text);
      if (problem) throw new Error(`members import: ${problem}`);
      const report = JSON.parse(text).data.importMembers;
      if (report.errorRows || report.fileErrors.length || (!dryRun && !report.applied)) throw new Error(`members import refused: ${text.slice(0, 300)}`);
      return { ms, report };
    };
    const dry = await run(true);
    const real = await run(false);
    return [
      `members: import preview of ${rows} rows (dry run): ${(dry.ms / 1000).toFixed(2)} s`,
      `members: import of ${rows} rows (${real.report.created} created, ${real.report.updated} updated): ${(real.ms / 1000).toFixed(2)} s`,
    ];
  },
};
