import 'reflect-metadata';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { authChecker } from './auth-checker.js';
import { NodeResolver } from './node.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { AccountResolver } from '../auth/account.resolver.js';
import { UsersResolver, UserFieldsResolver } from '../auth/users.resolver.js';
import { InvitationResolver } from '../auth/invitation.resolver.js';
import { OrganizationResolver } from '../organizations/organization.resolver.js';

// The one list of resolvers. A feature adds its resolvers here (one line each).
export const resolvers = [
  NodeResolver,
  AuthResolver,
  AccountResolver,
  UsersResolver,
  UserFieldsResolver,
  InvitationResolver,
  OrganizationResolver,
] as unknown as NonEmptyArray<Function>;

let built: GraphQLSchema | null = null;

export async function getSchema(): Promise<GraphQLSchema> {
  built ??= await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    emitSchemaFile: false,
  });
  return built;
}
