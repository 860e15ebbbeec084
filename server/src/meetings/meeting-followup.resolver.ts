import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { idOf, inputIdOf, toGlobalId } from '../core/relay.js';
import { audienceOf } from './meeting.visibility.js';
import { findMeeting, myActionItems } from './meeting.queries.js';
import { addActionItem, completeActionItem, respondToInvitation, saveMinutes } from './meeting.followup.js';
import { listNotices, markNoticesRead, unreadNoticeCount } from './meeting.notices.js';
import { createCalendarFeed, revokeCalendarFeeds } from '../calendar/feed.service.js';
import { ActionItemNode, CalendarFeedType, MeetingNode, MeetingNoticeType, toActionItemNode, toMeetingNode } from './meeting.types.js';
import {
  AddActionItemInput,
  CompleteActionItemInput,
  MarkMeetingNoticesReadInput,
  RespondToInvitationInput,
  SaveMinutesInput,
} from './meeting.inputs.js';

/** After the invitation: answers, minutes, actions, notices and the private calendar feed. */
@Resolver(() => MeetingNode)
export class MeetingFollowUpResolver {
  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Answers an invitation of yours (or of your organisation).' })
  async respondToInvitation(@Arg('input', () => RespondToInvitationInput) input: RespondToInvitationInput, @Ctx() ctx: AppContext): Promise<MeetingNode> {
    const meetingId = await respondToInvitation(ctx, idOf(input.invitationId, 'MeetingInvitation', 'Invitation'), input.answer, input.comment ?? null);
    return toMeetingNode((await findMeeting(ctx, audienceOf(ctx), meetingId))!);
  }

  @Authorized()
  @Mutation(() => MeetingNode, { description: 'Writes the minutes and decisions (convener or named editors); stale version → CONFLICT.' })
  async saveMinutes(@Arg('input', () => SaveMinutesInput) input: SaveMinutesInput, @Ctx() ctx: AppContext): Promise<MeetingNode> {
    return toMeetingNode(await saveMinutes(ctx, { meetingId: idOf(input.meetingId, 'Meeting'), body: input.body, decisions: input.decisions ?? [], version: input.version ?? null }));
  }

  @Authorized()
  @Mutation(() => ActionItemNode, { description: 'Assigns an action to a person or an organisation taking part (convener or minutes editors).' })
  async addActionItem(@Arg('input', () => AddActionItemInput) input: AddActionItemInput, @Ctx() ctx: AppContext): Promise<ActionItemNode> {
    const r = await addActionItem(ctx, {
      meetingId: idOf(input.meetingId, 'Meeting'),
      title: input.title,
      ownerUserId: input.ownerUserId ? inputIdOf(input.ownerUserId, 'User', 'ownerUserId') : null,
      ownerOrganizationId: input.ownerOrganizationId ? inputIdOf(input.ownerOrganizationId, 'Organization', 'ownerOrganizationId') : null,
      dueDate: input.dueDate ?? null,
    });
    return toActionItemNode(r);
  }

  @Authorized()
  @Mutation(() => ActionItemNode, { description: 'Marks an action done (or not): its owner, or the minutes editors.' })
  async completeActionItem(@Arg('input', () => CompleteActionItemInput) input: CompleteActionItemInput, @Ctx() ctx: AppContext): Promise<ActionItemNode> {
    return toActionItemNode(await completeActionItem(ctx, idOf(input.id, 'ActionItem'), input.done ?? true));
  }

  @Authorized()
  @Query(() => [ActionItemNode], { description: '"Mes actions": actions you or your organisation own.' })
  async myActionItems(@Arg('includeDone', () => Boolean, { nullable: true }) includeDone: boolean | null, @Ctx() ctx: AppContext): Promise<ActionItemNode[]> {
    return (await myActionItems(ctx, audienceOf(ctx), !!includeDone)).map(toActionItemNode);
  }

  @Authorized()
  @Query(() => [MeetingNoticeType], { description: 'Your latest meeting notices (50).' })
  async meetingNotices(@Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | null, @Ctx() ctx: AppContext): Promise<MeetingNoticeType[]> {
    const rows = await listNotices(ctx, audienceOf(ctx), !!unreadOnly);
    return rows.map((r) => ({ ...r, meetingId: toGlobalId('Meeting', r.meetingId) }) as MeetingNoticeType);
  }

  @Authorized()
  @Query(() => Int, { description: 'How many meeting notices you have not read.' })
  async unreadMeetingNoticeCount(@Ctx() ctx: AppContext): Promise<number> {
    return unreadNoticeCount(ctx, audienceOf(ctx));
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks notices read; returns how many changed.' })
  async markMeetingNoticesRead(@Arg('input', () => MarkMeetingNoticesReadInput) input: MarkMeetingNoticesReadInput, @Ctx() ctx: AppContext): Promise<number> {
    const UUID = /^[0-9a-f-]{36}$/i;
    const list = input.ids ? input.ids.filter((x) => UUID.test(x)) : null;
    return markNoticesRead(ctx, audienceOf(ctx), list);
  }

  @Authorized()
  @Mutation(() => CalendarFeedType, { description: 'A new private calendar-feed URL for you in the active organisation; shown once.' })
  async createCalendarFeed(@Ctx() ctx: AppContext): Promise<CalendarFeedType> {
    return { url: (await createCalendarFeed(ctx)).url };
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Revokes your calendar-feed URLs for the active organisation; returns how many.' })
  async revokeCalendarFeed(@Ctx() ctx: AppContext): Promise<number> {
    return revokeCalendarFeeds(ctx);
  }
}
