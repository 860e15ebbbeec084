import { ArgsType, Field, ObjectType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../core/relay.js';
import { OrganizationNode } from '../organizations/organization.types.js';
import { MemberNode } from './member.types.js';

@ObjectType({ description: 'One real structure (one SIRET) across the networks that count it as a member.' })
export class SiretStructure {
  networkRawIds: string[];
  memberRawIds: string[];
  @Field(() => String) siret: string;
  @Field(() => String, { description: 'Its name in the first network’s register.' }) name: string;
  @Field(() => String, { nullable: true }) department: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
}

export const SiretStructureConnection = Connection(SiretStructure, 'SiretStructure');

@ArgsType()
export class StructuresBySiretArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Only SIRETs that are members of two networks or more.' })
  sharedOnly: boolean;
}

@ObjectType()
export class StructureAccountPayload {
  @Field(() => Boolean, { description: 'False when the member already had an account (returned as is).' }) created: boolean;
  @Field(() => OrganizationNode, { description: 'The STRUCTURE organisation: invite its people with inviteUser(organizationId).' })
  organization: OrganizationNode;
  @Field(() => MemberNode) member: MemberNode;
}
