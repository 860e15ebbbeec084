import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { registerNode } from '../core/node-registry.js';
import { idOf, inputIdOf } from '../core/relay.js';
import { notFound } from '../core/errors.js';
import { Role } from '../auth/role.js';
import { audienceOf } from './meeting.visibility.js';
import { createWorkingGroup, listWorkingGroups, workingGroupLoader } from './working-group.service.js';
import { WorkingGroupNode, toWorkingGroupNode } from './meeting.types.js';
import { CreateWorkingGroupInput } from './meeting.inputs.js';

registerNode('WorkingGroup', async (ctx, id) => {
  if (!ctx.organization) return null;
  const g = await workingGroupLoader(ctx, audienceOf(ctx)).load(id);
  return g && toWorkingGroupNode(g);
});

@Resolver(() => WorkingGroupNode)
export class WorkingGroupResolver {
  @Authorized()
  @Query(() => [WorkingGroupNode], { description: 'Working groups your organisation convenes or takes part in.' })
  async workingGroups(@Ctx() ctx: AppContext): Promise<WorkingGroupNode[]> {
    return (await listWorkingGroups(ctx, audienceOf(ctx))).map(toWorkingGroupNode);
  }

  @Authorized()
  @Query(() => WorkingGroupNode)
  async workingGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<WorkingGroupNode> {
    const g = await workingGroupLoader(ctx, audienceOf(ctx)).load(idOf(id, 'WorkingGroup'));
    if (!g) throw notFound('WorkingGroup');
    return toWorkingGroupNode(g);
  }

  @Authorized(Role.REGION_STAFF, Role.FEDERATION_STAFF)
  @Mutation(() => WorkingGroupNode, { description: 'Creates a working group convened by your organisation.' })
  async createWorkingGroup(@Arg('input', () => CreateWorkingGroupInput) input: CreateWorkingGroupInput, @Ctx() ctx: AppContext): Promise<WorkingGroupNode> {
    const g = await createWorkingGroup(ctx, audienceOf(ctx), {
      title: input.title,
      description: input.description,
      organizationIds: input.organizationIds.map((x, i) => inputIdOf(x, 'Organization', `organizationIds.${i}`)),
    });
    return toWorkingGroupNode(g);
  }
}
