// Plain rows read by the meeting queries, shaped like their GraphQL types.
export type MeetingStatusValue = 'SCHEDULED' | 'CANCELLED' | 'HELD';
export type AnswerValue = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';

export interface MeetingRow {
  id: string;
  workingGroupId: string | null;
  convenerOrgId: string;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  multiDay: boolean;
  place: string | null;
  videoUrl: string | null;
  status: MeetingStatusValue;
  minutesEditorIds: string[];
  version: number;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export const MEETING_COLUMNS = `m.id, m.working_group_id as "workingGroupId", m.convener_org_id as "convenerOrgId", m.title, m.description,
  m.starts_at as "startsAt", m.ends_at as "endsAt", m.time_zone as "timeZone", m.multi_day as "multiDay", m.place,
  m.video_url as "videoUrl", m.status, m.minutes_editor_ids::text[] as "minutesEditorIds", m.version, m.sequence,
  m.created_at as "createdAt", m.updated_at as "updatedAt"`;

export interface InvitationRow {
  id: string;
  meetingId: string;
  organizationId: string | null;
  userId: string | null;
  required: boolean;
  answer: AnswerValue;
  comment: string | null;
  answeredAt: Date | null;
  answeredByUserId: string | null;
}

export interface ActionItemRow {
  id: string;
  meetingId: string;
  meetingTitle: string;
  title: string;
  ownerUserId: string | null;
  ownerOrgId: string | null;
  dueDate: string | null;
  doneAt: Date | null;
  version: number;
}

export interface WorkingGroupRow {
  id: string;
  convenerOrgId: string;
  title: string;
  description: string | null;
  organizationIds: string[];
  version: number;
}

/** Raw SQL returns timestamps as text (the ORM's driver settings): make them Dates. */
export const asDate = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

export function withDates<T>(row: T, keys: (keyof T)[]): T {
  for (const k of keys) (row as Record<keyof T, unknown>)[k] = asDate(row[k]);
  return row;
}

export const fixMeeting = (r: MeetingRow) => withDates(r, ['startsAt', 'endsAt', 'createdAt', 'updatedAt']);
