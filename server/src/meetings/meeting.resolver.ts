import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { registerNode } from '../core/node-registry.js';
import { ConnectionArgs, connectionOf, idOf, inputIdOf, pageOf, toGlobalId } from '../core/relay.js';
import { badInput, fieldError, notFound } from '../core/errors.js';
import { Role } from '../auth/role.js';
import { audienceOf } from './meeting.visibility.js';
import { findMeeting, listMeetings } from './meeting.queries.js';
import { cancelMeeting, findConflicts, scheduleMeeting, updateMeeting, type MeetingConflictRow } from './meeting.commands.js';
import { checkMeetingTimes } from './meeting.rules.js';
import { findActionItem } from './meeting.followup.js';
import { findMeetingSlots } from './meeting.slots.js';
import { checkInvitees, listInvitees } from './meeting.invitees.js';
import {
  InviteeOptionType,
  MeetingConflictType,
  MeetingConnection,
  MeetingNode,
  MeetingPayload,
  MeetingSlotType,
  toActionItemNode,
  toMeetingNode,
} from './meeting.types.js';
import {
  CancelMeetingInput,
  FindMeetingSlotsInput,
  MeetingConflictsInput,
  MeetingFilter,
  ScheduleMeetingInput,
  UpdateMeetingInput,
} from './meeting.inputs.js';

registerNode('Meeting', async (ctx, id) => {
  if (!ctx.organization) return null;
  const m = await findMeeting(ctx, audienceOf(ctx), id);
  return m && toMeetingNode(m);
});
registerNode('ActionItem', async (ctx, id) => {
  if (!ctx.organization) return null;
  const r = await findActionItem(ctx, audienceOf(ctx), id);
  return r && toActionItemNode(r);
});

const CONVENERS = [Role.REGION_STAFF, Role.FEDERATION_STAFF];
const ids = (xs: string[] | null | undefined, type: string, field: string) => (xs ?? []).map((x, i) => inputIdOf(x, type, `${field}.${i}`));
const toConflict = (c: MeetingConflictRow) =>
  Object.assign(new MeetingConflictType(), { startsAt: c.startsAt, endsAt: c.endsAt, organizationRawId: c.organizationId, userRawId: c.userId });

function window(from: Date, to: Date): { from: Date; to: Date } {
  if (Number.isNaN(from.getTime()) || from.getUTCFullYear() < 2000 || from.getUTCFullYear() > 2100)
    throw badInput([fieldError('from', 'date.outOfRange', 'Year must be between 2000 and 2100')]);
  if (Number.isNaN(to.getTime()) || to.getTime() <= from.getTime()) throw badInput([fieldError('to', 'window.endBeforeStart', 'to must come after from')]);
  if (to.getTime() - from.getTime() > 400 * 86400_000) throw badInput([fieldError('to', 'window.tooLong', 'At most 400 days')]);
  return { from, to };
}

@Resolver(() => MeetingNode)
export class MeetingResolver {
  @Authorized()
  @Query(() => MeetingConnection, { description: 'Meetings overlapping [from, to) that you convene or are invited to, by start time.' })
  async meetings(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter: MeetingFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: AppContext,
  ) {
    const page = pageOf(args);
    const w = window(from, to);
    const { rows, total } = await listMeetings(
      ctx,
      audienceOf(ctx),
      { ...w, workingGroupId: filter?.workingGroupId ? inputIdOf(filter.workingGroupId, 'WorkingGroup', 'filter.workingGroupId') : null, status: filter?.status ?? null },
      page,
    );
    return connectionOf(rows.map(toMeetingNode), page, total);
  }

  @Authorized()
  @Query(() => MeetingNode, { description: 'A meeting you convene or are invited to; NOT_FOUND otherwise.' })
  async meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<MeetingNode> {
    const m = await findMeeting(ctx, audienceOf(ctx), idOf(id, 'Meeting'));
    if (!m) throw notFound('Meeting');
    return toMeetingNode(m);
  }

  @Authorized(...CONVENERS)
  @Query(() => [MeetingSlotType], { description: 'Free slots for all the given participants: weekdays 9:00–18:00 in the zone, French public holidays excluded.' })
  async findMeetingSlots(@Arg('input', () => FindMeetingSlotsInput) input: FindMeetingSlotsInput, @Ctx() ctx: AppContext): Promise<MeetingSlotType[]> {
    const organizationIds = ids(input.organizationIds, 'Organization', 'organizationIds');
    const userIds = ids(input.userIds, 'User', 'userIds');
    // Free/busy only of those one may invite: another network's busy times are not the caller's to see.
    await checkInvitees(ctx, requireOrganization(ctx), organizationIds, userIds);
    const slots = await findMeetingSlots(ctx, { ...input, organizationIds, userIds });
    return slots.map((s) => ({ startsAt: s.start, endsAt: s.end }));
  }

