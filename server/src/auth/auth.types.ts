import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../core/relay.js';
import { Role } from './role.js';
import type { ViewerMembership } from '../core/context.js';
import { OrganizationNode } from '../organizations/organization.types.js';

@ObjectType('User', { implements: Node, description: 'A person. Their roles are per organisation (memberships).' })
export class UserNode extends Node {
  readonly __typename = 'User';
  rawId: string;

  @Field(() => String) email: string;
  @Field(() => String) displayName: string;
}

export const toUserNode = (u: { id: string; email: string; displayName: string }): UserNode =>
  Object.assign(new UserNode(), { id: toGlobalId('User', u.id), rawId: u.id, email: u.email, displayName: u.displayName });

@ObjectType('Membership', { implements: Node, description: 'A person\'s role in one organisation.' })
export class MembershipNode extends Node {
  readonly __typename = 'Membership';
  rawId: string;
  userRawId: string;
  organizationRawId: string;

  @Field(() => Role) role: Role;
  @Field(() => Date) createdAt: Date;
  @Field(() => Number, { description: 'Changes with every edit; send it back to detect concurrent edits.' }) version: number;
}

export const toMembershipNode = (m: { id: string; userId: string; organizationId: string; role: Role; createdAt: Date; version: number }) =>
  Object.assign(new MembershipNode(), {
    id: toGlobalId('Membership', m.id),
    rawId: m.id,
    userRawId: m.userId,
    organizationRawId: m.organizationId,
    role: m.role,
    createdAt: m.createdAt,
    version: m.version,
  });

/** A membership the viewer holds (loaded with the session) as its GraphQL node. */
export const toViewerMembershipNode = (userId: string, m: ViewerMembership) =>
  toMembershipNode({ id: m.id, userId, organizationId: m.organization.id, role: m.role, createdAt: m.createdAt, version: m.version });

@ObjectType('Invitation', { implements: Node, description: 'A pending invitation to join an organisation.' })
export class InvitationNode extends Node {
  readonly __typename = 'Invitation';
  rawId: string;
  organizationRawId: string;

  @Field(() => String) email: string;
  @Field(() => Role) role: Role;
  @Field(() => Date) expiresAt: Date;
  @Field(() => Date) createdAt: Date;
}

@ObjectType({ description: 'What an invitation link shows before it is accepted.' })
export class InvitationPreview {
  @Field(() => String) email: string;
  @Field(() => Role) role: Role;
  @Field(() => String) organizationName: string;
  @Field(() => Date) expiresAt: Date;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { description: 'Session token for `Authorization: Bearer`; browsers also get it as an httpOnly cookie.' })
  token: string;
  @Field(() => Date) expiresAt: Date;
  @Field(() => UserNode) user: UserNode;
}

@ObjectType()
export class InviteUserPayload {
  @Field(() => InvitationNode) invitation: InvitationNode;
  @Field(() => String, { description: 'One-time link to hand to the person; it is shown only now.' }) inviteUrl: string;
}

@InputType()
export class LoginInput {
  @Field(() => String) email: string;
  @Field(() => String) password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String) currentPassword: string;
  @Field(() => String) newPassword: string;
}

@InputType()
export class InviteUserInput {
  @Field(() => String) email: string;
  @Field(() => Role) role: Role;
  @Field(() => ID, { nullable: true, description: 'A structure account of the network; the active organisation when omitted.' })
  organizationId?: string | null;
}

@InputType()
export class ChangeMembershipRoleInput {
  @Field(() => ID) membershipId: string;
  @Field(() => Role) role: Role;
}

@InputType()
export class RemoveMembershipInput {
  @Field(() => ID) membershipId: string;
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID) invitationId: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String) token: string;
  @Field(() => String) displayName: string;
  @Field(() => String) password: string;
}

export { OrganizationNode };
