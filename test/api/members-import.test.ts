import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { siretFrom } from '../../server/src/members/member.seed.js';
import { IMPORT, MEMBER, ORG } from './members.fixtures.js';

type Client = Awaited<ReturnType<TestApp['as']>>;
const FIXTURE = readFileSync(new URL('../fixtures/registre-exemple-cp1252.csv', import.meta.url));
const HEADER = 'Raison sociale;SIRET;Type de structure;Code postal;Commune;ETP conventionnés;Salariés en insertion';
const b64 = (s: string | Buffer) => Buffer.from(s as any).toString('base64');

/** n valid rows with distinct SIRETs (prefix keeps them apart from the seed's). */
function rows(n: number, prefix = '4'): string {
  const lines = [HEADER];
  for (let i = 0; i < n; i++) lines.push(`Structure ${prefix}-${i};${siretFrom(`${prefix}${String(i).padStart(12, '0')}`)};ACI;13001;Marseille;${i % 10},5;${i % 50}`);
  return lines.join('\r\n');
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('member register export', () => {
  const get = async (email: string | null, query = '', org?: string) => {
    const headers: Record<string, string> = {};
    if (email) headers.authorization = `Bearer ${await app.login(email)}`;
    if (org) headers['x-organization'] = org;
    return fetch(`${app.url}/api/members.csv${query}`, { headers });
  };

  it('writes CSV for a French spreadsheet: BOM, semicolons, CRLF, decimal commas', async () => {
    const res = await get('admin@chantier-ecole.example');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/registre-chantier-ecole-.*\.csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/^Raison sociale;SIRET;Type de structure;Code postal;/);
    const calanques = lines.find((l) => l.startsWith('Atelier Calanques Solidaires;'))!;
    expect(calanques).toContain(';90678901100010;ACI;13003;13;Marseille;');
    expect(calanques).toContain(';12;31;');
    const total = (await app.sql(`select count(*)::int as n from member_structures where tenant_id = $1`, [ORG.CE]))[0].n;
    expect(lines.filter(Boolean)).toHaveLength(total + 1);
    const decimal = lines.find((l) => /;\d+,5;/.test(l));
    expect(decimal).toBeTruthy();
    expect(text).not.toContain('83789012800015'); // Cocagne's Jardins du Buëch
  });

  it('applies the list filters; what it writes imports back unchanged', async () => {
    const res = await get('admin@chantier-ecole.example', '?search=calanques');
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(text.trim().split('\r\n')).toHaveLength(2);
    const ce = await app.as('admin@chantier-ecole.example');
    const back = await ce(
      `mutation($i: ImportMembersInput!) { importMembers(input: $i) { applied unchanged errorRows fileErrors { code } } }`,
      { i: { csvBase64: Buffer.from(text).toString('base64'), dryRun: true } },
    );
    expect(back.data.importMembers).toMatchObject({ unchanged: 1, errorRows: 0, fileErrors: [] });
  });

  it('the Region exports every network with a network column, and can filter by network', async () => {
    const res = await get('region.staff@passerelle.example');
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(text.slice(1).startsWith('Réseau;Raison sociale;')).toBe(true);
    expect(text).toContain('Chantier école PACA;Atelier Calanques Solidaires');
    expect(text).toContain('83789012800015');
    const gid = Buffer.from(`Organization:${ORG.COCAGNE}`).toString('base64url');
    const only = Buffer.from(await (await get('region.staff@passerelle.example', `?networkIds=${gid}`)).arrayBuffer()).toString('utf8');
    expect(only).toContain('83789012800015');
    expect(only).not.toContain('90678901100010');
  });

  it('isolation: another network’s and a structure’s export show nothing of others; no session is 401', async () => {
    const fas = Buffer.from(await (await get('staff@fas.example', '?search=buech')).arrayBuffer()).toString('utf8');
    expect(fas.trim().split('\r\n')).toHaveLength(1);
    const gid = Buffer.from(`Organization:${ORG.CE}`).toString('base64url');
    const fasCe = Buffer.from(await (await get('staff@fas.example', `?networkIds=${gid}`)).arrayBuffer()).toString('utf8');
    expect(fasCe.trim().split('\r\n')).toHaveLength(1);
    const structure = Buffer.from(await (await get('structure@calanques.example')).arrayBuffer()).toString('utf8');
    expect(structure.trim().split('\r\n')).toHaveLength(2);
    expect((await get(null)).status).toBe(401);
  });
});