  @Authorized(...CONVENERS)
  @Query(() => [MeetingConflictType], { description: 'Invitees already busy (accepted another meeting) at that time: the warnings scheduleMeeting would give.' })
  async meetingConflicts(@Arg('input', () => MeetingConflictsInput) input: MeetingConflictsInput, @Ctx() ctx: AppContext): Promise<MeetingConflictType[]> {
    const times = checkMeetingTimes(input);
    if (times.errors.length) throw badInput(times.errors);
    const organizationIds = ids(input.organizationIds, 'Organization', 'organizationIds');
    const userIds = ids(input.userIds, 'User', 'userIds');
    const meetingId = input.meetingId ? inputIdOf(input.meetingId, 'Meeting', 'meetingId') : null;
    // Same rules as scheduling: only invitable participants, and only a meeting one can see to leave out.
    await checkInvitees(ctx, requireOrganization(ctx), organizationIds, userIds);
    if (meetingId && !(await findMeeting(ctx, audienceOf(ctx), meetingId))) throw badInput([fieldError('meetingId', 'id.unknown', 'Unknown Meeting')]);
    const rows = await findConflicts(ctx, organizationIds, userIds, times.startsAt!, times.endsAt!, meetingId);
    return rows.map(toConflict);
  }

  @Authorized(...CONVENERS)
  @Query(() => [InviteeOptionType], { description: 'The organisations and people you may invite.' })
  async meetingInvitees(@Ctx() ctx: AppContext): Promise<InviteeOptionType[]> {
    const rows = await listInvitees(ctx, requireOrganization(ctx));
    const by = new Map<string, InviteeOptionType>();
    for (const r of rows) {
      let o = by.get(r.organizationId);
      if (!o) {
        o = { organizationId: toGlobalId('Organization', r.organizationId), organizationName: r.organizationName, organizationKind: r.organizationKind, invitable: r.invitable, people: [] };
        by.set(r.organizationId, o);
      }
      if (r.userId) o.people.push({ id: toGlobalId('User', r.userId), displayName: r.displayName ?? '' });
    }
    return [...by.values()];
  }

  @Authorized(...CONVENERS)
  @Mutation(() => MeetingPayload, { description: 'Schedules a meeting and tells the invitees; conflicts come back as warnings.' })
  async scheduleMeeting(@Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() ctx: AppContext): Promise<MeetingPayload> {
    const r = await scheduleMeeting(ctx, {
      ...input,
      workingGroupId: input.workingGroupId ? inputIdOf(input.workingGroupId, 'WorkingGroup', 'workingGroupId') : null,
      organizationIds: ids(input.organizationIds, 'Organization', 'organizationIds'),
      userIds: ids(input.userIds, 'User', 'userIds'),
      minutesEditorIds: ids(input.minutesEditorIds, 'User', 'minutesEditorIds'),
    });
    return { meeting: toMeetingNode(r.meeting), conflicts: r.conflicts.map(toConflict) };
  }

  @Authorized(...CONVENERS)
  @Mutation(() => MeetingPayload, { description: 'Changes a meeting (stale version → CONFLICT); raises its SEQUENCE and tells the invitees.' })
  async updateMeeting(@Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() ctx: AppContext): Promise<MeetingPayload> {
    const { id, version, organizationIds, userIds, minutesEditorIds, ...rest } = input;
    const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const r = await updateMeeting(ctx, idOf(id, 'Meeting'), version, {
      ...fields,
      title: rest.title ?? undefined,
      startsAt: rest.startsAt ?? undefined,
      endsAt: rest.endsAt ?? undefined,
      organizationIds: organizationIds ? ids(organizationIds, 'Organization', 'organizationIds') : undefined,
      userIds: userIds ? ids(userIds, 'User', 'userIds') : undefined,
      minutesEditorIds: minutesEditorIds ? ids(minutesEditorIds, 'User', 'minutesEditorIds') : undefined,
    });
    return { meeting: toMeetingNode(r.meeting), conflicts: r.conflicts.map(toConflict) };
  }

  @Authorized(...CONVENERS)
  @Mutation(() => MeetingNode, { description: 'Cancels a meeting (kept, STATUS:CANCELLED in calendars) and tells the invitees.' })
  async cancelMeeting(@Arg('input', () => CancelMeetingInput) input: CancelMeetingInput, @Ctx() ctx: AppContext): Promise<MeetingNode> {
    return toMeetingNode(await cancelMeeting(ctx, idOf(input.id, 'Meeting'), input.version));
  }
}
