import { Field, ID, InputType, Int } from 'type-graphql';
import { InvitationAnswer, MeetingStatus } from './meeting.types.js';

@InputType()
export class MeetingFilter {
  @Field(() => ID, { nullable: true }) workingGroupId?: string | null;
  @Field(() => MeetingStatus, { nullable: true }) status?: MeetingStatus | null;
}

@InputType({ description: 'Times: ISO 8601 with an offset, or a local date-time read in timeZone (Europe/Paris by default).' })
export class ScheduleMeetingInput {
  @Field(() => ID, { nullable: true }) workingGroupId?: string | null;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'Agenda items in order.' }) agenda?: string[] | null;
  @Field(() => String) startsAt: string;
  @Field(() => String) endsAt: string;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Paris.' }) timeZone?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Required for a meeting longer than 24 hours.' }) multiDay?: boolean | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) videoUrl?: string | null;
  @Field(() => [ID], { nullable: true }) organizationIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'People invited personally (User ids).' }) userIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'People who may write the minutes besides the convener.' }) minutesEditorIds?: string[] | null;
}

@InputType()
export class UpdateMeetingInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) agenda?: string[] | null;
  @Field(() => String, { nullable: true }) startsAt?: string | null;
  @Field(() => String, { nullable: true }) endsAt?: string | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => Boolean, { nullable: true }) multiDay?: boolean | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) videoUrl?: string | null;
  @Field(() => [ID], { nullable: true, description: 'When given, replaces the invited organisations.' }) organizationIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'When given, replaces the people invited personally.' }) userIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) minutesEditorIds?: string[] | null;
}

@InputType()
export class CancelMeetingInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
}

@InputType()
export class FindMeetingSlotsInput {
  @Field(() => [ID], { nullable: true }) organizationIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) userIds?: string[] | null;
  @Field(() => Int, { description: 'Duration in minutes (15 to 600).' }) durationMinutes: number;
  @Field(() => String, { description: 'First day to search, yyyy-MM-dd (in timeZone).' }) from: string;
  @Field(() => String, { description: 'Last day to search, yyyy-MM-dd (in timeZone), at most 62 days after from.' }) to: string;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => Int, { nullable: true, description: 'At most this many slots (default 20, max 100).' }) limit?: number | null;
}

@InputType()
export class RespondToInvitationInput {
  @Field(() => ID) invitationId: string;
  @Field(() => InvitationAnswer) answer: InvitationAnswer;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class SaveMinutesInput {
  @Field(() => ID) meetingId: string;
  @Field(() => String) body: string;
  @Field(() => [String], { nullable: true }) decisions?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'The minutes version you saw; null when writing them first.' }) version?: number | null;
}

@InputType()
export class AddActionItemInput {
  @Field(() => ID) meetingId: string;
  @Field(() => String) title: string;
  @Field(() => ID, { nullable: true }) ownerUserId?: string | null;
  @Field(() => ID, { nullable: true }) ownerOrganizationId?: string | null;
  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' }) dueDate?: string | null;
}

@InputType()
export class CompleteActionItemInput {
  @Field(() => ID) id: string;
  @Field(() => Boolean, { nullable: true, description: 'false reopens it; default true.' }) done?: boolean | null;
}

@InputType()
export class CreateWorkingGroupInput {
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID]) organizationIds: string[];
}

@InputType()
export class MarkMeetingNoticesReadInput {
  @Field(() => [ID], { nullable: true, description: 'Notices to mark; all when omitted.' }) ids?: string[] | null;
}

@InputType({ description: 'Who and when, to preview conflicts before scheduling.' })
export class MeetingConflictsInput {
  @Field(() => [ID], { nullable: true }) organizationIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) userIds?: string[] | null;
  @Field(() => String) startsAt: string;
  @Field(() => String) endsAt: string;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => Boolean, { nullable: true }) multiDay?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The meeting being moved, ignored in the answer.' }) meetingId?: string | null;
}
