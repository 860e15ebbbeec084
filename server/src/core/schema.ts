import 'reflect-metadata';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { DateTimeISO } from './scalars.js';
import { authChecker } from './auth-checker.js';
import { NodeResolver } from './node.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { AccountResolver } from '../auth/account.resolver.js';
import { UsersResolver, UserFieldsResolver } from '../auth/users.resolver.js';
import { InvitationResolver } from '../auth/invitation.resolver.js';
import { OrganizationResolver } from '../organizations/organization.resolver.js';
import { MemberResolver } from '../members/member.resolver.js';
import { MemberFieldsResolver, SiretStructureFieldsResolver } from '../members/member.fields.js';
import { ContractResolver } from '../contracts/contract.resolver.js';
import { ContractOverviewResolver } from '../contracts/contract-overview.resolver.js';
import { ExitResolver } from '../exits/exit.resolver.js';
import { MeetingResolver } from '../meetings/meeting.resolver.js';
import { MeetingFollowUpResolver } from '../meetings/meeting-followup.resolver.js';
import { MeetingFieldsResolver, ActionItemFieldsResolver, MeetingConflictFieldsResolver, WorkingGroupFieldsResolver } from '../meetings/meeting.fields.js';
import { WorkingGroupResolver } from '../meetings/working-group.resolver.js';

// The one list of resolvers. A feature adds its resolvers here (one line each).
export const resolvers = [
  NodeResolver,
  AuthResolver,
  AccountResolver,
  UsersResolver,
  UserFieldsResolver,
  InvitationResolver,
  OrganizationResolver,
  MemberResolver,
  MemberFieldsResolver,
  SiretStructureFieldsResolver,
  MeetingResolver, MeetingFollowUpResolver, MeetingFieldsResolver, ActionItemFieldsResolver, MeetingConflictFieldsResolver, WorkingGroupResolver, WorkingGroupFieldsResolver,
  ContractResolver,
  ContractOverviewResolver,
  ExitResolver,
] as unknown as NonEmptyArray<Function>;

let built: GraphQLSchema | null = null;

export async function getSchema(): Promise<GraphQLSchema> {
  built ??= await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    emitSchemaFile: false,
  });
  return built;
}
