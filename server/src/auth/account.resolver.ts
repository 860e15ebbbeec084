import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { ChangePasswordInput } from './auth.types.js';
import { changePassword, logoutEverywhere } from './account.service.js';

@Resolver()
export class AccountResolver {
  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes the password; every other session is signed out.' })
  changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: AppContext): Promise<boolean> {
    return changePassword(ctx, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Signs out every session of this person, this one included.' })
  logoutEverywhere(@Ctx() ctx: AppContext): Promise<boolean> {
    return logoutEverywhere(ctx);
  }
}
