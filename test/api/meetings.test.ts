import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ical, { type VEvent } from 'node-ical';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { MEETING, MEETING_DEMO, ORG, SCHEDULE, USER, baseInput, meetingGid, orgGid, userGid, NETWORK_IDS } from './meetings.fixtures.js';

let app: TestApp;
type Client = Awaited<ReturnType<TestApp['as']>>;
let region: Client, ce: Client, fas: Client, coorace: Client | null, calanques: Client, multiRq: Client;
let regionToken: string, ceToken: string;

beforeAll(async () => {
  app = await startTestApp();
  region = await app.as('region.staff@passerelle.example', 'region-sud');
  ce = await app.as('admin@chantier-ecole.example', 'chantier-ecole');
  fas = await app.as('staff@fas.example', 'fas');
  calanques = await app.as('structure@calanques.example');
  multiRq = await app.as('multi@passerelle.example', 'regies-mediterranee');
  coorace = null;
  regionToken = await app.login('region.staff@passerelle.example');
  ceToken = await app.login('admin@chantier-ecole.example');
});
afterAll(async () => app?.close());

const ics = async (path: string, token: string | null, org?: string) => {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (org) headers['x-organization'] = org;
  const res = await fetch(`${app.url}${path}`, { headers });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
};
const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as VEvent[];

