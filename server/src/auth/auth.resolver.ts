import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { LoginInput, LoginPayload, MembershipNode, UserNode, toUserNode, toViewerMembershipNode } from './auth.types.js';
import { login, logout } from './auth.service.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Signs in: returns a bearer token and sets the session cookie.' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: AppContext): Promise<LoginPayload> {
    const s = await login(ctx, input);
    return { token: s.token, expiresAt: s.expiresAt, user: toUserNode(s.user) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  logout(@Ctx() ctx: AppContext): Promise<boolean> {
    return logout(ctx);
  }

  @Query(() => UserNode, { nullable: true, description: 'The signed-in person, or null.' })
  me(@Ctx() ctx: AppContext): UserNode | null {
    return ctx.viewer && toUserNode({ id: ctx.viewer.userId, email: ctx.viewer.email, displayName: ctx.viewer.displayName });
  }

  @Query(() => MembershipNode, { nullable: true, description: 'The membership the request acts for (X-Organization header, or the only one).' })
  activeMembership(@Ctx() ctx: AppContext): MembershipNode | null {
    // Already loaded with the session: no query needed.
    const m = ctx.viewer && ctx.organization && ctx.viewer.memberships.find((x) => x.organization.id === ctx.organization!.id);
    return m ? toViewerMembershipNode(ctx.viewer!.userId, m) : null;
  }
}