describe('member register import', () => {
  let coorace: Client; // nobody is admin of COORACE in the demo: use CE and FAS
  let ce: Client;
  let fas: Client;
  const count = async (tenant: string) => (await app.sql(`select count(*)::int as n from member_structures where tenant_id = $1`, [tenant]))[0].n;
  const audits = async () => (await app.sql(`select count(*)::int as n from audit_events where entity_type = 'Member'`))[0].n;

  beforeAll(async () => {
    ce = await app.as('admin@chantier-ecole.example');
    fas = await app.as('staff@fas.example');
    coorace = ce;
  });

  /** Imports and checks that a refused file wrote nothing. */
  async function refused(client: Client, csv: string | Buffer, tenant: string) {
    const before = [await count(tenant), await audits()];
    const r = await client(IMPORT, { input: { csvBase64: b64(csv), dryRun: false } });
    expect(r.errors).toBeUndefined();
    expect(r.data.importMembers.applied).toBe(false);
    expect([await count(tenant), await audits()]).toEqual(before);
    return r.data.importMembers;
  }

  it('previews the real Windows-1252 register: 300 rows to create, nothing written', async () => {
    const before = await count(ORG.COCAGNE);
    const cocagne = await app.as('multi@passerelle.example', 'cocagne');
    const r = await cocagne(IMPORT, { input: { csvBase64: b64(FIXTURE), dryRun: true } });
    expect(r.errors).toBeUndefined();
    const p = r.data.importMembers;
    expect(p).toMatchObject({ dryRun: true, applied: false, encoding: 'windows-1252', delimiter: ';', totalRows: 300, created: 300, errorRows: 0 });
    expect(p.rows[0]).toMatchObject({ line: 2, action: 'CREATE', name: 'Régie de quartier Cœur de Ville Salon-de-Provence' });
    expect(await count(ORG.COCAGNE)).toBe(before);
  });

  it('imports it in one go, with accents, decimal commas, two kinds, quoted separators; audited', async () => {
    const cocagne = await app.as('multi@passerelle.example', 'cocagne');
    const before = [await count(ORG.COCAGNE), await audits()];
    const t0 = performance.now();
    const r = await cocagne(IMPORT, { input: { csvBase64: b64(FIXTURE), dryRun: false } });
    const ms = performance.now() - t0;
    console.log(`import of the 300-row fixture: ${ms.toFixed(0)} ms`);
    expect(r.data.importMembers).toMatchObject({ applied: true, created: 300 });
    expect(await count(ORG.COCAGNE)).toBe(before[0] + 300);
    expect(await audits()).toBe(before[1] + 300);
    const [jardin] = await app.sql(`select kinds::text[] as kinds, siret, department, etp::text from member_structures where name = 'Jardin solidaire du Vieux-Port'`);
    expect(jardin).toMatchObject({ kinds: ['ACI', 'EI'], siret: '38553121586725', department: '05' });
    const quoted = await app.sql(`select name from member_structures where tenant_id = $1 and name like '%;%'`, [ORG.COCAGNE]);
    expect(quoted.length).toBeGreaterThanOrEqual(1);
    const decimals = await app.sql(`select count(*)::int as n from member_structures where tenant_id = $1 and etp <> trunc(etp)`, [ORG.COCAGNE]);
    expect(decimals[0].n).toBeGreaterThan(0);
    // The same file again changes nothing.
    const again = await cocagne(IMPORT, { input: { csvBase64: b64(FIXTURE), dryRun: false } });
    expect(again.data.importMembers).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 300 });
  });

  it('updates by SIRET from a UTF-8 comma file, keeping columns the file does not have', async () => {
    await app.sql(`update member_structures set notes = 'à garder' where id = $1`, [MEMBER.CALANQUES]);
    const csv = '\ufeffRaison sociale,SIRET,Type de structure,Commune\r\n"Atelier Calanques Solidaires",906 789 011 00010,"ACI, EI",Marseille 3e\r\n';
    const dry = await ce(IMPORT, { input: { csvBase64: b64(csv), dryRun: true } });
    expect(dry.data.importMembers.rows[0]).toMatchObject({ action: 'UPDATE', changedFields: ['kinds', 'city'] });
    const r = await ce(IMPORT, { input: { csv, dryRun: false } });
    expect(r.data.importMembers).toMatchObject({ applied: true, updated: 1, encoding: 'utf-8', delimiter: ',' });
    const [row] = await app.sql(`select kinds::text[] as kinds, city, notes, version from member_structures where id = $1`, [MEMBER.CALANQUES]);
    expect(row).toMatchObject({ kinds: ['ACI', 'EI'], city: 'Marseille 3e', notes: 'à garder', version: 2 });
  });

  it('reports every bad row with its line and field, and writes nothing', async () => {
    const csv = [
      HEADER,
      `Bonne structure;${siretFrom('7000000000001')};ACI;13001;Marseille;1;2`,
      `SIRET faux;12345678912345;ACI;13001;Marseille;1;2`,
      `Code postal faux;${siretFrom('7000000000002')};ACI;1300;Marseille;1;2`,
      `Type inconnu;${siretFrom('7000000000003')};SCOP;13001;Marseille;1;2`,
      `ETP absurde;${siretFrom('7000000000004')};ACI;13001;Marseille;-3;2`,
    ].join('\n');
    const p = await refused(ce, csv, ORG.CE);
    expect(p.errorRows).toBe(4);
    expect(p.created).toBe(1);
    const errs = p.rows.filter((r: any) => r.action === 'ERROR').map((r: any) => [r.line, r.errors[0].field, r.errors[0].code]);
    expect(errs).toEqual([
      [3, 'siret', 'siret.checksum'],
      [4, 'postcode', 'postcode.format'],
      [5, 'kinds', 'kinds.unknown'],
      [6, 'etp', 'etp.negative'],
    ]);
  });

  it('refuses duplicate SIRETs inside the file (both lines named)', async () => {
    const s = siretFrom('7100000000001');
    const p = await refused(
      ce,
      `${HEADER}\nA;${s};ACI;13001;Marseille;1;1\nB;${s.replace(/(\d{3})/, '$1 ')};ACI;13001;Marseille;1;1\nC;${s};SCOP;13001;Marseille;1;1\n`,
      ORG.CE,
    );
    expect(p.rows.map((r: any) => [r.line, r.errors.map((e: any) => e.code)])).toEqual([
      [2, ['siret.duplicateInFile']],
      [3, ['siret.duplicateInFile']],
      [4, ['kinds.unknown', 'siret.duplicateInFile']],
    ]);
  });

  it('refuses a SIRET that already belongs to another member of the network (matched by identifier)', async () => {
    const [other] = await app.sql(`select id from member_structures where tenant_id = $1 and id <> $2 limit 1`, [ORG.CE, MEMBER.CALANQUES]);
    const p = await refused(ce, `Identifiant;Raison sociale;SIRET;Type de structure\n${other.id};Renommée;90678901100010;ACI\n`, ORG.CE);
    expect(p.rows[0].errors[0]).toMatchObject({ field: 'siret', code: 'siret.taken' });
  });

  it.each([
    ['a missing required column', 'Raison sociale;Type de structure\nA;ACI\n', 'columns.missing'],
    ['an unknown column', 'Raison sociale;SIRET;Type de structure;Chiffre d’affaires\nA;73282932000074;ACI;12\n', 'columns.unknown'],
    ['broken quoting', 'Raison sociale;SIRET;Type de structure\n"A;73282932000074;ACI\nB;35600000000048;ACI\n', 'file.malformed'],
    ['an empty file', '', 'file.empty'],
    ['a header only', 'Raison sociale;SIRET;Type de structure\r\n', 'file.noRows'],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee]), 'file.binary'],
  ])('refuses %s with a clear report', async (_what, csv, code) => {
    const p = await refused(ce, csv as string, ORG.CE);
    expect(p.fileErrors.map((e: any) => e.code)).toContain(code);
    expect(p.rows).toEqual([]);
  });

  it('refuses a 50,000-row file', async () => {
    const p = await refused(ce, rows(50_000, '6'), ORG.CE);
    expect(p.fileErrors).toEqual([expect.objectContaining({ code: 'file.tooManyRows' })]);
  });

  it('another network importing a SIRET it shares with Chantier école gets its own record; the other stays untouched', async () => {
    const before = (await app.sql(`select * from member_structures where id = $1`, [MEMBER.CALANQUES]))[0];
    const csv = `Raison sociale;SIRET;Type de structure\nAtelier Calanques (FAS);90678901100010;AI\n`;
    const r = await fas(IMPORT, { input: { csv, dryRun: false } });
    // FAS already has this SIRET (seed: shared structure): an update of ITS record.
    expect(r.data.importMembers.rows[0].action).toBe('UPDATE');
    expect((await app.sql(`select * from member_structures where id = $1`, [MEMBER.CALANQUES]))[0]).toEqual(before);
    // Using Chantier école's identifier: unknown to FAS.
    const p = await refused(fas, `Identifiant;Raison sociale;SIRET;Type de structure\n${MEMBER.CALANQUES};Pirate;90678901100010;ACI\n`, ORG.FAS);
    expect(p.rows[0].errors[0]).toMatchObject({ field: 'id', code: 'id.unknown' });
    expect((await app.sql(`select * from member_structures where id = $1`, [MEMBER.CALANQUES]))[0]).toEqual(before);
  });

  it('the Region and a structure account may not import', async () => {
    const region = await app.as('region.admin@passerelle.example');
    const structure = await app.as('structure@calanques.example');
    for (const c of [region, structure]) expect(errorCode(await c(IMPORT, { input: { csv: rows(1, '8'), dryRun: false } }))).toBe('FORBIDDEN');
  });

  it('imports 10,000 rows in batches (measured)', async () => {
    const before = await count(ORG.CE);
    const t0 = performance.now();
    const r = await coorace(IMPORT, { input: { csvBase64: b64(rows(10_000, '5')), dryRun: false } });
    const ms = performance.now() - t0;
    console.log(`import of 10,000 rows: ${ms.toFixed(0)} ms`);
    expect(r.errors).toBeUndefined();
    expect(r.data.importMembers).toMatchObject({ applied: true, created: 10_000 });
    expect(await count(ORG.CE)).toBe(before + 10_000);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});

