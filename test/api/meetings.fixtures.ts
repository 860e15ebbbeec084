// Shared bits of the meetings API tests.
import type { GqlResult } from '../helpers/app.js';
import { ORG, USER } from '../../server/src/seed/demo-ids.js';
import { MEETING_DEMO } from '../../server/src/meetings/meeting.seed.js';

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
export const orgGid = (id: string) => gid('Organization', id);
export const userGid = (id: string) => gid('User', id);
export const meetingGid = (id: string) => gid('Meeting', id);

export { ORG, USER, MEETING_DEMO };

export const NETWORK_IDS = [ORG.FAS, ORG.CE, ORG.COORACE, ORG.RQ, ORG.COCAGNE];

export const MEETING_FIELDS = `id title startsAt endsAt timeZone status version sequence place videoUrl
  convener { id name } agenda { position title }
  invitations { id answer comment organization { id name } person { id displayName } canRespond }
  myInvitations { id answer }
  minutes { body version } decisions { position text }
  actionItems { id title dueDate done ownerOrganization { id } ownerPerson { id } }
  canManage canEditMinutes icsPath`;

export const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) {
  meeting { ${MEETING_FIELDS} } conflicts { startsAt endsAt organization { id name } person { id displayName } } } }`;

export const MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;

export const baseInput = (over: Record<string, unknown> = {}) => ({
  title: 'Réunion test',
  agenda: ['Point 1', 'Point 2'],
  startsAt: '2027-02-02T10:00',
  endsAt: '2027-02-02T12:00',
  timeZone: 'Europe/Paris',
  place: 'Marseille',
  organizationIds: [orgGid(ORG.CE), orgGid(ORG.FAS)],
  ...over,
});

export const fieldsOf = (r: GqlResult) => ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[]).map((f) => `${f.field}:${f.code}`);
