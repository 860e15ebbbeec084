import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { registerNode } from '../core/node-registry.js';
import { OrganizationNode, toOrganizationNode } from './organization.types.js';
import { findOrganization, listOrganizations, ownOrganization } from './organization.service.js';

registerNode('Organization', async (ctx, id) => {
  const own = ownOrganization(ctx, id);
  if (own) return toOrganizationNode(own);
  if (!ctx.organization) return null;
  const o = await findOrganization(ctx, id);
  return o && toOrganizationNode(o);
});

@Resolver(() => OrganizationNode)
export class OrganizationResolver {
  @Authorized()
  @Query(() => [OrganizationNode], {
    description: 'Organisations the active organisation may see: all for the Region; the Region, the networks and its own structure accounts for a network.',
  })
  async organizations(@Ctx() ctx: AppContext): Promise<OrganizationNode[]> {
    return (await listOrganizations(ctx)).map(toOrganizationNode);
  }

  @FieldResolver(() => OrganizationNode, { nullable: true, description: 'For a structure account: its network.' })
  async federation(@Root() org: OrganizationNode, @Ctx() ctx: AppContext): Promise<OrganizationNode | null> {
    if (!org.federationRawId) return null;
    const own = ownOrganization(ctx, org.federationRawId);
    if (own) return toOrganizationNode(own);
    if (!ctx.organization) return null;
    const f = await findOrganization(ctx, org.federationRawId);
    return f && toOrganizationNode(f);
  }
}
