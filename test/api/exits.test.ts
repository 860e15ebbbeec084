import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type GqlResult, type TestApp } from '../helpers/app.js';
import { asAppRole } from '../helpers/rls.js';
import { ORG } from '../../server/src/seed/demo-ids.js';
import {
  CREATE,
  ELIGIBILITY,
  EXAMPLE_ELIGIBLE,
  EXAMPLE_NOT_ELIGIBLE,
  REOPEN_REPORT,
  SAVE_REPORT,
  SET_ALLOCATIONS,
  SUBMIT_REPORT,
  TRANSITION,
  APPROVE,
  VALIDATE_REPORT,
  calanquesStructure,
  gid,
  makeMembers,
  rawOf,
} from './contracts-fixtures.js';

type Client = Awaited<ReturnType<TestApp['as']>>;
let app: TestApp;
let ra: Client, rs: Client, ce: Client, fas: Client, st: Client;
let calanques: string;
let ceMembers: string[];
let fasMember: string;

const fields = (r: GqlResult) => (r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[];
const reports = async () => (await app.sql(`select count(*)::int as n from exit_reports`))[0].n as number;

/** A signed 2032 contract for Chantier école covering Calanques. */
async function signedContract() {
  const c = (await rs(CREATE, { i: { networkId: gid('Organization', ORG.CE), title: 'C 2032', periodStart: '2032-01-01', periodEnd: '2032-12-31', budgetCents: 1_000_000 } })).data.createContract.contract;
  const a = await rs(SET_ALLOCATIONS, { i: { contractId: c.id, version: c.version, allocations: [{ memberStructureId: gid('Member', calanques), amountCents: 1000 }] } });
  const n = await rs(TRANSITION, { i: { id: c.id, version: a.data.setAllocations.contract.version, to: 'NEGOTIATION' } });
  const p = await ce(APPROVE, { i: { id: c.id, version: n.data.transitionContract.contract.version } });
  const s = await ra(TRANSITION, { i: { id: c.id, version: p.data.approveContract.contract.version, to: 'SIGNED' } });
  expect(s.data.transitionContract.contract.status).toBe('SIGNED');
  return c.id as string;
}

beforeAll(async () => {
  app = await startTestApp();
  ra = await app.as('region.admin@passerelle.example');
  rs = await app.as('region.staff@passerelle.example');
  ce = await app.as('admin@chantier-ecole.example');
  fas = await app.as('staff@fas.example');
  st = await app.as('structure@calanques.example');
  calanques = await calanquesStructure(app);
  ceMembers = await makeMembers(app, ORG.CE, 3, { kinds: ['AI'], department: '84' });
  [fasMember] = await makeMembers(app, ORG.FAS, 1);
  await signedContract();
});
afterAll(() => app?.close());

describe('exit reports', () => {
  it('the structure reports its own exits; rates are computed from the counts (DOMAIN.md second example)', async () => {
    const r = await st(SAVE_REPORT, { i: { year: 2032, counts: EXAMPLE_NOT_ELIGIBLE, notExamined: 3 } });
    expect(r.errors).toBeUndefined();
    const rep = r.data.saveExitReport.exitReport;
    expect(rep.rates).toMatchObject({ totalExits: 28, examined: 24, dynamic: 13, eligibility: 'NOT_ELIGIBLE', threshold: 0.6 });
    expect(rep.rates.dynamicRate).toBeCloseTo(13 / 24, 10);
    // Edit with the version, then a stale edit is a CONFLICT and changes nothing.
    const e = await st(SAVE_REPORT, { i: { id: rep.id, version: rep.version, year: 2032, counts: EXAMPLE_ELIGIBLE } });
    expect(e.data.saveExitReport.exitReport.rates).toMatchObject({ examined: 18, dynamic: 12, eligibility: 'ELIGIBLE' });
    const stale = await st(SAVE_REPORT, { i: { id: rep.id, version: rep.version, year: 2032, counts: [] } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const [row] = await app.sql(`select counts from exit_reports where id = $1`, [rawOf(rep.id)]);
    expect(row.counts.CDI).toBe(5);
  });

  it('bad counts, unknown reasons, duplicates, a year outside the contract, another network’s structure: refused, nothing written', async () => {
    const before = await reports();
    const bad = await ce(SAVE_REPORT, {
      i: { memberStructureId: gid('Member', ceMembers[0]), year: 2032, counts: [{ reasonCode: 'CDI', count: -1 }, { reasonCode: 'CDD_UNDER_6M', count: 2.5 }, { reasonCode: 'NOPE', count: 1 }], notExamined: -2 },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fields(bad).map((f) => `${f.field}:${f.code}`)).toEqual(
      expect.arrayContaining(['counts.0.count:exitReport.count.negative', 'counts.1.count:exitReport.count.notWhole', 'counts.2.reasonCode:exitReport.reason.unknown', 'notExamined:exitReport.count.negative']),
    );
    const outside = await ce(SAVE_REPORT, { i: { memberStructureId: gid('Member', ceMembers[0]), year: 2033, counts: [] } });
    expect(fields(outside)[0]).toMatchObject({ field: 'year', code: 'exitReport.year.outsideContract' });
    const foreign = await ce(SAVE_REPORT, { i: { memberStructureId: gid('Member', fasMember), year: 2032, counts: [] } });
    expect(fields(foreign)[0]).toMatchObject({ field: 'memberStructureId', code: 'exitReport.structure.notMember' });
    const notMine = await st(SAVE_REPORT, { i: { memberStructureId: gid('Member', ceMembers[0]), year: 2032, counts: [] } });
    expect(fields(notMine)[0]).toMatchObject({ field: 'memberStructureId', code: 'exitReport.structure.notMember' });
    const twice = await st(SAVE_REPORT, { i: { year: 2032, counts: [] } });
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(fields(twice)[0]).toMatchObject({ field: 'year', code: 'exitReport.duplicate' });
    expect(await reports()).toBe(before);
  });

  it('submit, validate (network only), locked once validated, reopened with history', async () => {
    const [mine] = (await st(`{ exitReports(filter: { year: 2032 }) { edges { node { id version status } } } }`)).data.exitReports.edges.map((e: any) => e.node);
    const s = await st(SUBMIT_REPORT, { i: { id: mine.id, version: mine.version } });
    expect(s.data.submitExitReport.exitReport.status).toBe('SUBMITTED');
    let v = s.data.submitExitReport.exitReport.version;
    expect(errorCode(await st(SAVE_REPORT, { i: { id: mine.id, version: v, year: 2032, counts: [] } }))).toBe('FORBIDDEN');
    expect(errorCode(await rs(VALIDATE_REPORT, { i: { id: mine.id, version: v } }))).toBe('FORBIDDEN');
    expect(errorCode(await fas(VALIDATE_REPORT, { i: { id: mine.id, version: v } }))).toBe('NOT_FOUND');
    const ok = await ce(VALIDATE_REPORT, { i: { id: mine.id, version: v } });
    expect(ok.data.validateExitReport.exitReport.status).toBe('VALIDATED');
    v = ok.data.validateExitReport.exitReport.version;
    const locked = await ce(SAVE_REPORT, { i: { id: mine.id, version: v, year: 2032, counts: [] } });
    expect(errorCode(locked)).toBe('FORBIDDEN');
    expect(locked.errors![0].extensions.reason).toBe('exitReport.locked');
    const re = await ce(REOPEN_REPORT, { i: { id: mine.id, version: v } });
    expect(re.data.reopenExitReport.exitReport.status).toBe('DRAFT');
    const h = await ce(`query($id: ID!) { exitReport(id: $id) { history { edges { node { action } } } } }`, { id: mine.id });
    expect(h.data.exitReport.history.edges.map((e: any) => e.node.action)).toEqual(['reopen', 'validate', 'submit', 'updated', 'created']);
    // Validate again for the eligibility tests below.
    const s2 = await st(SUBMIT_REPORT, { i: { id: mine.id, version: re.data.reopenExitReport.exitReport.version } });
    await ce(VALIDATE_REPORT, { i: { id: mine.id, version: s2.data.submitExitReport.exitReport.version } });
  });

  it('another network neither reads nor acts on a report; row-level security alone agrees', async () => {
    const [mine] = (await ce(`{ exitReports(filter: { year: 2032 }) { edges { node { id version } } } }`)).data.exitReports.edges.map((e: any) => e.node);
    expect(errorCode(await fas(`query($id: ID!) { exitReport(id: $id) { id } }`, { id: mine.id }))).toBe('NOT_FOUND');
    expect(errorCode(await fas(`query($id: ID!) { node(id: $id) { id } }`, { id: mine.id }))).toBe('NOT_FOUND');
    expect((await fas(`{ exitReports(filter: { year: 2032 }) { totalCount } }`)).data.exitReports.totalCount).toBe(0);
    expect(errorCode(await fas(REOPEN_REPORT, { i: { id: mine.id, version: mine.version } }))).toBe('NOT_FOUND');
    expect(await asAppRole(app, { tenantId: ORG.FAS, orgKind: 'FEDERATION', organizationId: ORG.FAS }, `select count(*)::int as n from exit_reports`)).toEqual([{ n: 0 }]);
    const asSt = { tenantId: ORG.CE, orgKind: 'STRUCTURE' as const, organizationId: ORG.CALANQUES_ACCOUNT, structureId: calanques };
    const seen = await asAppRole(app, asSt, `select distinct member_structure_id from exit_reports`);
    expect(seen).toEqual([{ member_structure_id: calanques }]);
  });
});

describe('eligibility view', () => {
  it('the Region sees every network; the seeded 2019 lines are eligible, not eligible and undefined', async () => {
    const r = await rs(ELIGIBILITY, { y: 2019, first: 100 });
    expect(r.errors).toBeUndefined();
    const v = r.data.eligibility;
    const networks = new Set(v.lines.map((l: any) => l.networkName));
    expect(networks.size).toBe(5);
    expect(v.totals.eligible).toBeGreaterThanOrEqual(1);
    expect(v.totals.notEligible).toBeGreaterThanOrEqual(1);
    expect(v.totals.undefined).toBeGreaterThanOrEqual(1);
    const undefinedLine = v.lines.find((l: any) => l.rates.eligibility === 'UNDEFINED');
    expect(undefinedLine.rates.dynamicRate).toBeNull();
  });

  it('a network sees its own members only; filters by kind and department', async () => {
    const r = await ce(ELIGIBILITY, { y: 2032, first: 100 });
    expect(new Set(r.data.eligibility.lines.map((l: any) => l.networkName))).toEqual(new Set(['Chantier école PACA']));
    const line = r.data.eligibility.lines.find((l: any) => l.memberStructureId === gid('Member', calanques));
    expect(line.rates).toMatchObject({ eligibility: 'ELIGIBLE', examined: 18 });
    const fasView = await fas(ELIGIBILITY, { y: 2032, first: 100 });
    expect(fasView.data.eligibility.lines.some((l: any) => l.memberStructureId === gid('Member', calanques))).toBe(false);
    const ai = await rs(ELIGIBILITY, { y: 2032, f: { kind: 'AI', department: '84', networkId: gid('Organization', ORG.CE) }, first: 100 });
    expect(ai.data.eligibility.totalCount).toBe(3);
    expect(ai.data.eligibility.lines.every((l: any) => l.kinds.includes('AI') && l.department === '84')).toBe(true);
    expect(errorCode(await st(ELIGIBILITY, { y: 2032 }))).toBe('FORBIDDEN');
  });

  it('exports CSV with ;, a UTF-8 BOM and decimal commas', async () => {
    const token = await app.login('region.staff@passerelle.example');
    const res = await fetch(`${app.url}/api/eligibility.csv?year=2032&network=${gid('Organization', ORG.CE)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const buf = Buffer.from(await res.arrayBuffer());
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8').slice(1);
    expect(text.split('\n')[0]).toContain('Réseau;Structure;SIRET');
    expect(text).toMatch(/;18;12;66,7;27,8;50,0;60,0;Éligible/);
    const fasToken = await app.login('staff@fas.example');
    const other = await (await fetch(`${app.url}/api/eligibility.csv?year=2032`, { headers: { authorization: `Bearer ${fasToken}` } })).text();
    expect(other).toContain('Fédération des acteurs');
    expect(other).not.toContain('Chantier école PACA');
  });

  it('takes the same number of statements for 3 structures as for 1,000', async () => {
    await makeMembers(app, ORG.COCAGNE, 1000, { prefix: 'Jardin masse' });
    let small: GqlResult | undefined;
    let big: GqlResult | undefined;
    const a = await app.countQueries(async () => (small = await rs(ELIGIBILITY, { y: 2032, f: { networkId: gid('Organization', ORG.CE) }, first: 100 })));
    const b = await app.countQueries(async () => (big = await rs(ELIGIBILITY, { y: 2032, f: { networkId: gid('Organization', ORG.COCAGNE) }, first: 100 })));
    expect(big!.data.eligibility.totalCount).toBeGreaterThanOrEqual(1000);
    expect(small!.data.eligibility.totalCount).toBeLessThan(100);
    expect(b).toBe(a);
  });
});

describe('Mes objectifs and the Region dashboard', () => {
  it('the structure user sees its contracts, its own allocation and its reports', async () => {
    const r = await st(`{ myObjectives { contract { title objectives { indicator target } } allocation { memberStructureId amountCents } exitReports { year rates { eligibility } } } }`);
    expect(r.errors).toBeUndefined();
    const c2032 = r.data.myObjectives.find((m: any) => m.contract.title === 'C 2032');
    expect(c2032.allocation).toMatchObject({ memberStructureId: gid('Member', calanques), amountCents: 1000 });
    expect(c2032.exitReports).toEqual([{ year: 2032, rates: { eligibility: 'ELIGIBLE' } }]);
    expect(errorCode(await ce(`{ myObjectives { contract { id } } }`))).toBe('FORBIDDEN');
  });

  it('the Region dashboard shows contracts per network and the envelope; a stale envelope edit is a CONFLICT', async () => {
    const d = await rs(`{ regionDashboard(year: 2019) { envelopeCents envelopeVersion signedBudgetCents networks { networkName status eligible notEligible } trend { year signedBudgetCents } } }`);
    expect(d.errors).toBeUndefined();
    expect(d.data.regionDashboard.networks).toHaveLength(5);
    expect(d.data.regionDashboard.networks.find((n: any) => n.networkName === 'Chantier école PACA')).toMatchObject({ status: 'SIGNED', eligible: 1, notEligible: 1 });
    expect(d.data.regionDashboard.signedBudgetCents).toBe(80_000_000);
    expect(d.data.regionDashboard.trend).toHaveLength(5);
    const v = d.data.regionDashboard.envelopeVersion;
    const set = `mutation($i: SetRegionEnvelopeInput!) { setRegionEnvelope(input: $i) { envelopeCents envelopeVersion } }`;
    expect(errorCode(await rs(set, { i: { year: 2019, envelopeCents: 1, version: v } }))).toBe('FORBIDDEN');
    const ok = await ra(set, { i: { year: 2019, envelopeCents: 400_000_000, version: v } });
    expect(ok.data.setRegionEnvelope).toMatchObject({ envelopeCents: 400_000_000, envelopeVersion: v + 1 });
    expect(errorCode(await ra(set, { i: { year: 2019, envelopeCents: 1, version: v } }))).toBe('CONFLICT');
    expect(errorCode(await ra(set, { i: { year: 2019, envelopeCents: -1, version: v + 1 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ce(`{ regionDashboard(year: 2019) { year } }`))).toBe('FORBIDDEN');
    expect(errorCode(await rs(`{ regionDashboard(year: 1900) { year } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('the exit report list and a network staff member’s own contract', () => {
  it('takes the same number of statements for 3 reports as for 50', async () => {
    const members = await makeMembers(app, ORG.CE, 50, { prefix: 'Rapport masse' });
    const [{ id: contract }] = await app.sql(`select id from objective_contracts where tenant_id = $1 and status = 'SIGNED' and period_start = '2032-01-01'`, [ORG.CE]);
    await app.sql(
      `insert into exit_reports (id, tenant_id, member_structure_id, contract_id, year, counts) select gen_random_uuid(), $1, m, $2, 2033, '{"CDI": 1}' from unnest($3::uuid[]) m`,
      [ORG.CE, contract, members],
    );
    const lean = `query($first: Int) { exitReports(first: $first) { totalCount edges { node { id structureName rates { dynamicRate eligibility } } } } }`;
    let big: any;
    const fifty = await app.countQueries(async () => (big = await ce(lean, { first: 50 })));
    expect(big.data.exitReports.edges).toHaveLength(50);
    expect(fifty).toBe(await app.countQueries(() => ce(lean, { first: 3 })));
  });

  it('network staff negotiate their own contract (edit, comment) but do not approve; results are recorded once signed', async () => {
    const list = await fas(`{ contracts(filter: { year: 2019 }) { edges { node { id version status viewerActions { canEdit canApprove canComment } objectives { id indicator } } } } }`);
    const c = list.data.contracts.edges[0].node;
    expect(c).toMatchObject({ status: 'NEGOTIATION', viewerActions: { canEdit: true, canApprove: false, canComment: true } });
    const u = await fas(`mutation($i: UpdateContractInput!) { updateContract(input: $i) { contract { version objectives { indicator target } } } }`, {
      i: { id: c.id, version: c.version, objectives: [{ indicator: 'DYNAMIC_EXIT_RATE', unit: 'PERCENT', target: 55 }] },
    });
    expect(u.errors).toBeUndefined();
    expect(u.data.updateContract.contract.objectives).toEqual([{ indicator: 'DYNAMIC_EXIT_RATE', target: 55 }]);
    expect(errorCode(await fas(APPROVE, { i: { id: c.id, version: u.data.updateContract.contract.version } }))).toBe('FORBIDDEN');
    // Results: refused before signature, recorded after (Chantier école's seeded signed contract).
    const rec = `mutation($i: RecordResultInput!) { recordResult(input: $i) { indicator interim final attainment } }`;
    expect(errorCode(await fas(rec, { i: { objectiveId: c.objectives[0].id, period: 'INTERIM', actual: 50 } }))).toBe('FORBIDDEN');
    const signed = (await ce(`{ contracts(filter: { year: 2019 }) { edges { node { objectives { id indicator } } } } }`)).data.contracts.edges[0].node;
    const trained = signed.objectives.find((o: any) => o.indicator === 'PEOPLE_TRAINED');
    const r = await ce(rec, { i: { objectiveId: trained.id, period: 'INTERIM', actual: 60 } });
    expect(r.data.recordResult.find((x: any) => x.indicator === 'PEOPLE_TRAINED')).toMatchObject({ interim: 60, final: null, attainment: 0.5 });
    expect(errorCode(await ce(rec, { i: { objectiveId: trained.id, period: 'FINAL', actual: 2.5 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await fas(rec, { i: { objectiveId: trained.id, period: 'FINAL', actual: 10 } }))).toBe('NOT_FOUND');
  });
});
