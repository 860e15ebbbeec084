import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, FieldResolver, Root } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { idOf, inputIdOf, toGlobalId } from '../core/relay.js';
import { notFound } from '../core/errors.js';
import { OrganizationNode, toOrganizationNode } from '../organizations/organization.types.js';
import { findOrganization } from '../organizations/organization.service.js';
import {
  AcceptInvitationInput,
  InvitationNode,
  InvitationPreview,
  InviteUserInput,
  InviteUserPayload,
  LoginPayload,
  RevokeInvitationInput,
  toUserNode,
} from './auth.types.js';
import {
  acceptInvitation,
  findManagedInvitation,
  inviteUser,
  pendingInvitations,
  previewInvitation,
  revokeInvitation,
  type InvitationRow,
} from './invitation.service.js';
import { registerNode } from '../core/node-registry.js';
import { Role } from './role.js';

const toInvitationNode = (r: InvitationRow): InvitationNode =>
  Object.assign(new InvitationNode(), {
    id: toGlobalId('Invitation', r.id),
    rawId: r.id,
    organizationRawId: r.organizationId,
    email: r.email,
    role: r.role,
    expiresAt: r.expiresAt,
    createdAt: r.createdAt,
  });

registerNode('Invitation', async (ctx, id) => {
  const row = await findManagedInvitation(ctx, id);
  return row && toInvitationNode(row);
});

@Resolver(() => InvitationNode)
export class InvitationResolver {
  @Authorized(Role.FEDERATION_ADMIN, Role.REGION_ADMIN)
  @Mutation(() => InviteUserPayload, { description: 'Invites a person; the one-time link is returned to be handed over (no mail is sent).' })
  async inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: AppContext): Promise<InviteUserPayload> {
    const orgId = input.organizationId ? inputIdOf(input.organizationId, 'Organization', 'organizationId') : null;
    const { invitation, inviteUrl } = await inviteUser(ctx, orgId, input);
    return { invitation: toInvitationNode(invitation), inviteUrl };
  }

  @Authorized(Role.FEDERATION_ADMIN, Role.REGION_ADMIN)
  @Query(() => [InvitationNode], { description: 'Invitations not yet used, revoked or expired.' })
  async pendingInvitations(
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<InvitationNode[]> {
    const rows = await pendingInvitations(ctx, organizationId ? idOf(organizationId, 'Organization') : null);
    return rows.map(toInvitationNode);
  }

  @Authorized(Role.FEDERATION_ADMIN, Role.REGION_ADMIN)
  @Mutation(() => ID, { description: 'Cancels a pending invitation; its link stops working.' })
  async revokeInvitation(@Arg('input', () => RevokeInvitationInput) input: RevokeInvitationInput, @Ctx() ctx: AppContext): Promise<string> {
    await revokeInvitation(ctx, idOf(input.invitationId, 'Invitation'));
    return input.invitationId;
  }

  @Query(() => InvitationPreview, { nullable: true, description: 'What an invitation link is for; null when it is invalid, used, revoked or expired.' })
  async invitation(@Arg('token', () => String) token: string, @Ctx() ctx: AppContext): Promise<InvitationPreview | null> {
    const inv = await previewInvitation(ctx, token);
    return inv && { email: inv.email, role: inv.role, organizationName: inv.organizationName, expiresAt: inv.expiresAt };
  }

  @Mutation(() => LoginPayload, { description: 'Uses an invitation link: sets the password (or checks it for an existing account) and signs in.' })
  async acceptInvitation(@Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() ctx: AppContext): Promise<LoginPayload> {
    const s = await acceptInvitation(ctx, input);
    return { token: s.token, expiresAt: s.expiresAt, user: toUserNode(s.user) };
  }

  @FieldResolver(() => OrganizationNode)
  async organization(@Root() inv: InvitationNode, @Ctx() ctx: AppContext): Promise<OrganizationNode> {
    const org = await findOrganization(ctx, inv.organizationRawId);
    if (!org) throw notFound('Organization');
    return toOrganizationNode(org);
  }
}
