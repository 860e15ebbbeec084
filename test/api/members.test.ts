import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { asAppRole } from '../helpers/rls.js';
import { CREATE, HISTORY, LIST, MEMBER, NODE, ONE, ORG, STATUS, UPDATE, VALID, gid, orgGid, valuesOf } from './members.fixtures.js';

type Client = Awaited<ReturnType<TestApp['as']>>;

describe('member structures: register, roles and isolation', () => {
  let app: TestApp;
  let ce: Client; // FEDERATION_ADMIN Chantier école
  let fas: Client; // FEDERATION_STAFF FAS
  let region: Client; // REGION_STAFF
  let regionAdmin: Client;
  let calanques: Client; // STRUCTURE_USER of Atelier Calanques Solidaires (CE)
  let rq: Client; // multi as FEDERATION_STAFF of Régies Méditerranée
  const countMembers = async (tenant: string) => (await app.sql(`select count(*)::int as n from member_structures where tenant_id = $1`, [tenant]))[0].n;

  beforeAll(async () => {
    app = await startTestApp();
    ce = await app.as('admin@chantier-ecole.example');
    fas = await app.as('staff@fas.example');
    region = await app.as('region.staff@passerelle.example');
    regionAdmin = await app.as('region.admin@passerelle.example');
    calanques = await app.as('structure@calanques.example');
    rq = await app.as('multi@passerelle.example', 'regies-mediterranee');
  });
  afterAll(() => app?.close());

  describe('reading', () => {
    it('a network lists only its own register, with totalCount and pages', async () => {
      const r = await ce(LIST, { first: 5 });
      expect(r.errors).toBeUndefined();
      const total = await countMembers(ORG.CE);
      expect(r.data.members.totalCount).toBe(total);
      expect(r.data.members.edges).toHaveLength(5);
      expect(new Set(r.data.members.edges.map((e: any) => e.node.network.slug))).toEqual(new Set(['chantier-ecole']));
      expect((await ce(LIST, { first: 0 })).data.members.totalCount).toBe(total);
      const next = await ce(LIST, { first: 5, after: r.data.members.pageInfo.endCursor });
      const names = [...r.data.members.edges, ...next.data.members.edges].map((e: any) => e.node.name);
      expect(new Set(names).size).toBe(names.length);
      // Sorted by name by default.
      const firstPage = r.data.members.edges.map((e: any) => e.node.name.toLowerCase());
      expect([...firstPage].sort((a, b) => a.localeCompare(b))).toEqual(firstPage);
    });

    it('searches by name (accents and case ignored), SIRET with spaces, and city', async () => {
      const byName = await ce(LIST, { filter: { search: 'calanques SOLIDAIRES' } });
      expect(byName.data.members.edges.map((e: any) => e.node.name)).toEqual(['Atelier Calanques Solidaires']);
      const accents = await fas(LIST, { filter: { search: 'ventoux' } });
      expect(accents.data.members.totalCount).toBe(1);
      const bySiret = await ce(LIST, { filter: { search: '906 789 011' } });
      expect(bySiret.data.members.edges[0].node.siret).toBe('90678901100010');
      const byCity = await ce(LIST, { filter: { search: 'marseille' } });
      expect(byCity.data.members.edges.map((e: any) => e.node.name)).toContain('Atelier Calanques Solidaires');
      const cocagne = await (await app.as('multi@passerelle.example', 'cocagne'))(LIST, { filter: { search: 'buech' } });
      expect(cocagne.data.members.edges.map((e: any) => e.node.name)).toEqual(['Jardins du Buëch']);
    });

    it('filters by kind, department and status, and sorts', async () => {
      const r = await rq(LIST, { first: 100, filter: { kinds: ['EI'] } });
      expect(r.data.members.totalCount).toBeGreaterThan(0);
      expect(r.data.members.edges.every((e: any) => e.node.kinds.includes('EI'))).toBe(true);
      const dep = await ce(LIST, { first: 100, filter: { departments: ['13'] } });
      expect(dep.data.members.edges.every((e: any) => e.node.department === '13')).toBe(true);
      expect(dep.data.members.totalCount).toBeGreaterThan(0);
      const left = await ce(LIST, { filter: { statuses: ['LEFT'] } });
      expect(left.data.members.totalCount).toBe(0);
      const byCity = await ce(LIST, { first: 100, orderBy: { field: 'CITY', direction: 'DESC' } });
      const cities = byCity.data.members.edges.map((e: any) => e.node.city.toLowerCase());
      expect([...cities].sort((a, b) => b.localeCompare(a))).toEqual(cities);
    });

    it('the Region reads every register, with a network filter', async () => {
      const all = await region(LIST, { first: 100 });
      const total = (await app.sql(`select count(*)::int as n from member_structures`))[0].n;
      expect(all.data.members.totalCount).toBe(total);
      expect(new Set(all.data.members.edges.map((e: any) => e.node.network.slug)).size).toBe(5);
      const onlyFas = await region(LIST, { first: 100, filter: { networkIds: [orgGid(ORG.FAS)] } });
      expect(onlyFas.data.members.totalCount).toBe(await countMembers(ORG.FAS));
      expect(onlyFas.data.members.edges.every((e: any) => e.node.network.slug === 'fas')).toBe(true);
      const bad = await region(LIST, { filter: { networkIds: ['nope'] } });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });

    it('the Region’s consolidated view gives one line per SIRET with its networks', async () => {
      const r = await region(`{ structuresBySiret(first: 10, sharedOnly: true) { totalCount edges { node { siret name networks { slug } members { id } } } } }`);
      expect(r.errors).toBeUndefined();
      const calanquesLine = r.data.structuresBySiret.edges.find((e: any) => e.node.siret === '90678901100010');
      expect(calanquesLine.node.networks.map((n: any) => n.slug).sort()).toEqual(['chantier-ecole', 'fas']);
      expect(calanquesLine.node.members).toHaveLength(2);
      const all = await region(`{ structuresBySiret(first: 1) { totalCount } }`);
      const distinct = (await app.sql(`select count(distinct siret)::int as n from member_structures`))[0].n;
      expect(all.data.structuresBySiret.totalCount).toBe(distinct);
      expect(errorCode(await ce(`{ structuresBySiret(first: 1) { totalCount } }`))).toBe('FORBIDDEN');
    });

    it('a structure account sees only its own record', async () => {
      const list = await calanques(LIST, {});
      expect(list.data.members.totalCount).toBe(1);
      expect(list.data.members.edges[0].node.name).toBe('Atelier Calanques Solidaires');
      expect((await calanques(ONE, { id: gid(MEMBER.CALANQUES) })).data.member.siret).toBe('90678901100010');
      // Another member of its own network, and another network's: NOT_FOUND.
      const other = (await app.sql(`select id from member_structures where tenant_id = $1 and id <> $2 limit 1`, [ORG.CE, MEMBER.CALANQUES]))[0].id;
      expect(errorCode(await calanques(ONE, { id: gid(other) }))).toBe('NOT_FOUND');
      expect(errorCode(await calanques(NODE, { id: gid(other) }))).toBe('NOT_FOUND');
      expect(errorCode(await calanques(ONE, { id: gid(MEMBER.VENTOUX) }))).toBe('NOT_FOUND');
      expect(errorCode(await calanques(HISTORY, { id: gid(MEMBER.CALANQUES) }))).toBe('FORBIDDEN');
    });

    it('another network gets NOT_FOUND for member(id), node(id) and history, and an empty search', async () => {
      for (const q of [ONE, NODE, HISTORY]) {
        const r = await fas(q, { id: gid(MEMBER.CALANQUES) });
        expect(errorCode(r)).toBe('NOT_FOUND');
      }
      // A missing id answers the same.
      expect(errorCode(await fas(ONE, { id: gid('00000000-0000-4000-8000-00000000dead') }))).toBe('NOT_FOUND');
      const search = await fas(LIST, { filter: { search: 'Buëch' } });
      expect(search.data.members.totalCount).toBe(0);
      const byNetwork = await fas(LIST, { filter: { networkIds: [orgGid(ORG.CE)] } });
      expect(byNetwork.data.members.totalCount).toBe(0);
    });

    it('row-level security alone hides other networks and other structures', async () => {
      const sql = `select tenant_id, id from member_structures`;
      const asFas = await asAppRole(app, { tenantId: ORG.FAS, orgKind: 'FEDERATION', organizationId: ORG.FAS }, sql);
      expect(asFas.length).toBe(await countMembers(ORG.FAS));
      expect(asFas.every((r) => r.tenant_id === ORG.FAS)).toBe(true);
      const asStructure = await asAppRole(
        app,
        { tenantId: ORG.CE, orgKind: 'STRUCTURE', organizationId: ORG.CALANQUES_ACCOUNT, structureId: MEMBER.CALANQUES },
        sql,
      );
      expect(asStructure.map((r) => r.id)).toEqual([MEMBER.CALANQUES]);
      const nothing = await asAppRole(app, {}, sql);
      expect(nothing).toEqual([]);
      // Writing into another network is refused by the policy itself.
      await expect(
        asAppRole(app, { tenantId: ORG.FAS, orgKind: 'FEDERATION' }, `update member_structures set name = 'x' where tenant_id = $1 returning id`, [ORG.CE]),
      ).resolves.toEqual([]);
      await expect(
        asAppRole(
          app,
          { tenantId: ORG.FAS, orgKind: 'FEDERATION' },
          `insert into member_structures (id, tenant_id, name, siret, kinds) values (gen_random_uuid(), $1, 'x', '73282932000074', '{ACI}')`,
          [ORG.CE],
        ),
      ).rejects.toThrow(/row-level security/);
      const audit = await asAppRole(app, { tenantId: ORG.FAS, orgKind: 'FEDERATION' }, `select distinct tenant_id from audit_events where entity_type = 'Member'`);
      expect(audit.map((r) => r.tenant_id)).toEqual([ORG.FAS]);
    });

    it('the list uses the same number of SQL statements for 5 and 100 rows, with network and history count', async () => {
      await app.sql(
        `insert into member_structures (id, tenant_id, name, siret, kinds)
         select gen_random_uuid(), $1, 'Structure de charge ' || g, '8' || lpad(g::text, 12, '0') || '0', '{ACI}' from generate_series(1, 120) g`,
        [ORG.COORACE],
      );
      const coorace = await app.as('region.admin@passerelle.example');
      const q = `query($first: Int) { members(first: $first, filter: { search: "charge" }) { totalCount edges { node { id name network { name } historyCount structureAccount { id } } } } }`;
      let small: any;
      let big: any;
      const n5 = await app.countQueries(async () => (small = await coorace(q, { first: 5 })));
      const n100 = await app.countQueries(async () => (big = await coorace(q, { first: 100 })));
      expect(small.errors).toBeUndefined();
      expect(big.data.members.edges).toHaveLength(100);
      expect(n100).toBe(n5);
    });
    it('the by-SIRET view uses the same number of statements for 2 and 50 lines, with networks and records', async () => {
      const q = `query($first: Int) { structuresBySiret(first: $first) { edges { node { siret networks { name } members { id name network { slug } historyCount } } } } }`;
      let small: any;
      let big: any;
      const n2 = await app.countQueries(async () => (small = await region(q, { first: 2 })));
      const n50 = await app.countQueries(async () => (big = await region(q, { first: 50 })));
      expect(small.errors).toBeUndefined();
      expect(big.data.structuresBySiret.edges).toHaveLength(50);
      expect(n50).toBe(n2);
    });
  });

  describe('editing', () => {
    let created: any;

    it('a network creates a member: normalised values, department from postcode, audited', async () => {
      const before = await countMembers(ORG.CE);
      const r = await ce(CREATE, { input: VALID });
      expect(r.errors).toBeUndefined();
      created = r.data.createMember.member;
      expect(created).toMatchObject({
        siret: '73282932000074',
        department: '13',
        website: 'https://www.test.example',
        phone: '04 42 00 00 00',
        status: 'ACTIVE',
        version: 1,
      });
      expect(await countMembers(ORG.CE)).toBe(before + 1);
      const h = await ce(HISTORY, { id: created.id });
      expect(h.data.member.historyCount).toBe(1);
      expect(h.data.member.history.edges[0].node).toMatchObject({ action: 'CREATED', actorName: 'Sophie Bernard' });
    });

    it('the same SIRET twice in a network is refused; another network may have it', async () => {
      const again = await ce(CREATE, { input: { ...VALID, name: 'Doublon' } });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(again.errors![0].extensions.fields[0]).toMatchObject({ field: 'siret', code: 'siret.taken' });
      const elsewhere = await fas(CREATE, { input: VALID });
      expect(elsewhere.errors).toBeUndefined();
    });

    it.each([
      ['siret', { siret: '12345678912345' }, 'siret.checksum'],
      ['siret', { siret: '1234' }, 'siret.format'],
      ['postcode', { postcode: '1300' }, 'postcode.format'],
      ['email', { email: 'pas-un-courriel' }, 'email.invalid'],
      ['website', { website: 'javascript:alert(1)' }, 'website.invalid'],
      ['etp', { etp: -2 }, 'etp.negative'],
      ['etp', { etp: 100000 }, 'etp.too_big'],
      ['insertionHeadcount', { insertionHeadcount: -1 }, 'insertionHeadcount.negative'],
      ['name', { name: 'x'.repeat(201) }, 'name.too_long'],
      ['notes', { notes: 'x'.repeat(5001) }, 'notes.too_long'],
      ['kinds', { kinds: ['ACI', 'SCOP'] }, 'kinds.unknown'],
      ['annexNumber', { annexNumber: 'ACI-2023' }, 'annexNumber.format'],
      ['phone', { phone: '12' }, 'phone.invalid'],
    ])('bad %s → BAD_USER_INPUT naming the field, nothing written', async (field, patch, code) => {
      const before = await countMembers(ORG.CE);
      const r = await ce(CREATE, { input: { ...VALID, siret: '35600000000048', ...patch } });
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.fields).toContainEqual(expect.objectContaining({ field, code }));
      expect(await countMembers(ORG.CE)).toBe(before);
    });

    it('updates with the version seen; a stale version is a CONFLICT and changes nothing', async () => {
      const first = await ce(UPDATE, { input: { id: created.id, version: 1, ...valuesOf(created), city: 'Aix' } });
      expect(first.errors).toBeUndefined();
      expect(first.data.updateMember.member).toMatchObject({ city: 'Aix', version: 2 });
      // A second person still holds version 1.
      const second = await ce(UPDATE, { input: { id: created.id, version: 1, ...valuesOf(created), city: 'Marseille' } });
      expect(errorCode(second)).toBe('CONFLICT');
      expect((await ce(ONE, { id: created.id })).data.member).toMatchObject({ city: 'Aix', version: 2 });
      const h = await ce(HISTORY, { id: created.id });
      expect(h.data.member.history.edges[0].node).toMatchObject({ action: 'UPDATED', changes: [{ field: 'city', from: 'Aix-en-Provence', to: 'Aix' }] });
    });

    it('two simultaneous edits of the same version: one wins, the other gets CONFLICT', async () => {
      const cur = (await ce(ONE, { id: created.id })).data.member;
      const [a, b] = await Promise.all([
        ce(UPDATE, { input: { id: created.id, version: cur.version, ...valuesOf(cur), city: 'Gardanne' } }),
        ce(UPDATE, { input: { id: created.id, version: cur.version, ...valuesOf(cur), city: 'Vitrolles' } }),
      ]);
      expect([a, b].map(errorCode).sort()).toEqual(['CONFLICT', undefined].sort());
    });

    it('changing the SIRET to another member’s is refused', async () => {
      const cur = (await ce(ONE, { id: created.id })).data.member;
      const r = await ce(UPDATE, { input: { id: created.id, version: cur.version, ...valuesOf(cur), siret: '90678901100010' } });
      expect(r.errors![0].extensions.fields[0]).toMatchObject({ field: 'siret', code: 'siret.taken' });
    });

    it('suspends, ends and restores a membership with dates; the history keeps each change', async () => {
      let cur = (await ce(ONE, { id: created.id })).data.member;
      const s1 = await ce(STATUS, { input: { id: created.id, version: cur.version, status: 'SUSPENDED', since: '2026-03-01' } });
      expect(s1.data.setMemberStatus.member).toMatchObject({ status: 'SUSPENDED', statusSince: '2026-03-01' });
      cur = s1.data.setMemberStatus.member;
      const s2 = await ce(STATUS, { input: { id: created.id, version: cur.version, status: 'LEFT', since: '2026-06-30' } });
      cur = s2.data.setMemberStatus.member;
      const back = await ce(STATUS, { input: { id: created.id, version: cur.version, status: 'ACTIVE', since: '2027-01-01' } });
      expect(back.data.setMemberStatus.member.status).toBe('ACTIVE');
      const same = await ce(STATUS, { input: { id: created.id, version: back.data.setMemberStatus.member.version, status: 'ACTIVE', since: '2027-01-01' } });
      expect(same.errors![0].extensions.fields[0].code).toBe('status.unchanged');
      const badDate = await ce(STATUS, { input: { id: created.id, version: back.data.setMemberStatus.member.version, status: 'LEFT', since: '2026-02-31' } });
      expect(badDate.errors![0].extensions.fields[0]).toMatchObject({ field: 'since', code: 'since.format' });
      const stale = await ce(STATUS, { input: { id: created.id, version: 1, status: 'LEFT', since: '2026-01-01' } });
      expect(errorCode(stale)).toBe('CONFLICT');
      const h = await ce(HISTORY, { id: created.id });
      const statuses = h.data.member.history.edges.filter((e: any) => e.node.action === 'STATUS_CHANGED').map((e: any) => e.node.changes[0].to);
      expect(statuses).toEqual(['ACTIVE', 'LEFT', 'SUSPENDED']);
      // The Region reads the history too; network staff (not admin) may not.
      expect((await region(HISTORY, { id: created.id })).data.member.historyCount).toBeGreaterThanOrEqual(5);
      const staffHistory = await fas(HISTORY, { id: gid(MEMBER.VENTOUX) });
      expect(errorCode(staffHistory)).toBe('FORBIDDEN');
    });

    it('another network cannot update, change the status of, or give an account to a member it does not own: NOT_FOUND, nothing written', async () => {
      const cur = (await ce(ONE, { id: gid(MEMBER.CALANQUES) })).data.member;
      const up = await fas(UPDATE, { input: { id: cur.id, version: cur.version, ...valuesOf(cur), name: 'Pirate' } });
      expect(errorCode(up)).toBe('NOT_FOUND');
      const st = await fas(STATUS, { input: { id: cur.id, version: cur.version, status: 'LEFT', since: '2026-01-01' } });
      expect(errorCode(st)).toBe('NOT_FOUND');
      const multiCocagne = await app.as('multi@passerelle.example', 'cocagne');
      const acc = await multiCocagne(`mutation($i: CreateStructureAccountInput!) { createStructureAccount(input: $i) { created } }`, { i: { memberId: cur.id } });
      expect(errorCode(acc)).toBe('NOT_FOUND');
      const after = (await app.sql(`select name, version, status from member_structures where id = $1`, [MEMBER.CALANQUES]))[0];
      expect(after).toEqual({ name: 'Atelier Calanques Solidaires', version: cur.version, status: 'ACTIVE' });
    });

    it('the Region and a structure account may not edit (FORBIDDEN by role), nothing written', async () => {
      const cur = (await ce(ONE, { id: gid(MEMBER.CALANQUES) })).data.member;
      for (const client of [region, regionAdmin, calanques]) {
        expect(errorCode(await client(CREATE, { input: { ...VALID, siret: '35600000049837' } }))).toBe('FORBIDDEN');
        expect(errorCode(await client(UPDATE, { input: { id: cur.id, version: cur.version, ...valuesOf(cur), name: 'x' } }))).toBe('FORBIDDEN');
        expect(errorCode(await client(STATUS, { input: { id: cur.id, version: cur.version, status: 'LEFT', since: '2026-01-01' } }))).toBe('FORBIDDEN');
      }
      expect((await app.sql(`select count(*)::int as n from member_structures where siret = '35600000049837'`))[0].n).toBe(0);
    });
  });

  describe('structure accounts', () => {
    it('a network admin gives a member its account, then invites its people with inviteUser', async () => {
      const ventoux = await app.as('staff@fas.example');
      const denied = await ventoux(`mutation($i: CreateStructureAccountInput!) { createStructureAccount(input: $i) { created } }`, { i: { memberId: gid(MEMBER.VENTOUX) } });
      expect(errorCode(denied)).toBe('FORBIDDEN'); // staff, not admin

      const list = await ce(LIST, { filter: { search: 'atelier' }, first: 100 });
      const target = list.data.members.edges.find((e: any) => e.node.name !== 'Atelier Calanques Solidaires').node;
      const r = await ce(
        `mutation($i: CreateStructureAccountInput!) { createStructureAccount(input: $i) { created organization { id slug kind } member { id structureAccount { slug } } } }`,
        { i: { memberId: target.id } },
      );
      expect(r.errors).toBeUndefined();
      const org = r.data.createStructureAccount.organization;
      expect(org.kind).toBe('STRUCTURE');
      expect(r.data.createStructureAccount.member.structureAccount.slug).toBe(org.slug);
      const again = await ce(`mutation($i: CreateStructureAccountInput!) { createStructureAccount(input: $i) { created organization { slug } } }`, {
        i: { memberId: target.id },
      });
      expect(again.data.createStructureAccount).toEqual({ created: false, organization: { slug: org.slug } });

      // Slugs stay unique: a second "Atelier Calanques Solidaires" gets a suffix (random: it must not tell how many exist elsewhere).
      const twin = await ce(CREATE, { input: { ...VALID, name: 'Atelier Calanques Solidaires', siret: '35600000049837' } });
      const twinAccount = await ce(`mutation($i: CreateStructureAccountInput!) { createStructureAccount(input: $i) { organization { slug } } }`, {
        i: { memberId: twin.data.createMember.member.id },
      });
      expect(twinAccount.data.createStructureAccount.organization.slug).toMatch(/^atelier-calanques-solidaires-[0-9a-f]{6}$/);
      expect(twinAccount.data.createStructureAccount.organization.slug).not.toBe(org.slug);

      const inv = await ce(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { inviteUrl } }`, {
        i: { organizationId: org.id, email: 'directrice@structure.example', role: 'STRUCTURE_USER' },
      });
      expect(inv.errors).toBeUndefined();
      const token = inv.data.inviteUser.inviteUrl.split('/').pop();
      const acc = await app.gql(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, {
        i: { token, password: 'Une-phrase-de-passe-2026', displayName: 'Directrice' },
      });
      expect(acc.errors).toBeUndefined();
      const newUser = (q: string, v?: Record<string, unknown>) => app.gql(q, v, { token: acc.data.acceptInvitation.token });
      const own = await newUser(LIST, {});
      expect(own.data.members.edges.map((e: any) => e.node.id)).toEqual([target.id]);
      // A structure user of another structure sees nothing of Calanques.
      expect(errorCode(await newUser(ONE, { id: gid(MEMBER.CALANQUES) }))).toBe('NOT_FOUND');
      const csv = await fetch(`${app.url}/api/members.csv`, { headers: { authorization: `Bearer ${acc.data.acceptInvitation.token}` } });
      const text = await csv.text();
      expect(text).toContain(target.siret);
      expect(text).not.toContain('90678901100010');
    });
  });
});
