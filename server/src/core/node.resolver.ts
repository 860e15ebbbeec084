import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AppContext } from './context.js';
import { Node } from './relay.js';
import { fetchNode } from './node-registry.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { description: 'Any object by its global id; NOT_FOUND when it does not exist or is not yours to see.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<object> {
    return fetchNode(ctx, id);
  }
}
