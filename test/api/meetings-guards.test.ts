import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { asAppRole } from '../helpers/rls.js';
import { MEETING_DEMO, ORG, SCHEDULE, USER, baseInput, fieldsOf, gid, meetingGid, orgGid, userGid } from './meetings.fixtures.js';

let app: TestApp;
type Client = Awaited<ReturnType<TestApp['as']>>;
let region: Client, ce: Client;

beforeAll(async () => {
  app = await startTestApp();
  region = await app.as('region.staff@passerelle.example', 'region-sud');
  ce = await app.as('admin@chantier-ecole.example', 'chantier-ecole');
});
afterAll(async () => app?.close());

const counts = async () =>
  (
    await app.sql(`select (select count(*) from meetings) + (select count(*) from meeting_invitations) + (select count(*) from agenda_items)
      + (select count(*) from meeting_notices) + (select count(*) from working_groups) as n`)
  )[0].n;

describe('bad input: BAD_USER_INPUT naming the field, nothing written', () => {
  const cases: [string, Client | (() => Client), Record<string, unknown>, string][] = [];
  const badSchedule = async (who: () => Client, over: Record<string, unknown>, expected: string) => {
    const before = await counts();
    const r = await who()(SCHEDULE, { i: baseInput(over) });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toContain(expected);
    expect(await counts()).toBe(before);
  };
  void cases;

  it('end before start', () => badSchedule(() => region, { startsAt: '2027-02-02T12:00', endsAt: '2027-02-02T10:00' }, 'endsAt:meeting.endBeforeStart'));
  it('longer than a day without multiDay', () => badSchedule(() => region, { startsAt: '2027-02-02T10:00', endsAt: '2027-02-03T10:30' }, 'endsAt:meeting.tooLong'));
  it('an unknown time zone', () => badSchedule(() => region, { timeZone: 'Europe/Marseille' }, 'timeZone:timeZone.unknown'));
  it('a date in another century', () => badSchedule(() => region, { startsAt: '1918-11-11T11:00', endsAt: '1918-11-11T12:00' }, 'startsAt:date.outOfRange'));
  it('an organisation that does not exist', () =>
    badSchedule(() => region, { organizationIds: [orgGid(ORG.CE), orgGid('00000000-0000-4000-8000-0000000fffff')] }, 'organizationIds.1:invitee.notAllowed'));
  it('a person that does not exist', () => badSchedule(() => region, { userIds: [userGid('00000000-0000-4000-8000-0000000fffff')] }, 'userIds.0:invitee.notAllowed'));
  it('a malformed id', () => badSchedule(() => region, { organizationIds: ['nope'] }, 'organizationIds.0:id.unknown'));
  it('a network inviting another network', () => badSchedule(() => ce, { organizationIds: [orgGid(ORG.CE), orgGid(ORG.FAS)] }, 'organizationIds.1:invitee.notAllowed'));
  it("a network inviting another network's person", () => badSchedule(() => ce, { organizationIds: [orgGid(ORG.REGION)], userIds: [userGid(USER.FAS_STAFF)] }, 'userIds.0:invitee.notAllowed'));
  it('the Region may not invite a structure account as an organisation (its people, yes)', () =>
    badSchedule(() => region, { organizationIds: [orgGid(ORG.CALANQUES_ACCOUNT)] }, 'organizationIds.0:invitee.notAllowed'));

  it('a network may invite the Region, itself and the people of its own structures', async () => {
    const r = await ce(SCHEDULE, { i: baseInput({ organizationIds: [orgGid(ORG.REGION), orgGid(ORG.CE)], userIds: [userGid(USER.CALANQUES)] }) });
    expect(r.errors).toBeUndefined();
    expect(r.data.scheduleMeeting.meeting.invitations).toHaveLength(3);
  });

  it('an update with bad times changes nothing', async () => {
    const m = (await region(SCHEDULE, { i: baseInput() })).data.scheduleMeeting.meeting;
    const r = await region(`mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { meeting { id } } }`, {
      i: { id: m.id, version: m.version, startsAt: '2027-02-02T13:00', place: 'Nice' },
    });
    expect(fieldsOf(r)).toEqual(['endsAt:meeting.endBeforeStart']);
    const [row] = await app.sql(`select place, version, sequence from meetings where id = $1`, [Buffer.from(m.id, 'base64url').toString().split(':')[1]]);
    expect(row).toEqual({ place: 'Marseille', version: 1, sequence: 0 });
  });

  it('answering PENDING, or a slot search with an unknown zone, is refused', async () => {
    const m = await ce(`query($id: ID!) { meeting(id: $id) { myInvitations { id } } }`, { id: meetingGid(MEETING_DEMO.UPCOMING) });
    const r = await ce(`mutation($i: RespondToInvitationInput!) { respondToInvitation(input: $i) { id } }`, { i: { invitationId: m.data.meeting.myInvitations[0].id, answer: 'PENDING' } });
    expect(fieldsOf(r)).toEqual(['answer:answer.pending']);
    const s = await region(`query($i: FindMeetingSlotsInput!) { findMeetingSlots(input: $i) { startsAt } }`, { i: { durationMinutes: 60, from: '2027-01-04', to: '2027-01-08', timeZone: 'Mars/Olympus' } });
    expect(fieldsOf(s)).toEqual(['timeZone:timeZone.unknown']);
  });

  it('working groups: created with allowed organisations only, visible to participants only', async () => {
    const create = `mutation($i: CreateWorkingGroupInput!) { createWorkingGroup(input: $i) { id title organizations { id } } }`;
    const before = await counts();
    const bad = await ce(create, { i: { title: 'GT', organizationIds: [orgGid(ORG.CE), orgGid(ORG.FAS)] } });
    expect(fieldsOf(bad)).toEqual(['organizationIds.1:invitee.notAllowed']);
    const blank = await region(create, { i: { title: '  ', organizationIds: [] } });
    expect(fieldsOf(blank)).toEqual(['title:required']);
    expect(await counts()).toBe(before);
    const ok = await ce(create, { i: { title: 'GT Chantier école – Région', organizationIds: [orgGid(ORG.CE), orgGid(ORG.REGION)] } });
    expect(ok.errors).toBeUndefined();
    const id = ok.data.createWorkingGroup.id;
    expect((await region(`query($id: ID!) { workingGroup(id: $id) { title } }`, { id })).data.workingGroup.title).toBe('GT Chantier école – Région');
    const fas = await app.as('staff@fas.example', 'fas');
    expect(errorCode(await fas(`query($id: ID!) { workingGroup(id: $id) { title } }`, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await fas(`query($id: ID!) { node(id: $id) { id } }`, { id }))).toBe('NOT_FOUND');
    expect((await fas(`{ workingGroups { id } }`)).data.workingGroups.map((g: any) => g.id)).not.toContain(id);
    // Scheduling in a group one does not convene is refused.
    const other = await fas(SCHEDULE, { i: baseInput({ workingGroupId: id, organizationIds: [orgGid(ORG.FAS)] }) });
    expect(fieldsOf(other)).toEqual(['workingGroupId:workingGroup.unknown']);
  });

  it('a structure user may not convene', async () => {
    const s = await app.as('structure@calanques.example');
    expect(errorCode(await s(SCHEDULE, { i: baseInput({ organizationIds: [] }) }))).toBe('FORBIDDEN');
  });
});

describe('row-level security alone (no application condition)', () => {
  let fasOnly: string;
  beforeAll(async () => {
    const r = await region(SCHEDULE, { i: baseInput({ title: 'Région – FAS seulement', organizationIds: [orgGid(ORG.FAS)] }) });
    fasOnly = Buffer.from(r.data.scheduleMeeting.meeting.id, 'base64url').toString().split(':')[1];
  });
  const asCe = { tenantId: ORG.CE, orgKind: 'FEDERATION' as const, organizationId: ORG.CE, userId: USER.CE_ADMIN };
  const asFas = { tenantId: ORG.FAS, orgKind: 'FEDERATION' as const, organizationId: ORG.FAS, userId: USER.FAS_STAFF };

  it('hides a meeting and all its rows from a network not invited, without policy recursion', async () => {
    for (const t of ['meetings', 'agenda_items', 'meeting_invitations']) {
      const col = t === 'meetings' ? 'id' : 'meeting_id';
      expect(await asAppRole(app, asCe, `select 1 from ${t} where ${col} = $1`, [fasOnly])).toHaveLength(0);
      expect((await asAppRole(app, asFas, `select 1 from ${t} where ${col} = $1`, [fasOnly])).length).toBeGreaterThan(0);
    }
    // The whole table reads without "infinite recursion detected in policy".
    const seen = await asAppRole(app, asCe, `select m.id, (select count(*) from meeting_invitations i where i.meeting_id = m.id) as n from meetings m`);
    expect(seen.map((r) => r.id)).not.toContain(fasOnly);
    expect(seen.map((r) => r.id)).toContain(MEETING_DEMO.FIRST);
  });

  it('a structure account sees only its personal invitations; no settings see nothing', async () => {
    const s = await asAppRole(app, { tenantId: ORG.CE, orgKind: 'STRUCTURE', organizationId: ORG.CALANQUES_ACCOUNT, userId: USER.CALANQUES }, `select id from meetings`);
    expect(s.map((r) => r.id)).toContain(MEETING_DEMO.UPCOMING);
    expect(s.map((r) => r.id)).not.toContain(MEETING_DEMO.FIRST);
    const personal = await app.sql(`select distinct meeting_id from meeting_invitations where user_id = $1`, [USER.CALANQUES]);
    expect(s.map((r) => r.id).sort()).toEqual(personal.map((r) => r.meeting_id).sort());
    expect(await asAppRole(app, {}, `select id from meetings`)).toHaveLength(0);
    expect(await asAppRole(app, {}, `select id from action_items`)).toHaveLength(0);
  });

  it('refuses writing into a meeting one cannot see', async () => {
    await expect(
      asAppRole(app, asCe, `insert into meeting_invitations (id, meeting_id, organization_id) values (gen_random_uuid(), $1, $2)`, [fasOnly, ORG.CE]),
    ).rejects.toThrow(/row-level security/);
    await expect(asAppRole(app, asCe, `update meetings set title = 'x' where id = $1 returning id`, [fasOnly])).resolves.toHaveLength(0);
  });

  it("hides other people's feed tokens and notices", async () => {
    await ce(`mutation { createCalendarFeed { url } }`);
    expect(await asAppRole(app, asFas, `select 1 from calendar_feed_tokens`)).toHaveLength(0);
    expect((await asAppRole(app, asCe, `select 1 from calendar_feed_tokens`)).length).toBeGreaterThan(0);
    const notices = await asAppRole(app, asFas, `select distinct user_id from meeting_notices`);
    expect(notices.map((n) => n.user_id)).toEqual([USER.FAS_STAFF]);
  });
});

describe('query count', () => {
  const seedMonth = async (month: string, n: number) => {
    for (let i = 0; i < n; i++) {
      const [m] = await app.sql(
        `insert into meetings (id, convener_org_id, title, starts_at, ends_at) values (gen_random_uuid(), $1, $2, $3::timestamptz, $3::timestamptz + interval '2 hours') returning id`,
        [ORG.REGION, `Réunion ${i}`, `${month}-${String(1 + (i % 27)).padStart(2, '0')}T08:00:00Z`],
      );
      await app.sql(`insert into agenda_items (id, meeting_id, position, title) values (gen_random_uuid(), $1, 1, 'Point')`, [m.id]);
      for (const [k, o] of [ORG.FAS, ORG.CE, ORG.COORACE, ORG.RQ, ORG.COCAGNE].entries())
        await app.sql(
          `insert into meeting_invitations (id, meeting_id, organization_id, answer, answered_by_user_id) values (gen_random_uuid(), $1, $2, $3, $4)`,
          [m.id, o, k % 2 ? 'ACCEPTED' : 'PENDING', k % 2 ? USER.MULTI : null],
        );
      await app.sql(`insert into meeting_invitations (id, meeting_id, user_id, answer) values (gen_random_uuid(), $1, $2, 'TENTATIVE')`, [m.id, USER.CALANQUES]);
    }
  };
  const MONTH = `query($from: DateTimeISO!, $to: DateTimeISO!) { meetings(from: $from, to: $to, first: 100) { totalCount edges { node {
    id title startsAt status convener { name } workingGroup { title } agenda { title } minutes { body } actionItems { title }
    invitations { answer comment organization { name } person { displayName } answeredBy { displayName } canRespond } myInvitations { id } canManage } } } }`;

  it('a month of meetings with invitations and answers costs the same statements for 3 and 30 meetings', async () => {
    await seedMonth('2029-05', 3);
    await seedMonth('2029-06', 30);
    let r3: any, r30: any;
    const q3 = await app.countQueries(async () => (r3 = await region(MONTH, { from: '2029-05-01T00:00:00Z', to: '2029-06-01T00:00:00Z' })));
    const q30 = await app.countQueries(async () => (r30 = await region(MONTH, { from: '2029-06-01T00:00:00Z', to: '2029-07-01T00:00:00Z' })));
    expect(r3.errors).toBeUndefined();
    expect(r3.data.meetings.totalCount).toBe(3);
    expect(r30.data.meetings.totalCount).toBe(30);
    expect(r30.data.meetings.edges[0].node.invitations).toHaveLength(6);
    expect(q30).toBe(q3);
  });

  it('a network sees the same month through its invitations, at a fixed cost', async () => {
    let r: any;
    const q = await app.countQueries(async () => (r = await ce(MONTH, { from: '2029-06-01T00:00:00Z', to: '2029-07-01T00:00:00Z' })));
    expect(r.data.meetings.totalCount).toBe(30);
    const q3 = await app.countQueries(async () => ce(MONTH, { from: '2029-05-01T00:00:00Z', to: '2029-06-01T00:00:00Z' }));
    expect(q).toBe(q3);
  });
});

describe('other lists: fixed statement counts, notices read', () => {
  it('myActionItems and workingGroups cost the same for few and many rows', async () => {
    const ACTIONS = `{ myActionItems(includeDone: true) { id title dueDate done meetingTitle ownerOrganization { name } ownerPerson { displayName } mine } }`;
    const GROUPS = `{ workingGroups { id title convener { name } organizations { name } } }`;
    const add = async (n: number, from: number) => {
      for (let i = from; i < from + n; i++) {
        await app.sql(`insert into action_items (id, meeting_id, title, owner_org_id, owner_user_id, due_date) values (gen_random_uuid(), $1, $2, $3, $4, '2027-01-31')`, [
          MEETING_DEMO.UPCOMING,
          `Action ${i}`,
          i % 2 ? ORG.CE : null,
          i % 2 ? null : USER.CE_ADMIN,
        ]);
        const [g] = await app.sql(`insert into working_groups (id, convener_org_id, title) values (gen_random_uuid(), $1, $2) returning id`, [ORG.REGION, `GT ${i}`]);
        await app.sql(`insert into working_group_members (working_group_id, organization_id) values ($1, $2), ($1, $3)`, [g.id, ORG.CE, ORG.RQ]);
      }
    };
    await add(2, 0);
    let few: any;
    const qa1 = await app.countQueries(async () => (few = await ce(ACTIONS)));
    const qg1 = await app.countQueries(async () => region(GROUPS));
    await add(20, 2);
    let many: any;
    const qa2 = await app.countQueries(async () => (many = await ce(ACTIONS)));
    const qg2 = await app.countQueries(async () => region(GROUPS));
    expect(many.data.myActionItems.length).toBe(few.data.myActionItems.length + 20);
    expect(qa2).toBe(qa1);
    expect(qg2).toBe(qg1);
  });

  it('notices are per person and marked read', async () => {
    const fas = await app.as('staff@fas.example', 'fas');
    const before = (await fas(`{ unreadMeetingNoticeCount }`)).data.unreadMeetingNoticeCount;
    expect(before).toBeGreaterThan(0);
    const marked = await fas(`mutation { markMeetingNoticesRead(input: {}) }`);
    expect(marked.data.markMeetingNoticesRead).toBe(before);
    expect((await fas(`{ unreadMeetingNoticeCount }`)).data.unreadMeetingNoticeCount).toBe(0);
    // Someone else's notices are untouched.
    const [other] = await app.sql(`select count(*)::int as n from meeting_notices where user_id <> $1 and read_at is null`, [USER.FAS_STAFF]);
    expect(other.n).toBeGreaterThan(0);
  });
});

void gid;
