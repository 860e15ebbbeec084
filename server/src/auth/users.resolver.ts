import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { loader, requireViewer } from '../core/context.js';
import { Connection, ConnectionArgs, connectionOf, idOf, pageOf } from '../core/relay.js';
import { registerNode } from '../core/node-registry.js';
import { inList } from '../core/sql.js';
import { notFound } from '../core/errors.js';
import { OrganizationNode, toOrganizationNode } from '../organizations/organization.types.js';
import { findOrganization, ownOrganization } from '../organizations/organization.service.js';
import { ChangeMembershipRoleInput, MembershipNode, RemoveMembershipInput, UserNode, toMembershipNode, toUserNode, toViewerMembershipNode } from './auth.types.js';
import { changeMembershipRole, findVisibleMembership, listOrganizationUsers, removeMembership } from './users.service.js';
import { manageableScopeSql } from './manageable.js';
import { Role } from './role.js';

const MembershipConnection = Connection(MembershipNode, 'Membership');
type MembershipConnection = InstanceType<typeof MembershipConnection>;

registerNode('Membership', async (ctx, id) => {
  const row = await findVisibleMembership(ctx, id);
  return row && toMembershipNode(row);
});

/** People are visible to themselves and to the administrators of an organisation they belong to. */
async function visibleUsers(ctx: AppContext, ids: readonly string[]) {
  const viewer = requireViewer(ctx);
  const scope = ctx.organization ? manageableScopeSql(ctx) : { sql: 'false', params: [] };
  return ctx.em.execute<{ id: string; email: string; display_name: string }[]>(
    `select distinct u.id, u.email, u.display_name from users u
       left join memberships m on m.user_id = u.id left join organizations o on o.id = m.organization_id
      where u.id in (${inList(ids)}) and (u.id = ? or ${scope.sql})`,
    [...ids, viewer.userId, ...scope.params],
  );
}

const userLoader = (ctx: AppContext) =>
  loader(ctx, 'userById', () =>
    new DataLoader<string, UserNode | null>(async (ids) => {
      const rows = await visibleUsers(ctx, ids);
      const byId = new Map(rows.map((r) => [r.id, toUserNode({ id: r.id, email: r.email, displayName: r.display_name })]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

registerNode('User', (ctx, id) => userLoader(ctx).load(id));

@Resolver(() => MembershipNode)
export class UsersResolver {
  @Authorized(Role.FEDERATION_ADMIN, Role.REGION_ADMIN)
  @Query(() => MembershipConnection, { description: "The people of the active organisation (or of one of its structure accounts), with their roles." })
  async organizationUsers(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<MembershipConnection> {
    const page = pageOf(args);
    const { rows, total } = await listOrganizationUsers(ctx, organizationId ? idOf(organizationId, 'Organization') : null, page);
    return connectionOf(rows.map(toMembershipNode), page, total) as MembershipConnection;
  }

  @Authorized(Role.FEDERATION_ADMIN, Role.REGION_ADMIN)
  @Mutation(() => MembershipNode, { description: 'Gives a member another role of the same organisation.' })
  async changeMembershipRole(
    @Arg('input', () => ChangeMembershipRoleInput) input: ChangeMembershipRoleInput,
    @Ctx() ctx: AppContext,
  ): Promise<MembershipNode> {
    return toMembershipNode(await changeMembershipRole(ctx, idOf(input.membershipId, 'Membership'), input));
  }

  @Authorized(Role.FEDERATION_ADMIN, Role.REGION_ADMIN)
  @Mutation(() => ID, { description: 'Removes a person from an organisation; their sessions end at once. Returns the removed membership id.' })
  async removeMembership(@Arg('input', () => RemoveMembershipInput) input: RemoveMembershipInput, @Ctx() ctx: AppContext): Promise<string> {
    await removeMembership(ctx, idOf(input.membershipId, 'Membership'));
    return input.membershipId;
  }

  @FieldResolver(() => OrganizationNode)
  async organization(@Root() m: MembershipNode, @Ctx() ctx: AppContext): Promise<OrganizationNode> {
    const own = ownOrganization(ctx, m.organizationRawId);
    const org = own ?? (ctx.organization ? await findOrganization(ctx, m.organizationRawId) : null);
    if (!org) throw notFound('Organization');
    return toOrganizationNode(org);
  }

  @FieldResolver(() => UserNode)
  async user(@Root() m: MembershipNode, @Ctx() ctx: AppContext): Promise<UserNode> {
    const u = await userLoader(ctx).load(m.userRawId);
    if (!u) throw notFound('User');
    return u;
  }
}

@Resolver(() => UserNode)
export class UserFieldsResolver {
  @FieldResolver(() => [MembershipNode], { description: "The person's organisations and roles (all of them for yourself; those you manage for others)." })
  memberships(@Root() u: UserNode, @Ctx() ctx: AppContext): MembershipNode[] {
    const viewer = requireViewer(ctx);
    if (u.rawId !== viewer.userId) return [];
    return viewer.memberships.map((m) => toViewerMembershipNode(viewer.userId, m));
  }
}
