/**
 * The isolation sweep: every Query and Mutation field and every Node type of the printed SDL is
 * listed in a table below with how it is exercised against another network (or why it is not
 * tenant-scoped). A field in the schema but not in the table fails the first test, so no field
 * ships without an isolation check.
 *
 * Network A = Chantier école (objects seeded or created by its admin and the Region). Outsiders:
 * network B = Réseau Cocagne (its FEDERATION_ADMIN, and a STRUCTURE_USER of one of its members
 * created here), and, where the structure wall matters, the Calanques STRUCTURE_USER of A itself
 * looking at another A structure's rows. An outsider's answer with A's id must be exactly the
 * answer for a well-formed id that names nothing (same code, message, field errors, no data), and
 * no table may change.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asAppRole, type RlsSettings } from '../helpers/rls.js';
import { DEMO_PASSWORD, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { ORG, USER } from '../../server/src/seed/demo-ids.js';
import { calanquesStructure, makeMembers } from './contracts-fixtures.js';
import { M, Q, expectNoneOf, expectSameRefusal, gid, missingLike, nothingWritten, rawOf, schemaInventory, snapshot, type Client } from './isolation-sweep.fixtures.js';

const MARK = 'Zq7-secret-of-A';
const NF = ['NOT_FOUND'];
const BAD = ['BAD_USER_INPUT'];
const FORBIDDEN = ['FORBIDDEN'];

type Mode = "both walls" | "application wall alone (row-level security bypassed)";

function defineSweep(mode: Mode) {
  let app: TestApp;
  let ce: Client, rs: Client, b: Client, bs: Client, cal: Client;
  let tokens: { b: string; bs: string; cal: string; ce: string };
  /** A's objects, by global id. */
  const A = {} as Record<
    | 'member' | 'calanquesMember' | 'signedContract' | 'signedObjective' | 'negContract' | 'negObjective' | 'allocation' | 'comment'
    | 'validatedReport' | 'draftReport' | 'submittedReport' | 'meeting' | 'meetingInvitation' | 'action' | 'group' | 'invitation'
    | 'membership' | 'doubleMembership' | 'user' | 'structureAccount' | 'network',
    string
  >;
  const V = {} as Record<'member' | 'signedContract' | 'negContract' | 'draftReport' | 'submittedReport' | 'validatedReport' | 'meeting', number>;
  let aMemberSiret = '';
  let aOtherSiret = '';
  let aFeedToken = '';
  let aNoticeIds: string[] = [];
  /** B's own things used as the other end of a cross reference. */
  const B = {} as Record<'negContract' | 'member' | 'meeting', string>;
  let bNegVersion = 0;
  let bUnreadBefore = 0;
  let bMeetingVersion = 0;
  let bStructure = { org: '', member: '', user: '' };
  let aMeetingRaw: string[] = [];
  /** Ids (raw and global) and markers of A that no outsider answer may contain. */
  const secrets = new Set<string>();

  type Who = [label: string, client: () => Client];
  const OUT: Who[] = [
    ['cocagne admin', () => b],
    ['cocagne structure user', () => bs],
  ];
  const OUT_AND_STRUCT: Who[] = [...OUT, ['calanques (structure of A)', () => cal]];

  /**
   * `query` with A's id and with a missing id of the same type, as each outsider: the same refusal.
   * Mutations run inside a whole-database "nothing written" check.
   */
  async function hidden(
    label: string,
    query: string,
    vars: (id: string) => Record<string, unknown>,
    aId: string,
    opts: { codes?: string[]; who?: Who[]; owner?: Client; write?: boolean } = {},
  ) {
    const { codes = NF, who = OUT, owner, write = query.trimStart().startsWith('mutation') } = opts;
    if (owner) {
      const own = await owner(query, vars(aId));
      expect(own.errors, `${label}: the owner's control call failed, so the probe proves nothing`).toBeUndefined();
    }
    const run = async () => {
      for (const [name, client] of who) {
        const other = await client()(query, vars(aId));
        const missing = await client()(query, vars(missingLike(aId)));
        expectSameRefusal(other, missing, codes, `${label} as ${name}`);
        expectNoneOf(JSON.stringify(other), secrets, `${label} as ${name}`);
      }
    };
    if (write) await nothingWritten(app, label, run);
    else await run();
  }

  /** A list answer as each outsider holds nothing of A. */
  async function listClean(label: string, query: string, vars: Record<string, unknown> = {}, who: Who[] = OUT) {
    for (const [name, client] of who) {
      const r = await client()(query, vars);
      expect(r.errors, `${label} as ${name}`).toBeUndefined();
      expectNoneOf(JSON.stringify(r.data), secrets, `${label} as ${name}`);
    }
  }

  async function getRoute(path: string, token: string | null, org?: string) {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (org) headers['x-organization'] = org;
    const res = await fetch(`${app.url}${path}`, { headers });
    return { status: res.status, text: await res.text() };
  }

  type Cover = { how: string; run: () => Promise<void> } | { notScoped: string; run?: () => Promise<void> };

  const exitInput = (memberStructureId?: string) => ({ year: 2019, counts: [{ reasonCode: 'CDI', count: 1 }], notExamined: 0, ...(memberStructureId ? { memberStructureId } : {}) });

  // ---------------------------------------------------------------------------------------------
  // The table: every Query field.
  // ---------------------------------------------------------------------------------------------
  const QUERIES: Record<string, Cover> = {
    activeMembership: {
      notScoped: "the viewer's own membership for the active organisation (X-Organization of another network is FORBIDDEN: tenancy.test.ts); checked to hold nothing of A",
      run: () => listClean('me/activeMembership', Q.me, {}, OUT),
    },
    me: { notScoped: 'the signed-in person and their own memberships; checked with activeMembership', run: () => listClean('me', Q.me) },
    exitReasons: { notScoped: 'platform-wide catalogue of exit reasons, no tenant data', run: () => listClean('exitReasons', Q.exitReasons) },
    invitation: { notScoped: 'public preview by one-time token: the token is the secret (invitations.test.ts)' },
    contract: {
      how: "contract(A's signed and negotiation contracts) as B admin, B structure (and Calanques for the one not covering it) → NOT_FOUND like a missing id; Calanques on the one covering it: own allocation only, no discussion or history; owner control",
      run: async () => {
        await hidden('contract(signed)', Q.contract, (id) => ({ id }), A.signedContract, { owner: ce });
        await hidden('contract(negotiation)', Q.contract, (id) => ({ id }), A.negContract, { owner: ce, who: OUT_AND_STRUCT });
        // Calanques is covered by A's signed contract: it sees it, but only its own allocation and none of the discussion.
        const covered = await cal(Q.contract, { id: A.signedContract });
        expect(covered.errors).toBeUndefined();
        expect(covered.data.contract.allocations.map((a: any) => a.id)).not.toContain(A.allocation);
        expect(covered.data.contract.comments).toEqual([]);
        expect(covered.data.contract.history.totalCount).toBe(0);
        expect(JSON.stringify(covered.data)).not.toContain(MARK);
      },
    },
    contractHistory: {
      how: "contractHistory(A's contract) as B → NOT_FOUND like a missing id; owner control",
      run: () => hidden('contractHistory', Q.contractHistory, (id) => ({ id }), A.signedContract, { owner: ce }),
    },
    contracts: {
      how: "list as B admin and B structure: no A ids; filter networkId = A's network → nothing of A",
      run: async () => {
        await listClean('contracts', Q.contracts);
        await listClean('contracts(networkId A)', Q.contracts, { f: { networkId: A.network } });
        expect((await b(Q.contracts, { f: { networkId: A.network } })).data.contracts.totalCount).toBe(0);
      },
    },
    eligibility: {
      how: "eligibility(2019) as B admin: no A structure; filter networkId = A → empty; (structure users: FORBIDDEN by role)",
      run: async () => {
        await listClean('eligibility', Q.eligibility, {}, [OUT[0]]);
        const f = await b(Q.eligibility, { f: { networkId: A.network } });
        expect(f.data.eligibility.lines).toEqual([]);
        expect(f.data.eligibility.totals.structures).toBe(0);
        expect(errorCode(await bs(Q.eligibility, {}))).toBe('FORBIDDEN');
      },
    },
    exitReport: {
      how: "exitReport(A's validated, draft, submitted reports) as B admin, B structure, and Calanques (another A structure's report) → NOT_FOUND like missing; owner control",
      run: async () => {
        for (const k of ['validatedReport', 'draftReport', 'submittedReport'] as const)
          await hidden(`exitReport(${k})`, Q.exitReport, (id) => ({ id }), A[k], { owner: ce, who: OUT_AND_STRUCT });
      },
    },
    exitReports: {
      how: "list as B admin, B structure, Calanques: no report of another A structure; filter memberStructureId = A's member → empty",
      run: async () => {
        await listClean('exitReports', Q.exitReports, {}, OUT);
        const own = await cal(Q.exitReports, {});
        expect(own.data.exitReports.edges.every((e: any) => e.node.memberStructureId === A.calanquesMember)).toBe(true);
        const f = await b(Q.exitReports, { f: { memberStructureId: A.member } });
        expect(f.data?.exitReports?.totalCount ?? 0).toBe(0);
        expectNoneOf(JSON.stringify(f), secrets, 'exitReports(memberStructureId A)');
      },
    },
    findMeetingSlots: {
      how: "as B admin, organizationIds = [A's network | A's structure account] or userIds = [A's admin] over a day A is busy (accepted Region meeting) → refused exactly like a missing id (no free/busy of another network)",
      run: async () => {
        const day = { durationMinutes: 60, from: '2027-05-04', to: '2027-05-04', timeZone: 'Europe/Paris' };
        const opts = { codes: [...NF, ...BAD], who: [OUT[0]] };
        await hidden('findMeetingSlots(A network)', Q.findMeetingSlots, (o) => ({ i: { ...day, organizationIds: [o] } }), A.network, opts);
        await hidden('findMeetingSlots(A account)', Q.findMeetingSlots, (o) => ({ i: { ...day, organizationIds: [o] } }), A.structureAccount, opts);
        await hidden('findMeetingSlots(A person)', Q.findMeetingSlots, (u) => ({ i: { ...day, userIds: [u] } }), A.user, opts);
      },
    },
    meeting: {
      how: "meeting(A's meeting, convened by A, Region invited) as B admin, B structure, Calanques (not invited) → NOT_FOUND; owner control",
      run: () => hidden('meeting', Q.meeting, (id) => ({ id }), A.meeting, { owner: ce, who: OUT_AND_STRUCT }),
    },
    meetingConflicts: {
      how: "as B admin: organizationIds = [A's network] / userIds = [A's admin] while A is busy, and meetingId = A's meeting (the Region accepted it) → refused exactly like a missing id",
      run: async () => {
        const busy = { startsAt: '2027-05-04T10:00', endsAt: '2027-05-04T12:00', timeZone: 'Europe/Paris' };
        const opts = { codes: [...NF, ...BAD], who: [OUT[0]] };
        await hidden('meetingConflicts(A network)', Q.meetingConflicts, (o) => ({ i: { ...busy, organizationIds: [o] } }), A.network, opts);
        await hidden('meetingConflicts(A person)', Q.meetingConflicts, (u) => ({ i: { ...busy, userIds: [u] } }), A.user, opts);
        const region = gid('Organization', ORG.REGION);
        await hidden(
          'meetingConflicts(meetingId A)',
          Q.meetingConflicts,
          (id) => ({ i: { startsAt: '2027-03-03T10:00', endsAt: '2027-03-03T12:00', timeZone: 'Europe/Paris', organizationIds: [region], meetingId: id } }),
          A.meeting,
          opts,
        );
      },
    },
    meetingInvitees: {
      how: "as B admin: no organisation or person of A offered (networks invite the Region and their own people only)",
      run: async () => {
        const r = await b(Q.meetingInvitees);
        expect(r.errors).toBeUndefined();
        const orgIds = r.data.meetingInvitees.map((o: any) => o.organizationId);
        expect(orgIds).not.toContain(A.structureAccount);
        expect(orgIds).not.toContain(gid('Organization', ORG.CALANQUES_ACCOUNT));
        expectNoneOf(JSON.stringify(r.data), [...secrets, A.user, 'Sophie Bernard', 'Nadia Benali'], 'meetingInvitees');
      },
    },
    meetingNotices: {
      how: "as B admin, B structure, Calanques: no notice about A's meetings",
      run: () => listClean('meetingNotices', Q.meetingNotices, {}, OUT_AND_STRUCT),
    },
    meetings: {
      how: "meetings over 2018 and 2027 as B admin, B structure, Calanques: A's meetings absent; filter workingGroupId = A's group → same answer as a missing group",
      run: async () => {
        for (const w of [{ from: '2018-01-01T00:00:00Z', to: '2019-01-01T00:00:00Z' }, { from: '2026-12-01T00:00:00Z', to: '2027-12-01T00:00:00Z' }])
          await listClean('meetings', Q.meetings, w, OUT_AND_STRUCT);
        const w = { from: '2026-12-01T00:00:00Z', to: '2027-12-01T00:00:00Z' };
        const other = await b(Q.meetings, { ...w, f: { workingGroupId: A.group } });
        const missing = await b(Q.meetings, { ...w, f: { workingGroupId: missingLike(A.group) } });
        expect(JSON.stringify(other)).toBe(JSON.stringify(missing));
        expectNoneOf(JSON.stringify(other), secrets, 'meetings(workingGroupId A)');
      },
    },
    member: {
      how: "member(A's member) as B admin, B structure, Calanques (another structure of A) → NOT_FOUND; owner control",
      run: () => hidden('member', Q.member, (id) => ({ id }), A.member, { owner: ce, who: OUT_AND_STRUCT }),
    },
    members: {
      how: "list as B admin, B structure: no A member; filter networkIds = [A's network] → nothing; search = an A member's name → nothing of A",
      run: async () => {
        await listClean('members', Q.members);
        const other = await b(Q.members, { f: { networkIds: [A.network] } });
        expectNoneOf(JSON.stringify(other), secrets, 'members(networkIds A)');
        expect(other.data?.members?.totalCount ?? 0).toBe(0);
        const name = (await app.sql(`select name from member_structures where id = $1`, [rawOf(A.member)]))[0].name;
        const search = await b(Q.members, { f: { search: name } });
        expect(search.errors).toBeUndefined();
        expectNoneOf(JSON.stringify(search), secrets, 'members(search: name of A member)');
      },
    },
    myActionItems: {
      how: "as B admin, B structure, Calanques: A's action absent",
      run: () => listClean('myActionItems', Q.myActionItems, {}, OUT_AND_STRUCT),
    },
    myObjectives: {
      how: "as B structure: nothing of A; as Calanques: only its own allocation and reports (not another A structure's)",
      run: async () => {
        await listClean('myObjectives', Q.myObjectives, {}, [OUT[1]]);
        const r = await cal(Q.myObjectives);
        expect(r.errors).toBeUndefined();
        for (const o of r.data.myObjectives) {
          if (o.allocation) expect(o.allocation.memberStructureId).toBe(A.calanquesMember);
          for (const e of o.exitReports) expect(e.memberStructureId).toBe(A.calanquesMember);
        }
        expect(JSON.stringify(r.data)).not.toContain(A.allocation);
      },
    },
    node: { how: 'every Node type in the NODES table below', run: async () => {} },
    organizationUsers: {
      how: "as B admin: no A person, and a person in both networks shows none of their A memberships (list and node(User)); organizationId = A's structure account → NOT_FOUND like a missing organisation",
      run: async () => {
        await listClean('organizationUsers', Q.organizationUsers, {}, [OUT[0]]);
        // A person in both networks: B sees them, but none of their A memberships.
        const people = await b(Q.organizationUsers, {});
        const double = people.data.organizationUsers.edges.find((e: any) => e.node.user.email === 'double@chantier-ecole.example');
        expect(double, 'the person in both networks is listed for B').toBeDefined();
        expect(double.node.user.memberships).toEqual([]);
        expect(JSON.stringify(people.data)).not.toContain(A.doubleMembership);
        const asNode = await b(`query($id: ID!) { node(id: $id) { ... on User { email memberships { id } } } }`, { id: double.node.user.id });
        expect(asNode.data.node).toEqual({ email: 'double@chantier-ecole.example', memberships: [] });
        await hidden('organizationUsers(A account)', Q.organizationUsers, (o) => ({ o }), A.structureAccount, { who: [OUT[0]] });
        await hidden('organizationUsers(A network)', Q.organizationUsers, (o) => ({ o }), A.network, { who: [OUT[0]] });
      },
    },
    organizations: {
      how: "as B admin, B structure: no structure account of A (the Region and the networks are public by design)",
      run: async () => {
        await listClean('organizations', Q.organizations);
        const slugs = (await b(Q.organizations)).data.organizations.map((o: any) => o.slug);
        expect(slugs).not.toContain('atelier-calanques-solidaires');
      },
    },
    pendingInvitations: {
      how: "as B admin: A's invitation absent; organizationId = A's structure account / A's network → NOT_FOUND like missing",
      run: async () => {
        await listClean('pendingInvitations', Q.pendingInvitations, {}, [OUT[0]]);
        await hidden('pendingInvitations(A account)', Q.pendingInvitations, (o) => ({ o }), A.structureAccount, { who: [OUT[0]] });
        await hidden('pendingInvitations(A network)', Q.pendingInvitations, (o) => ({ o }), A.network, { who: [OUT[0]] });
      },
    },
    regionDashboard: {
      how: 'Region-only consolidated view (reads every network by design): B admin and B structure FORBIDDEN',
      run: async () => {
        for (const c of [b, bs]) expect(errorCode(await c(Q.regionDashboard))).toBe('FORBIDDEN');
      },
    },
    structuresBySiret: {
      how: 'Region-only consolidated view: B admin and B structure FORBIDDEN, no data',
      run: async () => {
        for (const c of [b, bs]) {
          const r = await c(Q.structuresBySiret);
          expect(errorCode(r)).toBe('FORBIDDEN');
          expect(r.data ?? null).toBeNull();
        }
      },
    },
    unreadMeetingNoticeCount: {
      how: "B admin's count did not move when A scheduled, edited and minuted its meeting; equals B's own unread notices",
      run: async () => {
        const r = await b(Q.unreadMeetingNoticeCount);
        expect(r.data.unreadMeetingNoticeCount).toBe(bUnreadBefore);
      },
    },
    workingGroup: {
      how: "workingGroup(A's group, A + Region) as B admin, B structure, Calanques → NOT_FOUND; owner control",
      run: () => hidden('workingGroup', Q.workingGroup, (id) => ({ id }), A.group, { owner: ce, who: OUT_AND_STRUCT }),
    },
    workingGroups: {
      how: "as B admin, B structure, Calanques: A's group absent",
      run: () => listClean('workingGroups', Q.workingGroups, {}, OUT_AND_STRUCT),
    },
  };

  // ---------------------------------------------------------------------------------------------
  // The table: every Mutation field.
  // ---------------------------------------------------------------------------------------------
  const MUTATIONS: Record<string, Cover> = {
    login: { notScoped: 'signs in by e-mail and password; no tenant yet' },
    logout: { notScoped: "ends the caller's own session" },
    logoutEverywhere: { notScoped: "ends the caller's own sessions" },
    changePassword: { notScoped: "the caller's own password" },
    acceptInvitation: { notScoped: 'one-time token is the capability (invitations.test.ts); used here to create the B structure user' },
    setRegionEnvelope: {
      notScoped: "the Region's own yearly envelope, no network data; B is FORBIDDEN",
      run: async () => {
        await nothingWritten(app, 'setRegionEnvelope', async () => {
          expect(errorCode(await b(M.setRegionEnvelope, { i: { year: 2019, envelopeCents: 1, version: 1 } }))).toBe('FORBIDDEN');
        });
      },
    },
    createCalendarFeed: {
      how: "self-scoped; B's own new feed does not carry A's meeting (checked in the .ics routes test)",
      run: async () => {
        const r = await b(M.createCalendarFeed);
        expect(r.errors).toBeUndefined();
        const feed = await getRoute(new URL(r.data.createCalendarFeed.url).pathname, null);
        expect(feed.status).toBe(200);
        expectNoneOf(feed.text, [rawOf(A.meeting), MARK], 'B feed');
      },
    },
    revokeCalendarFeed: {
      how: "self-scoped; B revoking its feeds leaves A's feed token alive",
      run: async () => {
        const count = async () => (await app.sql(`select count(*)::int as n from calendar_feed_tokens where user_id = $1 and revoked_at is null`, [USER.CE_ADMIN]))[0].n;
        const before = await count();
        expect(before).toBeGreaterThan(0);
        expect((await b(M.revokeCalendarFeed)).errors).toBeUndefined();
        expect(await count()).toBe(before);
      },
    },
    createMember: {
      how: "B creates a member with the SIRET of A's member: accepted as B's own row (registers are per network: no 'already exists' hint); A's row untouched",
      run: async () => {
        const before = await app.sql(`select * from member_structures where id = $1`, [rawOf(A.member)]);
        const r = await b(M.createMember, { i: { name: 'Homonyme B', siret: aMemberSiret, kinds: ['ACI'], postcode: '13001', city: 'Marseille' } });
        expect(r.errors).toBeUndefined();
        expect(r.data.createMember.member.id).not.toBe(A.member);
        expect(await app.sql(`select * from member_structures where id = $1`, [rawOf(A.member)])).toEqual(before);
        expect((await app.sql(`select tenant_id from member_structures where id = $1`, [rawOf(r.data.createMember.member.id)]))[0].tenant_id).toBe(ORG.COCAGNE);
      },
    },
    updateMember: {
      how: "updateMember(A's member, right version) as B admin → NOT_FOUND like missing, nothing written",
      run: () =>
        hidden('updateMember', M.updateMember, (id) => ({ i: { id, version: V.member, name: 'Pris par B', siret: aMemberSiret, kinds: ['ACI'] } }), A.member, { who: [OUT[0]] }),
    },
    setMemberStatus: {
      how: "setMemberStatus(A's member) as B admin → NOT_FOUND, nothing written",
      run: () => hidden('setMemberStatus', M.setMemberStatus, (id) => ({ i: { id, version: V.member, status: 'LEFT', since: '2026-01-01' } }), A.member, { who: [OUT[0]] }),
    },
    createStructureAccount: {
      how: "createStructureAccount(memberId: A's member) as B admin → NOT_FOUND like missing, nothing written; B's account named like A's gets a slug of the same shape as a unique name (no hint)",
      run: async () => {
        await hidden('createStructureAccount', M.createStructureAccount, (id) => ({ i: { memberId: id } }), A.member, { who: [OUT[0]] });
        // The new account's slug must owe nothing to other networks' organisations: a member of B named like
        // A's structure account gets a slug of the same shape as one named like nothing at all.
        const [named, unnamed] = await makeMembers(app, ORG.COCAGNE, 2, { prefix: 'Renommé' });
        await app.sql(`update member_structures set name = $2 where id = $1`, [named, 'Atelier Calanques Solidaires']);
        await app.sql(`update member_structures set name = $2 where id = $1`, [unnamed, 'Atelier Zq Inconnu']);
        const shape = async (id: string, base: string) => {
          const r = await b(M.createStructureAccount, { i: { memberId: gid('Member', id) } });
          expect(r.errors).toBeUndefined();
          const slug: string = r.data.createStructureAccount.organization.slug;
          expect(slug.startsWith(base)).toBe(true);
          return slug.slice(base.length).replace(/[0-9a-z]/g, 'x');
        };
        expect(await shape(named, 'atelier-calanques-solidaires'), 'slug shape reveals an organisation of that name elsewhere').toBe(await shape(unnamed, 'atelier-zq-inconnu'));
      },
    },
    importMembers: {
      how: "dry-run import by B of a row with the SIRET of an A member (not in B's register) → CREATE with no member id (not UPDATE of A's row), nothing written",
      run: async () => {
        const csv = `nom;siret;types;code postal;ville\nImport B;${aOtherSiret};ACI;13001;Marseille\n`;
        await nothingWritten(app, 'importMembers', async () => {
          const r = await b(M.importMembers, { i: { csv, dryRun: true } });
          expect(r.errors).toBeUndefined();
          expectNoneOf(JSON.stringify(r.data), secrets, 'importMembers');
          const rows = r.data.importMembers.rows;
          expect(rows.map((x: any) => x.action)).not.toContain('UPDATE');
          expect(rows.map((x: any) => x.action)).not.toContain('UNCHANGED');
        });
      },
    },
    changeMembershipRole: {
      how: "changeMembershipRole(A admin's membership; the A membership of a person also in B) as B admin → NOT_FOUND like missing, nothing written",
      run: async () => {
        await hidden('changeMembershipRole', M.changeMembershipRole, (id) => ({ i: { membershipId: id, role: 'FEDERATION_STAFF' } }), A.membership, { who: [OUT[0]] });
        await hidden('changeMembershipRole(double)', M.changeMembershipRole, (id) => ({ i: { membershipId: id, role: 'FEDERATION_ADMIN' } }), A.doubleMembership, { who: [OUT[0]] });
      },
    },
    removeMembership: {
      how: "removeMembership(A admin's membership; the A membership of a person also in B) as B admin → NOT_FOUND like missing, nothing written",
      run: async () => {
        await hidden('removeMembership', M.removeMembership, (id) => ({ i: { membershipId: id } }), A.membership, { who: [OUT[0]] });
        await hidden('removeMembership(double)', M.removeMembership, (id) => ({ i: { membershipId: id } }), A.doubleMembership, { who: [OUT[0]] });
      },
    },
    inviteUser: {
      how: "inviteUser(organizationId: A's structure account, then A's network) as B admin → NOT_FOUND like a missing organisation, nothing written",
      run: async () => {
        const vars = (organizationId: string) => ({ i: { email: 'intrus@cocagne.example', role: 'STRUCTURE_USER', organizationId } });
        await hidden('inviteUser(A account)', M.inviteUser, vars, A.structureAccount, { who: [OUT[0]] });
        await hidden('inviteUser(A network)', M.inviteUser, (o) => ({ i: { email: 'intrus@cocagne.example', role: 'FEDERATION_STAFF', organizationId: o } }), A.network, { who: [OUT[0]] });
      },
    },
    revokeInvitation: {
      how: "revokeInvitation(A's pending invitation) as B admin → NOT_FOUND like missing, nothing written",
      run: () => hidden('revokeInvitation', M.revokeInvitation, (id) => ({ i: { invitationId: id } }), A.invitation, { who: [OUT[0]] }),
    },
    createContract: {
      how: 'Region staff only: B admin FORBIDDEN whatever networkId (A or missing), nothing written',
      run: () =>
        hidden('createContract', M.createContract, (n) => ({ i: { networkId: n, title: 'x', periodStart: '2040-01-01', periodEnd: '2040-12-31', budgetCents: 100 } }), A.network, {
          codes: FORBIDDEN,
          who: [OUT[0]],
        }),
    },
    updateContract: {
      how: "updateContract(A's NEGOTIATION contract, right version) as B admin → NOT_FOUND like missing, nothing written",
      run: () => hidden('updateContract', M.updateContract, (id) => ({ i: { id, version: V.negContract, title: 'Pris par B' } }), A.negContract, { who: [OUT[0]] }),
    },
    transitionContract: {
      how: "Region staff only: B admin FORBIDDEN on A's contract exactly as on a missing one, nothing written",
      run: () => hidden('transitionContract', M.transitionContract, (id) => ({ i: { id, version: V.negContract, to: 'CANCELLED' } }), A.negContract, { codes: FORBIDDEN, who: [OUT[0]] }),
    },
    approveContract: {
      how: "approveContract(A's NEGOTIATION contract) as B admin (a FEDERATION_ADMIN) → NOT_FOUND like missing, nothing written",
      run: () => hidden('approveContract', M.approveContract, (id) => ({ i: { id, version: V.negContract } }), A.negContract, { who: [OUT[0]] }),
    },
    setAllocations: {
      how: "setAllocations(A's contract) → NOT_FOUND; on B's own NEGOTIATION contract with A's member → BAD_USER_INPUT naming allocations.0.memberStructureId like a missing member; nothing written",
      run: async () => {
        await hidden('setAllocations(A contract)', M.setAllocations, (id) => ({ i: { contractId: id, version: V.negContract, allocations: [] } }), A.negContract, { who: [OUT[0]] });
        await hidden(
          'setAllocations(B contract, A member)',
          M.setAllocations,
          (m) => ({ i: { contractId: B.negContract, version: bNegVersion, allocations: [{ memberStructureId: m, amountCents: 100 }] } }),
          A.member,
          { codes: BAD, who: [OUT[0]] },
        );
      },
    },
    addContractComment: {
      how: "comment on A's contract → NOT_FOUND; on B's contract naming A's objective → BAD_USER_INPUT objectiveId like a missing objective; nothing written",
      run: async () => {
        await hidden('addContractComment(A contract)', M.addContractComment, (id) => ({ i: { contractId: id, body: 'B était là' } }), A.negContract, { who: [OUT[0]] });
        await hidden('addContractComment(B contract, A objective)', M.addContractComment, (o) => ({ i: { contractId: B.negContract, objectiveId: o, body: 'B' } }), A.negObjective, {
          codes: BAD,
          who: [OUT[0]],
        });
      },
    },
    amendContract: {
      how: 'Region admin only: B admin FORBIDDEN on A\'s signed contract exactly as on a missing one, nothing written',
      run: () =>
        hidden('amendContract', M.amendContract, (id) => ({ i: { contractId: id, version: V.signedContract, reason: 'B', budgetCents: 1 } }), A.signedContract, { codes: FORBIDDEN, who: [OUT[0]] }),
    },
    recordResult: {
      how: "recordResult(A's signed contract's objective) as B admin → NOT_FOUND like missing, nothing written",
      run: () => hidden('recordResult', M.recordResult, (id) => ({ i: { objectiveId: id, period: 'INTERIM', actual: 10 } }), A.signedObjective, { who: [OUT[0]] }),
    },
    saveExitReport: {
      how: "edit A's DRAFT report (id + version) as B admin, B structure, Calanques → NOT_FOUND; create for A's member as B admin and B structure → BAD_USER_INPUT memberStructureId like a missing member; nothing written",
      run: async () => {
        await hidden('saveExitReport(edit A)', M.saveExitReport, (id) => ({ i: { ...exitInput(), id, version: V.draftReport } }), A.draftReport, { who: OUT_AND_STRUCT });
        await hidden('saveExitReport(create for A member)', M.saveExitReport, (m) => ({ i: exitInput(m) }), A.member, { codes: BAD, who: OUT });
      },
    },
    submitExitReport: {
      how: "submit A's DRAFT report as B admin, B structure, Calanques → NOT_FOUND like missing, nothing written",
      run: () => hidden('submitExitReport', M.submitExitReport, (id) => ({ i: { id, version: V.draftReport } }), A.draftReport, { who: OUT_AND_STRUCT }),
    },
    validateExitReport: {
      how: "validate A's SUBMITTED report as B admin → NOT_FOUND like missing, nothing written (structure users: FORBIDDEN by role)",
      run: () => hidden('validateExitReport', M.validateExitReport, (id) => ({ i: { id, version: V.submittedReport } }), A.submittedReport, { who: [OUT[0]] }),
    },
    reopenExitReport: {
      how: "reopen A's VALIDATED report as B admin → NOT_FOUND like missing, nothing written",
      run: () => hidden('reopenExitReport', M.reopenExitReport, (id) => ({ i: { id, version: V.validatedReport } }), A.validatedReport, { who: [OUT[0]] }),
    },
    scheduleMeeting: {
      how: "B admin schedules with workingGroupId = A's group, or organizationIds = [A's structure account], or userIds / minutesEditorIds = [A's admin] → refused like a missing id, nothing written",
      run: async () => {
        const base = { title: 'B', startsAt: '2027-04-06T10:00', endsAt: '2027-04-06T11:00', timeZone: 'Europe/Paris' };
        await hidden('scheduleMeeting(A group)', M.scheduleMeeting, (g) => ({ i: { ...base, workingGroupId: g } }), A.group, { codes: [...NF, ...BAD], who: [OUT[0]] });
        await hidden('scheduleMeeting(A account)', M.scheduleMeeting, (o) => ({ i: { ...base, organizationIds: [o] } }), A.structureAccount, { codes: [...NF, ...BAD], who: [OUT[0]] });
        await hidden('scheduleMeeting(A person)', M.scheduleMeeting, (u) => ({ i: { ...base, userIds: [u] } }), A.user, { codes: [...NF, ...BAD], who: [OUT[0]] });
        await hidden('scheduleMeeting(A minutes editor)', M.scheduleMeeting, (u) => ({ i: { ...base, minutesEditorIds: [u] } }), A.user, { codes: [...NF, ...BAD], who: [OUT[0]] });
      },
    },
    updateMeeting: {
      how: "updateMeeting(A's meeting, right version) as B admin → NOT_FOUND like missing; B's own meeting with userIds / organizationIds naming A → refused like missing ids; nothing written",
      run: async () => {
        await hidden('updateMeeting', M.updateMeeting, (id) => ({ i: { id, version: V.meeting, title: 'Pris par B' } }), A.meeting, { who: [OUT[0]] });
        const opts = { codes: [...NF, ...BAD], who: [OUT[0]] };
        await hidden('updateMeeting(B meeting, A person)', M.updateMeeting, (u) => ({ i: { id: B.meeting, version: bMeetingVersion, userIds: [u] } }), A.user, opts);
        await hidden('updateMeeting(B meeting, A network)', M.updateMeeting, (o) => ({ i: { id: B.meeting, version: bMeetingVersion, organizationIds: [o] } }), A.network, opts);
      },
    },
    cancelMeeting: {
      how: "cancelMeeting(A's meeting) as B admin → NOT_FOUND like missing, nothing written",
      run: () => hidden('cancelMeeting', M.cancelMeeting, (id) => ({ i: { id, version: V.meeting } }), A.meeting, { who: [OUT[0]] }),
    },
    saveMinutes: {
      how: "saveMinutes(A's meeting) as B admin, B structure → NOT_FOUND like missing, nothing written",
      run: () => hidden('saveMinutes', M.saveMinutes, (id) => ({ i: { meetingId: id, body: 'B', version: 1 } }), A.meeting),
    },
    addActionItem: {
      how: "addActionItem(meetingId: A's meeting) as B admin, B structure → NOT_FOUND like missing; on B's own meeting owned by A's network or A's admin → refused like missing ids; nothing written",
      run: async () => {
        await hidden('addActionItem', M.addActionItem, (id) => ({ i: { meetingId: id, title: 'B' } }), A.meeting);
        const opts = { codes: [...NF, ...BAD], who: [OUT[0]] };
        await hidden('addActionItem(B meeting, A network)', M.addActionItem, (o) => ({ i: { meetingId: B.meeting, title: 'B', ownerOrganizationId: o } }), A.network, opts);
        await hidden('addActionItem(B meeting, A person)', M.addActionItem, (u) => ({ i: { meetingId: B.meeting, title: 'B', ownerUserId: u } }), A.user, opts);
      },
    },
    completeActionItem: {
      how: "completeActionItem(A's action) as B admin, B structure, Calanques → NOT_FOUND like missing, nothing written",
      run: () => hidden('completeActionItem', M.completeActionItem, (id) => ({ i: { id, done: true } }), A.action, { who: OUT_AND_STRUCT }),
    },
    respondToInvitation: {
      how: "respondToInvitation(the Region's invitation to A's meeting) as B admin, B structure → NOT_FOUND like missing, nothing written",
      run: () => hidden('respondToInvitation', M.respondToInvitation, (id) => ({ i: { invitationId: id, answer: 'DECLINED' } }), A.meetingInvitation),
    },
    markMeetingNoticesRead: {
      how: "markMeetingNoticesRead(ids of A's meeting's notices) as B admin → 0 changed, the same as missing ids, nothing written",
      run: async () => {
        expect(aNoticeIds.length).toBeGreaterThan(0);
        await nothingWritten(app, 'markMeetingNoticesRead', async () => {
          const other = await b(M.markMeetingNoticesRead, { i: { ids: aNoticeIds } });
          const missing = await b(M.markMeetingNoticesRead, { i: { ids: aNoticeIds.map(missingLike) } });
          expect(other).toEqual(missing);
          expect(other.data?.markMeetingNoticesRead ?? 0).toBe(0);
        });
      },
    },
    createWorkingGroup: {
      how: "createWorkingGroup(organizationIds: [A's structure account]) as B admin → refused like a missing organisation, nothing written",
      run: () =>
        hidden('createWorkingGroup', M.createWorkingGroup, (o) => ({ i: { title: 'B', organizationIds: [o] } }), A.structureAccount, { codes: [...NF, ...BAD], who: [OUT[0]] }),
    },
  };

  // ---------------------------------------------------------------------------------------------
  // The table: every Node type, node(A's id) as an outsider. `ownerResolves`: whether node(id)
  // answers the object for its owner at all (false = no registerNode: NOT_FOUND for everyone).
  // ---------------------------------------------------------------------------------------------
  const NODES: Record<string, { id: () => string; ownerResolves: boolean; who?: Who[] }> = {
    ActionItem: { id: () => A.action, ownerResolves: true, who: OUT_AND_STRUCT },
    Allocation: { id: () => A.allocation, ownerResolves: true, who: OUT_AND_STRUCT },
    ContractComment: { id: () => A.comment, ownerResolves: true, who: OUT_AND_STRUCT },
    ExitReport: { id: () => A.validatedReport, ownerResolves: true, who: OUT_AND_STRUCT },
    Invitation: { id: () => A.invitation, ownerResolves: true, who: OUT_AND_STRUCT },
    Meeting: { id: () => A.meeting, ownerResolves: true, who: OUT_AND_STRUCT },
    MeetingInvitation: { id: () => A.meetingInvitation, ownerResolves: true, who: OUT_AND_STRUCT },
    Member: { id: () => A.member, ownerResolves: true, who: OUT_AND_STRUCT },
    Membership: { id: () => A.doubleMembership, ownerResolves: true, who: OUT_AND_STRUCT },
    Objective: { id: () => A.negObjective, ownerResolves: true, who: OUT_AND_STRUCT },
    ObjectiveContract: { id: () => A.negContract, ownerResolves: true, who: OUT_AND_STRUCT },
    Organization: { id: () => A.structureAccount, ownerResolves: true, who: OUT_AND_STRUCT },
    User: { id: () => A.user, ownerResolves: true, who: OUT_AND_STRUCT },
    WorkingGroup: { id: () => A.group, ownerResolves: true, who: OUT_AND_STRUCT },
  };

  // ---------------------------------------------------------------------------------------------

  async function setUp() {
    app = await startTestApp(mode === 'both walls' ? {} : await rlsBypassingRole());
    if (mode !== 'both walls') expect((await app.sql(`select rolbypassrls from pg_roles where rolname = $1`, [app.config.APP_DB_ROLE]))[0].rolbypassrls).toBe(true);
    ce = await app.as('admin@chantier-ecole.example');
    rs = await app.as('region.staff@passerelle.example');
    b = await app.as('multi@passerelle.example', 'cocagne');
    cal = await app.as('structure@calanques.example');
    tokens = { b: await app.login('multi@passerelle.example'), ce: await app.login('admin@chantier-ecole.example'), cal: await app.login('structure@calanques.example'), bs: '' };
    bUnreadBefore = (await b(Q.unreadMeetingNoticeCount)).data.unreadMeetingNoticeCount;
    const CE = ORG.CE;
    const one = async <R = any>(sql: string, params: unknown[]) => {
      const rows = await app.sql<R>(sql, params);
      if (!rows.length) throw new Error(`set-up found nothing: ${sql}`);
      return rows[0];
    };

    // --- A's objects already in the demo seed.
    const calanques = await calanquesStructure(app);
    A.calanquesMember = gid('Member', calanques);
    A.network = gid('Organization', CE);
    const m = await one(`select id, siret, version from member_structures where tenant_id = $1 and id <> $2 and siret not in (select siret from member_structures where tenant_id = $3) order by name limit 1`, [CE, calanques, ORG.COCAGNE]);
    A.member = gid('Member', m.id);
    V.member = m.version;
    aMemberSiret = m.siret;
    aOtherSiret = (await one(`select siret from member_structures where tenant_id = $1 and id not in ($2, $3) and siret not in (select siret from member_structures where tenant_id = $4) order by name desc limit 1`, [CE, calanques, m.id, ORG.COCAGNE])).siret;
    const sc = await one(`select id, version from objective_contracts where tenant_id = $1 and status = 'SIGNED' order by period_start limit 1`, [CE]);
    A.signedContract = gid('ObjectiveContract', sc.id);
    V.signedContract = sc.version;
    A.signedObjective = gid('Objective', (await one(`select id from objectives where contract_id = $1 order by position limit 1`, [sc.id])).id);
    A.allocation = gid('Allocation', (await one(`select id from allocations where tenant_id = $1 and member_structure_id <> $2 limit 1`, [CE, calanques])).id);
    const vr = await one(`select id, version from exit_reports where tenant_id = $1 and status = 'VALIDATED' and member_structure_id <> $2 limit 1`, [CE, calanques]);
    A.validatedReport = gid('ExitReport', vr.id);
    V.validatedReport = vr.version;
    A.membership = gid('Membership', (await one(`select id from memberships where organization_id = $1 and user_id = $2`, [CE, USER.CE_ADMIN])).id);
    A.user = gid('User', USER.CE_ADMIN);

    // --- A's objects made here, in the state where the owner's action would succeed.
    const created = await rs(M.createContract, { i: { networkId: A.network, title: `Contrat ${MARK}`, periodStart: '2031-01-01', periodEnd: '2031-12-31', budgetCents: 1_000_000, objectives: [{ indicator: 'PEOPLE_TRAINED', unit: 'COUNT', target: 10 }] } });
    expect(created.errors).toBeUndefined();
    const neg = await rs(M.transitionContract, { i: { id: created.data.createContract.contract.id, version: created.data.createContract.contract.version, to: 'NEGOTIATION' } });
    expect(neg.errors).toBeUndefined();
    A.negContract = neg.data.transitionContract.contract.id;
    V.negContract = neg.data.transitionContract.contract.version;
    A.negObjective = gid('Objective', (await one(`select id from objectives where contract_id = $1`, [rawOf(A.negContract)])).id);
    await app.sql(`insert into contract_comments (id, tenant_id, contract_id, body) values (gen_random_uuid(), $1, $2, $3)`, [CE, sc.id, `Discussion ${MARK}`]);
    const comment = await ce(M.addContractComment, { i: { contractId: A.negContract, body: `Commentaire ${MARK}` } });
    expect(comment.errors).toBeUndefined();
    A.comment = comment.data.addContractComment.comment.id;
    const [m1, m2] = await makeMembers(app, CE, 2, { prefix: `Membre ${MARK}` });
    const draft = await ce(M.saveExitReport, { i: exitInput(gid('Member', m1)) });
    expect(draft.errors).toBeUndefined();
    A.draftReport = draft.data.saveExitReport.exitReport.id;
    V.draftReport = draft.data.saveExitReport.exitReport.version;
    const toSubmit = (await ce(M.saveExitReport, { i: exitInput(gid('Member', m2)) })).data.saveExitReport.exitReport;
    const submitted = await ce(M.submitExitReport, { i: { id: toSubmit.id, version: toSubmit.version } });
    expect(submitted.errors).toBeUndefined();
    A.submittedReport = submitted.data.submitExitReport.exitReport.id;
    V.submittedReport = submitted.data.submitExitReport.exitReport.version;

    const meeting = await ce(M.scheduleMeeting, {
      i: { title: `Réunion ${MARK}`, startsAt: '2027-03-03T10:00', endsAt: '2027-03-03T12:00', timeZone: 'Europe/Paris', organizationIds: [gid('Organization', ORG.REGION)] },
    });
    expect(meeting.errors).toBeUndefined();
    A.meeting = meeting.data.scheduleMeeting.meeting.id;
    A.meetingInvitation = meeting.data.scheduleMeeting.meeting.invitations[0].id;
    const minutes = await ce(M.saveMinutes, { i: { meetingId: A.meeting, body: `Compte rendu ${MARK}` } });
    expect(minutes.errors).toBeUndefined();
    const action = await ce(M.addActionItem, { i: { meetingId: A.meeting, title: `Action ${MARK}`, ownerOrganizationId: A.network } });
    expect(action.errors).toBeUndefined();
    A.action = action.data.addActionItem.id;
    // The Region accepts A's meeting; A (the network and its admin in person) accepts a Region meeting on 4 May 2027.
    expect((await rs(M.respondToInvitation, { i: { invitationId: A.meetingInvitation, answer: 'ACCEPTED' } })).errors).toBeUndefined();
    const busy = await rs(M.scheduleMeeting, {
      i: { title: `Agenda ${MARK}`, startsAt: '2027-05-04T10:00', endsAt: '2027-05-04T12:00', timeZone: 'Europe/Paris', organizationIds: [A.network], userIds: [gid('User', USER.CE_ADMIN)] },
    });
    expect(busy.errors).toBeUndefined();
    for (const i of busy.data.scheduleMeeting.meeting.invitations)
      expect((await ce(M.respondToInvitation, { i: { invitationId: i.id, answer: 'ACCEPTED' } })).errors).toBeUndefined();
    secrets.add(busy.data.scheduleMeeting.meeting.id).add(rawOf(busy.data.scheduleMeeting.meeting.id));
    aMeetingRaw = [rawOf(A.meeting), rawOf(busy.data.scheduleMeeting.meeting.id)];
    V.meeting = (await one(`select version from meetings where id = $1`, [rawOf(A.meeting)])).version;
    // Notices about A's meetings: the Region's people for A's meeting, A's admin for the Region's.
    aNoticeIds = (await app.sql(`select id from meeting_notices where meeting_id = any($1::uuid[])`, [aMeetingRaw])).map((r: any) => r.id);
    expect((await app.sql(`select count(*)::int as n from meeting_notices where user_id = $1 and meeting_id = any($2::uuid[])`, [USER.CE_ADMIN, aMeetingRaw]))[0].n).toBeGreaterThan(0);
    const group = await ce(M.createWorkingGroup, { i: { title: `Groupe ${MARK}`, organizationIds: [gid('Organization', ORG.REGION)] } });
    expect(group.errors).toBeUndefined();
    A.group = group.data.createWorkingGroup.id;
    const inv = await ce(M.inviteUser, { i: { email: 'secret.a@chantier-ecole.example', role: 'FEDERATION_STAFF' } });
    expect(inv.errors).toBeUndefined();
    A.invitation = inv.data.inviteUser.invitation.id;
    const feed = await ce(M.createCalendarFeed);
    expect(feed.errors).toBeUndefined();
    aFeedToken = /\/calendar\/feed\/(.+)\.ics$/.exec(feed.data.createCalendarFeed.url)![1];
    const account = await ce(M.createStructureAccount, { i: { memberId: gid('Member', m1) } });
    expect(account.errors).toBeUndefined();
    A.structureAccount = account.data.createStructureAccount.organization.id;

    // --- B: its own NEGOTIATION contract, and a STRUCTURE_USER of one of its members.
    const bc = await one(`select id from objective_contracts where tenant_id = $1 order by period_start limit 1`, [ORG.COCAGNE]);
    B.negContract = gid('ObjectiveContract', bc.id);
    const bcv = (await rs(Q.contract, { id: B.negContract })).data.contract.version;
    const bNeg = await rs(M.transitionContract, { i: { id: B.negContract, version: bcv, to: 'NEGOTIATION' } });
    expect(bNeg.errors).toBeUndefined();
    bNegVersion = bNeg.data.transitionContract.contract.version;
    const bm = await one(`select id from member_structures where tenant_id = $1 order by name limit 1`, [ORG.COCAGNE]);
    B.member = gid('Member', bm.id);
    const bAccount = await b(M.createStructureAccount, { i: { memberId: B.member } });
    expect(bAccount.errors).toBeUndefined();
    const bInv = await b(M.inviteUser, { i: { email: 'structure@cocagne.example', role: 'STRUCTURE_USER', organizationId: bAccount.data.createStructureAccount.organization.id } });
    expect(bInv.errors).toBeUndefined();
    const accepted = await app.gql(M.acceptInvitation, { i: { token: bInv.data.inviteUser.inviteUrl.split('/invitation/')[1], displayName: 'Structure Cocagne', password: DEMO_PASSWORD } });
    expect(accepted.errors).toBeUndefined();
    const bMeeting = await b(M.scheduleMeeting, { i: { title: 'Réunion de B', startsAt: '2027-06-08T10:00', endsAt: '2027-06-08T11:00', timeZone: 'Europe/Paris', organizationIds: [gid('Organization', ORG.REGION)] } });
    expect(bMeeting.errors).toBeUndefined();
    B.meeting = bMeeting.data.scheduleMeeting.meeting.id;
    bMeetingVersion = bMeeting.data.scheduleMeeting.meeting.version;
    bs = await app.as('structure@cocagne.example');
    // A person in both networks: staff of A, then invited by B too (same account).
    for (const inviter of [ce, b]) {
      const i = await inviter(M.inviteUser, { i: { email: 'double@chantier-ecole.example', role: 'FEDERATION_STAFF' } });
      expect(i.errors).toBeUndefined();
      const ok = await app.gql(M.acceptInvitation, { i: { token: i.data.inviteUser.inviteUrl.split('/invitation/')[1], displayName: 'Double Appartenance', password: DEMO_PASSWORD } });
      expect(ok.errors).toBeUndefined();
    }
    A.doubleMembership = gid('Membership', (await one(`select m.id from memberships m join users u on u.id = m.user_id where u.email = 'double@chantier-ecole.example' and m.organization_id = $1`, [CE])).id);
    bStructure = { org: rawOf(bAccount.data.createStructureAccount.organization.id), member: rawOf(B.member), user: (await one(`select id from users where email = 'structure@cocagne.example'`, [])).id };
    tokens.bs = await app.login('structure@cocagne.example');

    // --- Everything of A no outsider may see: every id of A's tenant-owned rows, raw and global.
    const add = (type: string, ids: string[]) => ids.forEach((id) => secrets.add(id) && secrets.add(gid(type, id)));
    const ids = async (sql: string) => (await app.sql(sql, [CE])).map((r: any) => r.id as string);
    add('Member', await ids(`select id from member_structures where tenant_id = $1`));
    add('ObjectiveContract', await ids(`select id from objective_contracts where tenant_id = $1`));
    add('Objective', await ids(`select id from objectives where tenant_id = $1`));
    add('Allocation', await ids(`select id from allocations where tenant_id = $1`));
    add('ContractComment', await ids(`select id from contract_comments where tenant_id = $1`));
    add('ExitReport', await ids(`select id from exit_reports where tenant_id = $1`));
    add('Organization', await ids(`select id from organizations where kind = 'STRUCTURE' and tenant_id = $1`));
    add('Invitation', await ids(`select id from invitations where organization_id = $1`));
    for (const g of [A.meeting, A.meetingInvitation, A.action, A.group, A.membership, A.doubleMembership]) secrets.add(g).add(rawOf(g));
    secrets.add(MARK).add('secret.a@chantier-ecole.example');
  }


  beforeAll(setUp, 120_000);
  afterAll(async () => {
    await app?.close();
    if (mode !== 'both walls') await dropRlsBypassingRole();
  });

  if (mode === 'both walls')
  describe('isolation sweep: the tables cover the whole schema', () => {
    const inv = schemaInventory();
    it('every Query field has a row (a new field fails here until its isolation check is written)', () => {
      expect(Object.keys(QUERIES).sort()).toEqual(inv.queries);
    });
    it('every Mutation field has a row', () => {
      expect(Object.keys(MUTATIONS).sort()).toEqual(inv.mutations);
    });
    it('every type implementing Node has a row', () => {
      expect(Object.keys(NODES).sort()).toEqual(inv.nodes);
    });
    it('the set-up really made A objects that outsiders could otherwise reach', () => {
      expect(Object.values(A).every((x) => typeof x === 'string' && x.length > 0)).toBe(true);
      expect(secrets.size).toBeGreaterThan(50);
    });
  });

  describe('isolation sweep: queries', () => {
    for (const [field, c] of Object.entries(QUERIES))
      it(`${field}: ${'how' in c ? c.how : `not tenant-scoped — ${c.notScoped}`}`, async () => {
        await c.run?.();
      });
  });

  describe('isolation sweep: mutations', () => {
    for (const [field, c] of Object.entries(MUTATIONS))
      it(`${field}: ${'how' in c ? c.how : `not tenant-scoped — ${c.notScoped}`}`, async () => {
        await c.run?.();
      });
  });

  describe('isolation sweep: node(id) for every Node type', () => {
    for (const [type, n] of Object.entries(NODES))
      it(`node(${type} of A) → NOT_FOUND like a missing id`, async () => {
        const id = n.id();
        expect(id.length).toBeGreaterThan(0);
        // Control: the object exists (and, where node() resolves the type, its owner gets it).
        expect(await app.sql(`select 1 from ${{ ActionItem: 'action_items', Allocation: 'allocations', ContractComment: 'contract_comments', ExitReport: 'exit_reports', Invitation: 'invitations', Meeting: 'meetings', MeetingInvitation: 'meeting_invitations', Member: 'member_structures', Membership: 'memberships', Objective: 'objectives', ObjectiveContract: 'objective_contracts', Organization: 'organizations', User: 'users', WorkingGroup: 'working_groups' }[type]} where id = $1`, [rawOf(id)])).toHaveLength(1);
        const own = await ce(Q.node, { id });
        if (n.ownerResolves) expect(own.data?.node?.__typename, JSON.stringify(own.errors)).toBe(type);
        else expect(errorCode(own), `node(${type}) now resolves for its owner: set ownerResolves`).toBe('NOT_FOUND');
        await hidden(`node(${type})`, Q.node, (x) => ({ id: x }), id, { who: n.who ?? OUT });
      });
  });

  describe('isolation sweep: plain routes', () => {
    it("/api/members.csv as B admin and B structure: no A member", async () => {
      for (const [who, t] of [['cocagne admin', tokens.b], ['cocagne structure', tokens.bs]] as const) {
        const r = await getRoute('/api/members.csv', t, who === 'cocagne admin' ? 'cocagne' : undefined);
        expect(r.status, who).toBe(200);
        expectNoneOf(r.text, secrets, `members.csv as ${who}`);
      }
    });

    it("/api/eligibility.csv as B admin: no A structure, also with network=<A>; structure users FORBIDDEN", async () => {
      const all = await getRoute('/api/eligibility.csv?year=2019', tokens.b, 'cocagne');
      expect(all.status).toBe(200);
      expectNoneOf(all.text, secrets, 'eligibility.csv');
      const other = await getRoute(`/api/eligibility.csv?year=2019&network=${A.network}`, tokens.b, 'cocagne');
      const missing = await getRoute(`/api/eligibility.csv?year=2019&network=${missingLike(A.network)}`, tokens.b, 'cocagne');
      expect(other).toEqual(missing);
      expect(other.text.trim().split(/\r?\n/)).toHaveLength(1); // the header only
      expect((await getRoute('/api/eligibility.csv?year=2019', tokens.bs)).status).toBe(403);
    });

    it("/calendar/meetings/<A's meeting>.ics as B admin, B structure, Calanques: 404 exactly like a missing meeting", async () => {
      const own = await getRoute(`/calendar/meetings/${A.meeting}.ics`, tokens.ce);
      expect(own.status).toBe(200);
      expect(own.text).toContain(MARK);
      for (const [who, t, org] of [['cocagne admin', tokens.b, 'cocagne'], ['cocagne structure', tokens.bs, undefined], ['calanques', tokens.cal, undefined]] as const) {
        const other = await getRoute(`/calendar/meetings/${A.meeting}.ics`, t, org);
        const missing = await getRoute(`/calendar/meetings/${missingLike(A.meeting)}.ics`, t, org);
        expect(other.status, who).toBe(404);
        expect(other, who).toEqual(missing);
      }
    });

    it("/calendar/feed/<token>.ics: B's feeds never carry A's meeting; A's feed works for A and a revoked or unknown token is a plain 404", async () => {
      const aFeed = await getRoute(`/calendar/feed/${aFeedToken}.ics`, null);
      expect(aFeed.status).toBe(200);
      expect(aFeed.text).toContain(MARK);
      for (const c of [b, bs]) {
        const r = await c(M.createCalendarFeed);
        const feed = await getRoute(new URL(r.data.createCalendarFeed.url).pathname, null);
        expect(feed.status).toBe(200);
        expectNoneOf(feed.text, [MARK, rawOf(A.meeting)], 'B feed');
      }
      // A session of B does not change what a feed token stands for, nor widen it.
      const withB = await getRoute(`/calendar/feed/${aFeedToken}.ics`, tokens.b, 'cocagne');
      expect(withB.text).toBe(aFeed.text);
      const unknown = await getRoute(`/calendar/feed/${'x'.repeat(aFeedToken.length)}.ics`, null);
      expect(unknown.status).toBe(404);
    });
  });

  describe('isolation sweep: the probes did not touch A', () => {
    it("A's rows are still A's, unchanged by every refused call (spot check on versions)", async () => {
      const s = await snapshot(app);
      expect(Object.keys(s).length).toBeGreaterThan(20);
      expect((await app.sql(`select version from member_structures where id = $1`, [rawOf(A.member)]))[0].version).toBe(V.member);
      expect((await app.sql(`select version, status from objective_contracts where id = $1`, [rawOf(A.negContract)]))[0]).toEqual({ version: V.negContract, status: 'NEGOTIATION' });
      expect((await app.sql(`select version, status from exit_reports where id = $1`, [rawOf(A.draftReport)]))[0]).toEqual({ version: V.draftReport, status: 'DRAFT' });
      expect((await app.sql(`select version, status from meetings where id = $1`, [rawOf(A.meeting)]))[0]).toEqual({ version: V.meeting, status: 'SCHEDULED' });
      expect(await app.sql(`select role from memberships where id = $1`, [rawOf(A.membership)])).toEqual([{ role: 'FEDERATION_ADMIN' }]);
    });
  });

  if (mode === 'both walls')
    describe('row-level security alone (the application role with a request\'s settings, no application code)', () => {
      const lit = (xs: string[]) => `array[${xs.map((x) => `'${x}'::uuid`).join(',')}]`;
      /** For each table with row-level security: which rows are A's (null: not tenant data). */
      const aRowsOf = (t: string, tenant: boolean): string | null => {
        if (tenant) return `tenant_id = '${ORG.CE}'`;
        const m = lit(aMeetingRaw);
        const byMeeting: Record<string, string | null> = {
          meetings: `id = any(${m})`,
          agenda_items: `meeting_id = any(${m})`,
          meeting_invitations: `meeting_id = any(${m})`,
          meeting_minutes: `meeting_id = any(${m})`,
          decisions: `meeting_id = any(${m})`,
          action_items: `meeting_id = any(${m})`,
          meeting_notices: `meeting_id = any(${m})`,
          working_groups: `id = '${rawOf(A.group)}'`,
          working_group_members: `working_group_id = '${rawOf(A.group)}'`,
          calendar_feed_tokens: `user_id = '${USER.CE_ADMIN}'`,
          region_settings: 'true',
          exit_reasons: null,
        };
        if (!(t in byMeeting)) throw new Error(`table ${t} has row-level security but no rule in the sweep: add one`);
        return byMeeting[t];
      };

      async function visibleToOutsider(settings: RlsSettings, rules: (t: string, tenant: boolean) => string | null) {
        const tables = await app.sql<{ t: string; tenant: boolean }>(
          `select c.relname as t, exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant
             from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity order by 1`,
        );
        expect(tables.length).toBeGreaterThan(15);
        const leaks: Record<string, number> = {};
        const present: Record<string, number> = {};
        for (const { t, tenant } of tables) {
          const where = rules(t, tenant);
          if (where === null) continue;
          const sql = `select count(*)::int as n from "${t}" where ${where}`;
          present[t] = (await app.sql(sql))[0].n;
          const n = (await asAppRole(app, settings, sql))[0].n;
          if (n) leaks[t] = n;
        }
        return { leaks, present };
      }

      it("network B (Cocagne) reads no row of A in any table with row-level security", async () => {
        const { leaks, present } = await visibleToOutsider({ tenantId: ORG.COCAGNE, orgKind: 'FEDERATION', organizationId: ORG.COCAGNE, userId: USER.MULTI }, aRowsOf);
        expect(leaks).toEqual({});
        // The check is not vacuous: A has rows in the main tables.
        for (const t of ['member_structures', 'objective_contracts', 'objectives', 'allocations', 'contract_comments', 'exit_reports', 'audit_events', 'meetings', 'meeting_invitations', 'action_items', 'working_groups', 'calendar_feed_tokens', 'meeting_notices'])
          expect(present[t], t).toBeGreaterThan(0);
      });

      it("a structure account of B reads no row of A either", async () => {
        const { leaks } = await visibleToOutsider({ tenantId: ORG.COCAGNE, orgKind: 'STRUCTURE', organizationId: bStructure.org, userId: bStructure.user, structureId: bStructure.member }, aRowsOf);
        expect(leaks).toEqual({});
      });

      it("a structure account of A (Calanques) reads no other structure's rows of A, nor the network's discussion", async () => {
        const calanques = rawOf(A.calanquesMember);
        const rules = (t: string, tenant: boolean): string | null => {
          const own: Record<string, string | null> = {
            member_structures: `tenant_id = '${ORG.CE}' and id <> '${calanques}'`,
            exit_reports: `tenant_id = '${ORG.CE}' and member_structure_id <> '${calanques}'`,
            allocations: `tenant_id = '${ORG.CE}' and member_structure_id <> '${calanques}'`,
            objective_contracts: `id = '${rawOf(A.negContract)}'`,
            objectives: `contract_id = '${rawOf(A.negContract)}'`,
            // Finding (foundation migration, not fixed here): audit_events' policy is tenant_id = app_tenant(),
            // so a structure account reads its whole network's audit trail under RLS alone. The application
            // wall hides it (histories are reached only through visible records).
            audit_events: null,
          };
          if (t in own) return own[t];
          return aRowsOf(t, tenant);
        };
        const { leaks } = await visibleToOutsider({ tenantId: ORG.CE, orgKind: 'STRUCTURE', organizationId: ORG.CALANQUES_ACCOUNT, userId: USER.CALANQUES, structureId: rawOf(A.calanquesMember) }, (t, tenant) =>
          // Its own network's tenant rows it may partly see by design: only the rules above, plus discussion, amendments and results, apply.
          tenant && !['member_structures', 'exit_reports', 'allocations', 'objective_contracts', 'objectives', 'audit_events'].includes(t)
            ? ['contract_comments', 'amendments', 'result_values'].includes(t)
              ? `tenant_id = '${ORG.CE}'`
              : null
            : rules(t, tenant),
        );
        expect(leaks).toEqual({});
      });

      it('every table has row-level security except the platform tables named here (a new table without it fails)', async () => {
        const open = await app.sql<{ t: string }>(
          `select c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'r' and not (c.relrowsecurity and c.relforcerowsecurity) order by 1`,
        );
        // People, sessions and organisations are read before a tenant is chosen; invitations and memberships
        // rely on the application wall only (see the sweep's report); exit_reasons is a shared catalogue (not forced).
        expect(open.map((r) => r.t)).toEqual(['exit_reasons', 'invitations', 'login_throttles', 'memberships', 'mikro_orm_migrations', 'organizations', 'sessions', 'users']);
      });

      it('the "nothing written" check itself sees a write', async () => {
        await expect(nothingWritten(app, 'self-test', async () => {
          await app.sql(`update member_structures set notes = coalesce(notes, '') || '.' where id = $1`, [rawOf(A.member)]);
        })).rejects.toThrow(/tables written/);
      });
    });
}

