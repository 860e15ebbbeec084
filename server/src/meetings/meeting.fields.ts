import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { registerNode } from '../core/node-registry.js';
import { toGlobalId } from '../core/relay.js';
import { OrganizationNode, toOrganizationNode } from '../organizations/organization.types.js';
import { findOrganization } from '../organizations/organization.service.js';
import { audienceOf } from './meeting.visibility.js';
import { actionItemsLoader, agendaLoader, decisionsLoader, findMeeting, invitationsLoader, minutesLoader, personLoader } from './meeting.queries.js';
import { canAnswer, canEditMinutes } from './meeting.followup.js';
import { workingGroupLoader } from './working-group.service.js';
import {
  ActionItemNode,
  AgendaItemType,
  DecisionType,
  MeetingConflictType,
  MeetingInvitationNode,
  MeetingNode,
  MeetingPerson,
  MinutesType,
  WorkingGroupNode,
  toActionItemNode,
  toInvitationNode,
  toWorkingGroupNode,
} from './meeting.types.js';

async function org(ctx: AppContext, id: string | null): Promise<OrganizationNode | null> {
  if (!id) return null;
  const o = await findOrganization(ctx, id);
  return o && toOrganizationNode(o);
}

async function person(ctx: AppContext, id: string | null): Promise<MeetingPerson | null> {
  if (!id) return null;
  const p = await personLoader(ctx).load(id);
  return p && { id: toGlobalId('User', p.id), displayName: p.displayName };
}

/** A meeting's invitations with their organisations and people, loaded in batches across meetings. */
async function invitationNodes(ctx: AppContext, meetingId: string, onlyMine: boolean): Promise<MeetingInvitationNode[]> {
  const a = audienceOf(ctx);
  const rows = (await invitationsLoader(ctx, a).load(meetingId)).filter((i) => !onlyMine || canAnswer(a, i));
  const [orgs, people, answeredBy] = await Promise.all([
    Promise.all(rows.map((r) => org(ctx, r.organizationId))),
    Promise.all(rows.map((r) => person(ctx, r.userId))),
    Promise.all(rows.map((r) => person(ctx, r.answeredByUserId))),
  ]);
  return rows.map((r, i) => toInvitationNode(r, { organization: orgs[i], person: people[i], answeredBy: answeredBy[i], canRespond: canAnswer(a, r) }));
}

/** node(MeetingInvitation): only when its meeting is visible, picked from that meeting's own `invitations` list. */
registerNode('MeetingInvitation', async (ctx, id) => {
  if (!ctx.organization) return null;
  const [inv] = await ctx.em.execute<{ meetingId: string }[]>(`select meeting_id as "meetingId" from meeting_invitations where id = ?`, [id]);
  if (!inv || !(await findMeeting(ctx, audienceOf(ctx), inv.meetingId))) return null;
  return (await invitationNodes(ctx, inv.meetingId, false)).find((n) => n.row.id === id) ?? null;
});

@Resolver(() => MeetingNode)
export class MeetingFieldsResolver {
  @FieldResolver(() => OrganizationNode, { nullable: true })
  convener(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    return org(ctx, m.row.convenerOrgId);
  }

  @FieldResolver(() => WorkingGroupNode, { nullable: true, description: 'Null when you do not take part in the group.' })
  async workingGroup(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    if (!m.row.workingGroupId) return null;
    const g = await workingGroupLoader(ctx, audienceOf(ctx)).load(m.row.workingGroupId);
    return g && toWorkingGroupNode(g);
  }

  @FieldResolver(() => [AgendaItemType])
  agenda(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    return agendaLoader(ctx, audienceOf(ctx)).load(m.row.id);
  }

  @FieldResolver(() => [MeetingInvitationNode], { description: 'Invited organisations first, then people, with their answers.' })
  invitations(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    return invitationNodes(ctx, m.row.id, false);
  }

  @FieldResolver(() => [MeetingInvitationNode], { description: 'The invitations you answer (yours, or your organisation\'s).' })
  myInvitations(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    return invitationNodes(ctx, m.row.id, true);
  }

  @FieldResolver(() => MinutesType, { nullable: true })
  async minutes(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    return (await minutesLoader(ctx, audienceOf(ctx)).load(m.row.id))[0] ?? null;
  }

  @FieldResolver(() => [DecisionType])
  decisions(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    return decisionsLoader(ctx, audienceOf(ctx)).load(m.row.id);
  }

  @FieldResolver(() => [ActionItemNode])
  async actionItems(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    return (await actionItemsLoader(ctx, audienceOf(ctx)).load(m.row.id)).map(toActionItemNode);
  }

  @FieldResolver(() => [MeetingPerson], { description: 'People named to write the minutes besides the convener.' })
  async minutesEditors(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    return (await Promise.all(m.row.minutesEditorIds.map((id) => person(ctx, id)))).filter((p): p is MeetingPerson => !!p);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change or cancel it (its convener).' })
  canManage(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    const a = audienceOf(ctx);
    return m.row.convenerOrgId === a.orgId && a.orgKind !== 'STRUCTURE';
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may write the minutes and assign actions.' })
  canEditMinutes(@Root() m: MeetingNode, @Ctx() ctx: AppContext) {
    return canEditMinutes(ctx, audienceOf(ctx), m.row);
  }

  @FieldResolver(() => String, { description: 'Path of the .ics file (signed-in download).' })
  icsPath(@Root() m: MeetingNode) {
    return `/calendar/meetings/${m.id}.ics`;
  }
}

@Resolver(() => ActionItemNode)
export class ActionItemFieldsResolver {
  @FieldResolver(() => ID)
  meetingId(@Root() r: ActionItemNode) {
    return toGlobalId('Meeting', r.row.meetingId);
  }

  @FieldResolver(() => OrganizationNode, { nullable: true })
  ownerOrganization(@Root() r: ActionItemNode, @Ctx() ctx: AppContext) {
    return org(ctx, r.row.ownerOrgId);
  }

  @FieldResolver(() => MeetingPerson, { nullable: true })
  ownerPerson(@Root() r: ActionItemNode, @Ctx() ctx: AppContext) {
    return person(ctx, r.row.ownerUserId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you own it (you, or your organisation).' })
  mine(@Root() r: ActionItemNode, @Ctx() ctx: AppContext) {
    const a = audienceOf(ctx);
    return r.row.ownerUserId === a.userId || (r.row.ownerOrgId === a.orgId && a.orgKind !== 'STRUCTURE');
  }
}

@Resolver(() => MeetingConflictType)
export class MeetingConflictFieldsResolver {
  @FieldResolver(() => OrganizationNode, { nullable: true })
  organization(@Root() c: MeetingConflictType, @Ctx() ctx: AppContext) {
    return org(ctx, c.organizationRawId);
  }

  @FieldResolver(() => MeetingPerson, { nullable: true })
  person(@Root() c: MeetingConflictType, @Ctx() ctx: AppContext) {
    return person(ctx, c.userRawId);
  }
}

@Resolver(() => WorkingGroupNode)
export class WorkingGroupFieldsResolver {
  @FieldResolver(() => OrganizationNode, { nullable: true })
  convener(@Root() g: WorkingGroupNode, @Ctx() ctx: AppContext) {
    return org(ctx, g.row.convenerOrgId);
  }

  @FieldResolver(() => [OrganizationNode], { description: 'The organisations taking part.' })
  async organizations(@Root() g: WorkingGroupNode, @Ctx() ctx: AppContext) {
    return (await Promise.all(g.row.organizationIds.map((id) => org(ctx, id)))).filter((o): o is OrganizationNode => !!o);
  }
}
