import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node, toGlobalId } from '../core/relay.js';
import { Connection } from '../core/relay.js';
import type { ActionItemRow, InvitationRow, MeetingRow, WorkingGroupRow } from './meeting.rows.js';
import { OrganizationNode } from '../organizations/organization.types.js';

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
  HELD = 'HELD',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

export enum InvitationAnswer {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  TENTATIVE = 'TENTATIVE',
}
registerEnumType(InvitationAnswer, { name: 'InvitationAnswer' });

export enum MeetingNoticeKind {
  INVITED = 'INVITED',
  UPDATED = 'UPDATED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingNoticeKind, { name: 'MeetingNoticeKind' });

@ObjectType('MeetingPerson', { description: 'A person met in meetings (name only).' })
export class MeetingPerson {
  @Field(() => ID, { description: 'Global id of the User.' }) id: string;
  @Field(() => String) displayName: string;
}

@ObjectType('WorkingGroup', { implements: Node, description: 'A collective working group convened by the Region or a network.' })
export class WorkingGroupNode extends Node {
  readonly __typename = 'WorkingGroup';
  row: WorkingGroupRow;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int) version: number;
}
export const toWorkingGroupNode = (r: WorkingGroupRow) =>
  Object.assign(new WorkingGroupNode(), { id: toGlobalId('WorkingGroup', r.id), row: r, title: r.title, description: r.description, version: r.version });

@ObjectType('Meeting', { implements: Node, description: 'A meeting; times are stored in UTC with the time zone they were set in.' })
export class MeetingNode extends Node {
  readonly __typename = 'Meeting';
  row: MeetingRow;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Date, { description: 'Start, UTC instant.' }) startsAt: Date;
  @Field(() => Date, { description: 'End, UTC instant.' }) endsAt: Date;
  @Field(() => String, { description: 'IANA time zone the meeting was set in (Europe/Paris by default).' }) timeZone: string;
  @Field(() => Boolean) multiDay: boolean;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) videoUrl: string | null;
  @Field(() => MeetingStatus) status: MeetingStatus;
  @Field(() => Int, { description: 'Optimistic concurrency: send it back with updateMeeting/cancelMeeting.' }) version: number;
  @Field(() => Int, { description: 'iCalendar SEQUENCE: raised on every change.' }) sequence: number;
}
export const toMeetingNode = (r: MeetingRow) =>
  Object.assign(new MeetingNode(), {
    id: toGlobalId('Meeting', r.id),
    row: r,
    title: r.title,
    description: r.description,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    timeZone: r.timeZone,
    multiDay: r.multiDay,
    place: r.place,
    videoUrl: r.videoUrl,
    status: r.status as MeetingStatus,
    version: r.version,
    sequence: r.sequence,
  });

export const MeetingConnection = Connection(MeetingNode, 'Meeting');

@ObjectType('AgendaItem')
export class AgendaItemType {
  @Field(() => Int) position: number;
  @Field(() => String) title: string;
}

@ObjectType('Decision')
export class DecisionType {
  @Field(() => Int) position: number;
  @Field(() => String) text: string;
}

@ObjectType('MeetingMinutes', { description: 'The minutes ("compte rendu"), visible to every invited organisation.' })
export class MinutesType {
  @Field(() => String) body: string;
  @Field(() => Int) version: number;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('MeetingInvitation', { implements: Node, description: 'An invitation of an organisation or of a person, with its answer.' })
export class MeetingInvitationNode extends Node {
  readonly __typename = 'MeetingInvitation';
  row: InvitationRow;
  @Field(() => Boolean) required: boolean;
  @Field(() => InvitationAnswer) answer: InvitationAnswer;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  // Filled in one batch by the meeting's `invitations` field (no resolver per invitation: lists stay cheap).
  @Field(() => OrganizationNode, { nullable: true }) organization: OrganizationNode | null;
  @Field(() => MeetingPerson, { nullable: true }) person: MeetingPerson | null;
  @Field(() => MeetingPerson, { nullable: true, description: 'Who answered (for an organisation).' }) answeredBy: MeetingPerson | null;
  @Field(() => Boolean, { description: 'Whether you answer this invitation.' }) canRespond: boolean;
}
export const toInvitationNode = (
  r: InvitationRow,
  extra: { organization: OrganizationNode | null; person: MeetingPerson | null; answeredBy: MeetingPerson | null; canRespond: boolean },
) =>
  Object.assign(new MeetingInvitationNode(), {
    id: toGlobalId('MeetingInvitation', r.id),
    row: r,
    required: r.required,
    answer: r.answer as InvitationAnswer,
    comment: r.comment,
    answeredAt: r.answeredAt,
    ...extra,
  });

@ObjectType('ActionItem', { implements: Node, description: 'An action decided in a meeting, owned by a person or an organisation.' })
export class ActionItemNode extends Node {
  readonly __typename = 'ActionItem';
  row: ActionItemRow;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true, description: 'Due date, yyyy-MM-dd.' }) dueDate: string | null;
  @Field(() => Boolean) done: boolean;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Null when the meeting is not visible to you.' }) meetingTitle: string | null;
}
export const toActionItemNode = (r: ActionItemRow) =>
  Object.assign(new ActionItemNode(), {
    id: toGlobalId('ActionItem', r.id),
    row: r,
    title: r.title,
    dueDate: r.dueDate,
    done: !!r.doneAt,
    doneAt: r.doneAt,
    meetingTitle: r.meetingTitle,
  });

@ObjectType('MeetingConflict', { description: 'An invitee already busy (accepted another meeting) at that time. Times only.' })
export class MeetingConflictType {
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  organizationRawId: string | null;
  userRawId: string | null;
}

@ObjectType('MeetingPayload')
export class MeetingPayload {
  @Field(() => MeetingNode) meeting: MeetingNode;
  @Field(() => [MeetingConflictType], { description: 'Warnings: the meeting is saved anyway.' }) conflicts: MeetingConflictType[];
}

@ObjectType('MeetingSlot')
export class MeetingSlotType {
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
}

@ObjectType('MeetingNotice', { description: 'An in-app notice: invited to, changed or cancelled meeting.' })
export class MeetingNoticeType {
  @Field(() => ID) id: string;
  @Field(() => MeetingNoticeKind) kind: MeetingNoticeKind;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field(() => ID) meetingId: string;
  @Field(() => String, { nullable: true }) meetingTitle: string | null;
  @Field(() => Date, { nullable: true }) startsAt: Date | null;
}

@ObjectType('CalendarFeed')
export class CalendarFeedType {
  @Field(() => String, { description: 'The private URL to subscribe to; shown once.' }) url: string;
}

@ObjectType('InviteeOption', { description: 'An organisation and its people, as the convener may invite them.' })
export class InviteeOptionType {
  @Field(() => ID) organizationId: string;
  @Field(() => String) organizationName: string;
  @Field(() => String) organizationKind: string;
  @Field(() => Boolean, { description: 'Whether the organisation itself may be invited (else only its people).' }) invitable: boolean;
  @Field(() => [MeetingPerson]) people: MeetingPerson[];
}