const BYPASS_ROLE = 'passerelle_sweep_bypass';

/** A role like the application's but with BYPASSRLS (fresh random password each run): only the application's own conditions stand. */
async function rlsBypassingRole(): Promise<Record<string, string>> {
  const password = `sweep-${randomBytes(18).toString('hex')}`;
  await asAdmin(async (admin) => {
    await admin.query(`select pg_advisory_lock(4242017)`);
    const { rows } = await admin.query(`select 1 from pg_roles where rolname = $1`, [BYPASS_ROLE]);
    await admin.query(`${rows.length ? 'alter' : 'create'} role ${BYPASS_ROLE} login bypassrls password '${password}'`);
    await admin.query(`select pg_advisory_unlock(4242017)`);
  });
  return { APP_DB_ROLE: BYPASS_ROLE, APP_DB_PASSWORD: password };
}

/** After the run (its database is dropped, so the role owns and holds nothing): no BYPASSRLS login left behind. */
async function dropRlsBypassingRole() {
  await asAdmin((admin) => admin.query(`drop role if exists ${BYPASS_ROLE}`)).catch(() => {});
}

async function asAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

describe('isolation sweep — both walls', () => defineSweep('both walls'));
describe('isolation sweep — application wall alone (row-level security bypassed)', () => defineSweep('application wall alone (row-level security bypassed)'));
