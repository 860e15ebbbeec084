import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { ORG } from '../../server/src/seed/demo-ids.js';
import {
  AMEND,
  APPROVE,
  COMMENT,
  CONTRACT,
  CREATE,
  ELIGIBILITY,
  EXAMPLE_ELIGIBLE,
  SAVE_REPORT,
  SET_ALLOCATIONS,
  SUBMIT_REPORT,
  TRANSITION,
  UPDATE,
  VALIDATE_REPORT,
  calanquesStructure,
  gid,
  makeMembers,
} from './contracts-fixtures.js';

type Client = Awaited<ReturnType<TestApp['as']>>;
let app: TestApp;
let ra: Client, rs: Client, ce: Client, st: Client;
let calanques: string;
let others: string[];

beforeAll(async () => {
  app = await startTestApp();
  ra = await app.as('region.admin@passerelle.example');
  rs = await app.as('region.staff@passerelle.example');
  ce = await app.as('admin@chantier-ecole.example');
  st = await app.as('structure@calanques.example');
  calanques = await calanquesStructure(app);
  others = await makeMembers(app, ORG.CE, 2, { prefix: 'Chantier test' });
});
afterAll(() => app?.close());

describe('the contract cycle, role by role', () => {
  let id: string;
  let version: number;
  let objectiveId: string;

  it('Region staff drafts a contract with objectives; the stepper offers negotiation or cancellation', async () => {
    const r = await rs(CREATE, {
      i: {
        networkId: gid('Organization', ORG.CE),
        title: 'Contrat 2031 Chantier école',
        periodStart: '2031-01-01',
        periodEnd: '2031-12-31',
        budgetCents: 100_000_00,
        coordinationCents: 20_000_00,
        objectives: [
          { indicator: 'DYNAMIC_EXIT_RATE', unit: 'PERCENT', target: 60 },
          { indicator: 'TRAINING_HOURS', unit: 'HOURS', target: 1200 },
        ],
      },
    });
    expect(r.errors).toBeUndefined();
    const c = r.data.createContract.contract;
    expect(c).toMatchObject({ status: 'DRAFT', version: 1, threshold: 0.6, budgetCents: 10_000_000, network: { name: 'Chantier école PACA' } });
    expect(c.viewerActions).toMatchObject({ transitions: ['NEGOTIATION', 'CANCELLED'], canEdit: true, canApprove: false });
    id = c.id;
    version = c.version;
  });

  it('allocates to three member structures within the budget; remaining budget is budget − coordination − allocations', async () => {
    const r = await rs(SET_ALLOCATIONS, {
      i: {
        contractId: id,
        version,
        allocations: [
          { memberStructureId: gid('Member', calanques), amountCents: 30_000_00, targets: [{ indicator: 'TRAINING_HOURS', target: 400 }] },
          { memberStructureId: gid('Member', others[0]), amountCents: 25_000_00 },
          { memberStructureId: gid('Member', others[1]), amountCents: 25_000_00 },
        ],
      },
    });
    expect(r.errors).toBeUndefined();
    const c = r.data.setAllocations.contract;
    expect(c.allocatedCents).toBe(80_000_00);
    expect(c.allocations).toHaveLength(3);
    expect(c.version).toBe(version + 1);
    version = c.version;
  });

  it('moves to negotiation; the network and the Region discuss the contract and one objective', async () => {
    const t = await rs(TRANSITION, { i: { id, version, to: 'NEGOTIATION' } });
    expect(t.data.transitionContract.contract.status).toBe('NEGOTIATION');
    version = t.data.transitionContract.contract.version;
    const page = await ce(CONTRACT, { id });
    objectiveId = page.data.contract.objectives.find((o: any) => o.indicator === 'TRAINING_HOURS').id;
    const a = await ce(COMMENT, { i: { contractId: id, body: 'Nous proposons 1 000 heures.', objectiveId } });
    expect(a.errors).toBeUndefined();
    expect(a.data.addContractComment.comment).toMatchObject({ objectiveId, authorOrganizationName: 'Chantier école PACA' });
    await rs(COMMENT, { i: { contractId: id, body: 'D’accord pour 1 000 heures.' } });
    const u = await ce(UPDATE, { i: { id, version, objectives: [{ indicator: 'DYNAMIC_EXIT_RATE', unit: 'PERCENT', target: 60 }, { indicator: 'TRAINING_HOURS', unit: 'HOURS', target: 1000 }] } });
    expect(u.errors).toBeUndefined();
    version = u.data.updateContract.contract.version;
    // The objective kept its id (and so its comments) across the edit.
    expect(u.data.updateContract.contract.objectives.find((o: any) => o.indicator === 'TRAINING_HOURS')).toMatchObject({ id: objectiveId, target: 1000 });
    const after = await rs(CONTRACT, { id });
    expect(after.data.contract.comments).toHaveLength(2);
  });

  it('only a Region administrator signs, and only once the network has approved', async () => {
    const bySigner = await ra(TRANSITION, { i: { id, version, to: 'SIGNED' } });
    expect(errorCode(bySigner)).toBe('FORBIDDEN');
    expect(bySigner.errors![0].extensions.reason).toBe('transition.notApproved');
    const byStaff = await rs(TRANSITION, { i: { id, version, to: 'SIGNED' } });
    expect(errorCode(byStaff)).toBe('FORBIDDEN');
    expect(byStaff.errors![0].extensions.reason).toBe('transition.role');
    const byNetwork = await ce(TRANSITION, { i: { id, version, to: 'SIGNED' } });
    expect(errorCode(byNetwork)).toBe('FORBIDDEN');

    const page = await ce(CONTRACT, { id });
    expect(page.data.contract.viewerActions).toMatchObject({ canApprove: true, transitions: [] });
    const ap = await ce(APPROVE, { i: { id, version } });
    expect(ap.errors).toBeUndefined();
    expect(ap.data.approveContract.contract.approved).toBe(true);
    version = ap.data.approveContract.contract.version;

    const seen = await ra(CONTRACT, { id });
    expect(seen.data.contract.viewerActions.transitions).toContain('SIGNED');
    const s = await ra(TRANSITION, { i: { id, version, to: 'SIGNED' } });
    expect(s.errors).toBeUndefined();
    expect(s.data.transitionContract.contract.status).toBe('SIGNED');
    version = s.data.transitionContract.contract.version;
    const [row] = await app.sql(`select signed_by, signed_at from objective_contracts where id = $1`, [Buffer.from(id, 'base64url').toString().split(':')[1]]);
    expect(row.signed_at).not.toBeNull();
  });

  it('a signed contract is not edited outside an amendment', async () => {
    const u = await rs(UPDATE, { i: { id, version, title: 'Autre titre' } });
    expect(errorCode(u)).toBe('FORBIDDEN');
    expect(u.errors![0].extensions.reason).toBe('contract.signed.amendOnly');
    const a = await rs(SET_ALLOCATIONS, { i: { contractId: id, version, allocations: [] } });
    expect(errorCode(a)).toBe('FORBIDDEN');
    expect((await app.sql(`select count(*)::int as n from allocations`))[0].n).toBeGreaterThanOrEqual(3);
  });

  it('the structure user sees the contract, its objectives and only its own allocation; no discussion', async () => {
    const r = await st(CONTRACT, { id });
    expect(r.errors).toBeUndefined();
    expect(r.data.contract.allocations).toHaveLength(1);
    expect(r.data.contract.allocations[0].memberStructureId).toBe(gid('Member', calanques));
    expect(r.data.contract.allocatedCents).toBe(30_000_00);
    expect(r.data.contract.comments).toEqual([]);
    expect(r.data.contract.objectives).toHaveLength(2);
    const list = await st(`{ contracts { totalCount edges { node { id } } } }`);
    expect(list.data.contracts.edges.map((e: any) => e.node.id)).toContain(id);
  });

  it('node(id) answers allocations and objectives: all to the network, only its own allocation to a structure user', async () => {
    const NODE = `query($id: ID!) { node(id: $id) { __typename id
      ... on Allocation { memberStructureId structureName amountCents targets { indicator target } }
      ... on Objective { indicator unit target } } }`;
    const page = (await ce(CONTRACT, { id })).data.contract;
    const own = page.allocations.find((a: any) => a.memberStructureId === gid('Member', calanques));
    const other = page.allocations.find((a: any) => a.memberStructureId === gid('Member', others[0]));
    const objective = page.objectives.find((o: any) => o.indicator === 'TRAINING_HOURS');
    for (const client of [ce, rs]) {
      const a = await client(NODE, { id: other.id });
      expect(a.errors).toBeUndefined();
      expect(a.data.node).toEqual({ __typename: 'Allocation', id: other.id, memberStructureId: other.memberStructureId, structureName: other.structureName, amountCents: 25_000_00, targets: [] });
      const o = await client(NODE, { id: objective.id });
      expect(o.data.node).toEqual({ __typename: 'Objective', id: objective.id, indicator: 'TRAINING_HOURS', unit: 'HOURS', target: 1000 });
    }
    const mine = await st(NODE, { id: own.id });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.node).toMatchObject({ __typename: 'Allocation', id: own.id, memberStructureId: gid('Member', calanques), amountCents: 30_000_00, targets: [{ indicator: 'TRAINING_HOURS', target: 400 }] });
    expect((await st(NODE, { id: objective.id })).data.node).toMatchObject({ __typename: 'Objective', target: 1000 });
    // Another structure's allocation on the same contract answers exactly like a missing id.
    const hidden = await st(NODE, { id: other.id });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden).toEqual(await st(NODE, { id: gid('Allocation', '00000000-0000-4000-8000-0000000fffff') }));
  });

  it('exits reported by the structure, validated by the network, appear in the Region eligibility view and the results', async () => {
    const s = await st(SAVE_REPORT, { i: { year: 2031, counts: EXAMPLE_ELIGIBLE } });
    expect(s.errors).toBeUndefined();
    const rep = s.data.saveExitReport.exitReport;
    expect(rep.rates).toMatchObject({ examined: 18, dynamic: 12, eligibility: 'ELIGIBLE', totalExits: 20 });
    const sub = await st(SUBMIT_REPORT, { i: { id: rep.id, version: rep.version } });
    expect(sub.data.submitExitReport.exitReport.status).toBe('SUBMITTED');
    const bySt = await st(VALIDATE_REPORT, { i: { id: rep.id, version: sub.data.submitExitReport.exitReport.version } });
    expect(errorCode(bySt)).toBe('FORBIDDEN');
    const v = await ce(VALIDATE_REPORT, { i: { id: rep.id, version: sub.data.submitExitReport.exitReport.version } });
    expect(v.data.validateExitReport.exitReport).toMatchObject({ status: 'VALIDATED', validatedByName: 'Sophie Bernard' });

    const e = await rs(ELIGIBILITY, { y: 2031, f: { networkId: gid('Organization', ORG.CE) }, first: 100 });
    expect(e.errors).toBeUndefined();
    const line = e.data.eligibility.lines.find((l: any) => l.memberStructureId === gid('Member', calanques));
    expect(line.rates).toMatchObject({ examined: 18, dynamic: 12, eligibility: 'ELIGIBLE' });
    expect(line.rates.dynamicRate).toBeCloseTo(2 / 3, 10);
    expect(e.data.eligibility.totals.eligible).toBe(1);

    const page = await rs(CONTRACT, { id });
    const rate = page.data.contract.results.find((x: any) => x.indicator === 'DYNAMIC_EXIT_RATE');
    expect(rate).toMatchObject({ examined: 18, dynamic: 12, computed: 66.67 });
  });

  it('the Region administrator amends the signed contract; before and after are kept and numbered', async () => {
    const r = await ra(AMEND, {
      i: {
        contractId: id,
        version,
        reason: 'Avenant n°1 : renfort formation',
        budgetCents: 110_000_00,
        allocations: [
          { memberStructureId: gid('Member', calanques), amountCents: 40_000_00 },
          { memberStructureId: gid('Member', others[0]), amountCents: 25_000_00 },
          { memberStructureId: gid('Member', others[1]), amountCents: 25_000_00 },
        ],
      },
    });
    expect(r.errors).toBeUndefined();
    const c = r.data.amendContract.contract;
    expect(c.status).toBe('SIGNED');
    expect(c.budgetCents).toBe(110_000_00);
    expect(c.amendments).toHaveLength(1);
    expect(c.amendments[0].number).toBe(1);
    expect(c.amendments[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'budgetCents', before: '10000000', after: '11000000' },
        expect.objectContaining({ field: expect.stringMatching(/^allocation:Atelier Calanques/), before: '3000000', after: '4000000' }),
      ]),
    );
    const byStaff = await rs(AMEND, { i: { contractId: id, version: c.version, reason: 'x', budgetCents: 1 } });
    expect(errorCode(byStaff)).toBe('FORBIDDEN');
    const page = await rs(CONTRACT, { id });
    const actions = page.data.contract.history.edges.map((e: any) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(['created', 'allocations', 'status:NEGOTIATION', 'approved', 'status:SIGNED', 'amendment:1', 'commented', 'updated']));
  });

  it('exposes the exit-reason catalogue with categories', async () => {
    const r = await st(`{ exitReasons { code labelFr category } }`);
    expect(r.data.exitReasons.length).toBeGreaterThanOrEqual(18);
    expect(r.data.exitReasons.find((x: any) => x.code === 'DEATH')).toMatchObject({ category: 'WITHDRAWN', labelFr: 'Décès' });
  });
});