describe('seeded working group', () => {
  it('the Region and the five networks see the group and its first meeting of 27 March 2018 (08:00Z, summer time)', async () => {
    const r = await region(`{ workingGroups { id title convener { id } organizations { id } } }`);
    expect(r.errors).toBeUndefined();
    const g = r.data.workingGroups.find((x: any) => x.title.startsWith('Groupe de travail ACI'));
    expect(g.organizations.map((o: any) => o.id).sort()).toEqual(NETWORK_IDS.map(orgGid).sort());
    const m = await ce(MEETING, { id: meetingGid(MEETING_DEMO.FIRST) });
    expect(m.errors).toBeUndefined();
    expect(m.data.meeting.startsAt).toBe('2018-03-27T08:00:00.000Z');
    expect(m.data.meeting.status).toBe('HELD');
    expect(m.data.meeting.minutes.body).toContain('Présents');
    expect(m.data.meeting.decisions).toHaveLength(2);
    expect(m.data.meeting.invitations).toHaveLength(5);
  });

  it('lists a month of meetings in a window, with answers per organisation', async () => {
    const r = await fas(`{ meetings(from: "2018-03-01T00:00:00Z", to: "2018-04-01T00:00:00Z") { totalCount edges { node { title startsAt invitations { answer organization { name } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.meetings.totalCount).toBe(2);
    expect(r.data.meetings.edges[0].node.startsAt).toBe('2018-03-21T09:00:00.000Z');
  });
});

describe('scheduling, answering, minutes and actions', () => {
  let meetingId: string;
  let version: number;

  it('the Region schedules a meeting with the five networks; local times are read in Europe/Paris', async () => {
    const r = await region(SCHEDULE, { i: baseInput({ organizationIds: NETWORK_IDS.map(orgGid), userIds: [userGid(USER.CALANQUES)], startsAt: '2027-03-30T10:00', endsAt: '2027-03-30T12:00' }) });
    expect(r.errors).toBeUndefined();
    const m = r.data.scheduleMeeting.meeting;
    expect(m.startsAt).toBe('2027-03-30T08:00:00.000Z'); // summer time
    expect(m.invitations).toHaveLength(6);
    expect(m.canManage).toBe(true);
    meetingId = m.id;
    version = m.version;
  });

  it('a network answers its organisation invitation; the convener sees the answer per organisation', async () => {
    const m = await ce(MEETING, { id: meetingId });
    expect(m.data.meeting.myInvitations).toHaveLength(1);
    expect(m.data.meeting.canManage).toBe(false);
    const r = await ce(`mutation($i: RespondToInvitationInput!) { respondToInvitation(input: $i) { id } }`, {
      i: { invitationId: m.data.meeting.myInvitations[0].id, answer: 'ACCEPTED', comment: 'Sophie Bernard viendra' },
    });
    expect(r.errors).toBeUndefined();
    const seen = await region(MEETING, { id: meetingId });
    const ceInv = seen.data.meeting.invitations.find((i: any) => i.organization?.id === orgGid(ORG.CE));
    expect(ceInv.answer).toBe('ACCEPTED');
    expect(ceInv.comment).toBe('Sophie Bernard viendra');
  });

  it('the structure user, invited personally, sees it and answers; a network cannot answer an invitation not its own', async () => {
    const m = await calanques(MEETING, { id: meetingId });
    expect(m.errors).toBeUndefined();
    expect(m.data.meeting.myInvitations).toHaveLength(1);
    const fasInv = (await region(MEETING, { id: meetingId })).data.meeting.invitations.find((i: any) => i.organization?.id === orgGid(ORG.FAS));
    const r = await ce(`mutation($i: RespondToInvitationInput!) { respondToInvitation(input: $i) { id } }`, { i: { invitationId: fasInv.id, answer: 'DECLINED' } });
    expect(errorCode(r)).toBe('FORBIDDEN');
    const [row] = await app.sql(`select answer from meeting_invitations where meeting_id = $1 and organization_id = $2`, [Buffer.from(meetingId, 'base64url').toString().split(':')[1], ORG.FAS]);
    expect(row.answer).toBe('PENDING');
  });

  it('a conflicting meeting warns about invitees who already accepted (times only)', async () => {
    const r = await region(SCHEDULE, { i: baseInput({ title: 'Autre réunion', organizationIds: [orgGid(ORG.CE)], startsAt: '2027-03-30T11:00', endsAt: '2027-03-30T13:00' }) });
    expect(r.errors).toBeUndefined();
    expect(r.data.scheduleMeeting.conflicts).toHaveLength(1);
    expect(r.data.scheduleMeeting.conflicts[0].organization.id).toBe(orgGid(ORG.CE));
    expect(r.data.scheduleMeeting.conflicts[0].startsAt).toBe('2027-03-30T08:00:00.000Z');
  });

  it('conflicts can be previewed before saving (same rule), and bad times are refused', async () => {
    const Q = `query($i: MeetingConflictsInput!) { meetingConflicts(input: $i) { startsAt organization { id } } }`;
    const busy = await region(Q, { i: { organizationIds: [orgGid(ORG.CE), orgGid(ORG.FAS)], startsAt: '2027-03-30T09:00', endsAt: '2027-03-30T10:30' } });
    expect(busy.data.meetingConflicts.map((c: any) => c.organization.id)).toEqual([orgGid(ORG.CE)]);
    const free = await region(Q, { i: { organizationIds: [orgGid(ORG.CE)], startsAt: '2027-03-30T12:00', endsAt: '2027-03-30T13:00' } });
    expect(free.data.meetingConflicts).toEqual([]);
    const bad = await region(Q, { i: { organizationIds: [orgGid(ORG.CE)], startsAt: '2027-03-30T12:00', endsAt: '2027-03-30T13:00', timeZone: 'Paris' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(errorCode(await calanques(Q, { i: { organizationIds: [], startsAt: '2027-03-30T12:00', endsAt: '2027-03-30T13:00' } }))).toBe('FORBIDDEN');
  });

  it('the slot finder skips busy times, weekends, nights and Easter Monday', async () => {
    // 2027: Easter Monday is 29 March.
    const r = await region(`query($i: FindMeetingSlotsInput!) { findMeetingSlots(input: $i) { startsAt endsAt } }`, {
      i: { organizationIds: [orgGid(ORG.CE)], durationMinutes: 120, from: '2027-03-27', to: '2027-03-31', limit: 100 },
    });
    expect(r.errors).toBeUndefined();
    const starts: string[] = r.data.findMeetingSlots.map((s: any) => s.startsAt);
    expect(starts[0]).toBe('2027-03-30T10:00:00.000Z'); // Tue 30 March from 12:00 Paris: CE accepted 10:00–12:00 Paris
    expect(starts.some((s) => s.startsWith('2027-03-29'))).toBe(false);
    expect(starts.some((s) => s.startsWith('2027-03-27') || s.startsWith('2027-03-28'))).toBe(false);
    expect(starts.at(-1)).toBe('2027-03-31T14:00:00.000Z'); // 16:00–18:00 Paris
  });

  it('updating raises version and SEQUENCE and tells the invitees; a stale version is a CONFLICT', async () => {
    const u = await region(`mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { meeting { version sequence place } } }`, {
      i: { id: meetingId, version, place: 'Aix-en-Provence' },
    });
    expect(u.errors).toBeUndefined();
    expect(u.data.updateMeeting.meeting).toMatchObject({ version: version + 1, sequence: 1, place: 'Aix-en-Provence' });
    const stale = await region(`mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { meeting { version } } }`, { i: { id: meetingId, version, place: 'Nice' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const m = await region(MEETING, { id: meetingId });
    expect(m.data.meeting.place).toBe('Aix-en-Provence');
    const notices = await ce(`{ unreadMeetingNoticeCount meetingNotices { kind meetingId } }`);
    expect(notices.data.meetingNotices.filter((n: any) => n.meetingId === meetingId).map((n: any) => n.kind).sort()).toEqual(['INVITED', 'UPDATED']);
    version += 1;
  });

  it('minutes: the convener writes them, a network may not, a stale minutes version is refused', async () => {
    const save = `mutation($i: SaveMinutesInput!) { saveMinutes(input: $i) { minutes { body version } decisions { text } } }`;
    const r = await region(save, { i: { meetingId, body: 'Compte rendu', decisions: ['Décision 1'] } });
    expect(r.errors).toBeUndefined();
    expect(r.data.saveMinutes.minutes.version).toBe(1);
    const denied = await ce(save, { i: { meetingId, body: 'Pirate', decisions: [], version: 1 } });
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const stale = await region(save, { i: { meetingId, body: 'Autre', decisions: [], version: 0 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const m = await ce(MEETING, { id: meetingId });
    expect(m.data.meeting.minutes.body).toBe('Compte rendu');
    expect(m.data.meeting.decisions).toEqual([{ position: 1, text: 'Décision 1' }]);
  });

  it('an action for a network appears in its "Mes actions" and its owner marks it done', async () => {
    const add = await region(`mutation($i: AddActionItemInput!) { addActionItem(input: $i) { id title dueDate } }`, {
      i: { meetingId, title: 'Envoyer les chiffres', ownerOrganizationId: orgGid(ORG.CE), dueDate: '2027-04-15' },
    });
    expect(add.errors).toBeUndefined();
    const mine = await ce(`{ myActionItems { id title done } }`);
    expect(mine.data.myActionItems.map((a: any) => a.id)).toContain(add.data.addActionItem.id);
    expect((await fas(`{ myActionItems { id } }`)).data.myActionItems.map((a: any) => a.id)).not.toContain(add.data.addActionItem.id);
    const denied = await fas(`mutation($i: CompleteActionItemInput!) { completeActionItem(input: $i) { done } }`, { i: { id: add.data.addActionItem.id } });
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const done = await ce(`mutation($i: CompleteActionItemInput!) { completeActionItem(input: $i) { done doneAt } }`, { i: { id: add.data.addActionItem.id } });
    expect(done.data.completeActionItem.done).toBe(true);
  });

  it('cancelling keeps the meeting with STATUS:CANCELLED and a higher SEQUENCE in the .ics', async () => {
    const c = await region(`mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { status sequence } }`, { i: { id: meetingId, version } });
    expect(c.errors).toBeUndefined();
    expect(c.data.cancelMeeting).toEqual({ status: 'CANCELLED', sequence: 2 });
    const f = await ics(`/calendar/meetings/${meetingId}.ics`, ceToken);
    expect(f.status).toBe(200);
    const [ev] = events(f.text);
    expect(ev.status).toBe('CANCELLED');
    expect(Number(ev.sequence)).toBe(2);
    expect(ev.uid).toContain(Buffer.from(meetingId, 'base64url').toString().split(':')[1]);
    const n = await ce(`{ meetingNotices { kind meetingId } }`);
    expect(n.data.meetingNotices.some((x: any) => x.meetingId === meetingId && x.kind === 'CANCELLED')).toBe(true);
  });
});

describe('.ics files across the daylight-saving change', () => {
  it('21 March 2018 10:00 Paris is 09:00Z and 27 March 2018 10:00 Paris is 08:00Z, parsed back by node-ical', async () => {
    for (const [id, utc] of [
      [MEETING_DEMO.KICKOFF, '2018-03-21T09:00:00.000Z'],
      [MEETING_DEMO.FIRST, '2018-03-27T08:00:00.000Z'],
    ]) {
      const f = await ics(`/calendar/meetings/${meetingGid(id)}.ics`, regionToken);
      expect(f.status).toBe(200);
      expect(f.type).toContain('text/calendar');
      expect(f.text).toContain('DTSTART;TZID=Europe/Paris:201803');
      const [ev] = events(f.text);
      expect(ev.start.toISOString()).toBe(utc);
      expect(ev.uid).toBe(`meeting-${id}@passerelle`);
    }
  });

  it('a meeting scheduled with an explicit offset keeps its instant', async () => {
    const r = await region(SCHEDULE, { i: baseInput({ startsAt: '2018-03-06T10:00:00+01:00', endsAt: '2018-03-06T11:00:00+01:00', organizationIds: [] }) });
    expect(r.data.scheduleMeeting.meeting.startsAt).toBe('2018-03-06T09:00:00.000Z');
    const f = await ics(`/calendar/meetings/${r.data.scheduleMeeting.meeting.id}.ics`, regionToken);
    expect(f.text).toContain('DTSTART;TZID=Europe/Paris:20180306T100000');
    expect(events(f.text)[0].start.toISOString()).toBe('2018-03-06T09:00:00.000Z');
  });

  it('the private feed lists the meetings of its owner, needs no session, and stops when revoked', async () => {
    const c = await fas(`mutation { createCalendarFeed { url } }`);
    const url = new URL(c.data.createCalendarFeed.url);
    const f = await ics(url.pathname, null);
    expect(f.status).toBe(200);
    const uids = events(f.text).map((e) => e.uid);
    expect(uids).toContain(`meeting-${MEETING_DEMO.FIRST}@passerelle`);
    const token = url.pathname.split('/').pop()!.replace('.ics', '');
    const [stored] = await app.sql(`select token_hash from calendar_feed_tokens limit 1`);
    expect(stored.token_hash).not.toContain(token);
    expect((await fas(`mutation { revokeCalendarFeed }`)).data.revokeCalendarFeed).toBe(1);
    expect((await ics(url.pathname, null)).status).toBe(404);
  });
});

describe('isolation', () => {
  let privateId: string;
  beforeAll(async () => {
    const r = await region(SCHEDULE, { i: baseInput({ title: 'Réunion Région – FAS', organizationIds: [orgGid(ORG.FAS)] }) });
    privateId = r.data.scheduleMeeting.meeting.id;
  });

  it('a network not invited gets NOT_FOUND by id, by node(id), and 404 for the .ics', async () => {
    expect(errorCode(await ce(MEETING, { id: privateId }))).toBe('NOT_FOUND');
    expect(errorCode(await ce(`query($id: ID!) { node(id: $id) { id } }`, { id: privateId }))).toBe('NOT_FOUND');
    const guess = await ics(`/calendar/meetings/${privateId}.ics`, ceToken);
    const missing = await ics(`/calendar/meetings/${meetingGid('00000000-0000-4000-8000-0000000fffff')}.ics`, ceToken);
    expect(guess.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(guess.text).toBe(missing.text.replace('Meeting', 'Meeting'));
    expect((await ics(`/calendar/meetings/${privateId}.ics`, null)).status).toBe(401);
    const fasSees = await fas(MEETING, { id: privateId });
    expect(fasSees.errors).toBeUndefined();
  });

  it('a network not invited does not list it, cannot change, cancel, minute or answer it', async () => {
    const list = await ce(`{ meetings(from: "2027-01-01T00:00:00Z", to: "2027-12-31T00:00:00Z") { edges { node { id } } } }`);
    expect(list.data.meetings.edges.map((e: any) => e.node.id)).not.toContain(privateId);
    expect(errorCode(await ce(`mutation($i: SaveMinutesInput!) { saveMinutes(input: $i) { id } }`, { i: { meetingId: privateId, body: 'x' } }))).toBe('NOT_FOUND');
    const fasInv = (await region(MEETING, { id: privateId })).data.meeting.invitations[0].id;
    expect(errorCode(await ce(`mutation($i: RespondToInvitationInput!) { respondToInvitation(input: $i) { id } }`, { i: { invitationId: fasInv, answer: 'ACCEPTED' } }))).toBe('NOT_FOUND');
    expect(errorCode(await ce(`mutation($i: AddActionItemInput!) { addActionItem(input: $i) { id } }`, { i: { meetingId: privateId, title: 'x', ownerOrganizationId: orgGid(ORG.CE) } }))).toBe('NOT_FOUND');
    // FAS is invited but does not convene.
    expect(errorCode(await fas(`mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { id } }`, { i: { id: privateId, version: 1 } }))).toBe('FORBIDDEN');
  });

  it('node(id) answers a meeting invitation to whoever sees its meeting, and NOT_FOUND like a missing id to others', async () => {
    const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on MeetingInvitation { required answer comment organization { id } person { id } canRespond } } }`;
    const inv = (await region(MEETING, { id: privateId })).data.meeting.invitations.find((i: any) => i.organization?.id === orgGid(ORG.FAS));
    expect(inv).toBeDefined();
    const expected = { __typename: 'MeetingInvitation', id: inv.id, answer: 'PENDING', comment: null, organization: { id: orgGid(ORG.FAS) }, person: null };
    const byConvener = await region(NODE, { id: inv.id });
    expect(byConvener.errors).toBeUndefined();
    expect(byConvener.data.node).toMatchObject({ ...expected, canRespond: false });
    const byInvitee = await fas(NODE, { id: inv.id });
    expect(byInvitee.errors).toBeUndefined();
    expect(byInvitee.data.node).toMatchObject({ ...expected, canRespond: true });
    const missingId = Buffer.from('MeetingInvitation:00000000-0000-4000-8000-0000000fffff', 'utf8').toString('base64url');
    for (const outsider of [ce, calanques, multiRq]) {
      const other = await outsider(NODE, { id: inv.id });
      expect(errorCode(other)).toBe('NOT_FOUND');
      expect(other).toEqual(await outsider(NODE, { id: missingId }));
    }
  });

  it("someone else's feed token, or a made-up one, is a 404", async () => {
    const c = await fas(`mutation { createCalendarFeed { url } }`);
    const path = new URL(c.data.createCalendarFeed.url).pathname;
    const fasFeed = await ics(path, ceToken, 'chantier-ecole');
    expect(fasFeed.status).toBe(200); // the token is the key: it shows FAS's calendar, never CE's
    expect(events(fasFeed.text).map((e) => e.uid)).toContain(`meeting-${Buffer.from(privateId, 'base64url').toString().split(':')[1]}@passerelle`);
    expect((await ics('/calendar/feed/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics', null)).status).toBe(404);
    const ceFeed = await ics(new URL((await ce(`mutation { createCalendarFeed { url } }`)).data.createCalendarFeed.url).pathname, null);
    expect(events(ceFeed.text).map((e) => e.uid)).not.toContain(`meeting-${Buffer.from(privateId, 'base64url').toString().split(':')[1]}@passerelle`);
  });

  it('a structure user sees only the meetings they are personally invited to', async () => {
    const list = await calanques(`{ meetings(from: "2018-01-01T00:00:00Z", to: "2018-12-31T00:00:00Z") { totalCount } }`);
    expect(list.data.meetings.totalCount).toBe(0);
    expect(errorCode(await calanques(MEETING, { id: meetingGid(MEETING_DEMO.FIRST) }))).toBe('NOT_FOUND');
    expect((await calanques(MEETING, { id: meetingGid(MEETING_DEMO.UPCOMING) })).errors).toBeUndefined();
    expect(errorCode(await calanques(`{ workingGroups { id } }`))).toBeUndefined();
  });

  it('a person with two memberships sees per active organisation', async () => {
    expect((await multiRq(MEETING, { id: privateId })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
