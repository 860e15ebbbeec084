import { Field, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../core/relay.js';
import { OrganizationKind } from './organization.entity.js';
import type { OrganizationSummary } from '../core/context.js';

@ObjectType('Organization', { implements: Node, description: 'The Region, a network, or a member structure account.' })
export class OrganizationNode extends Node {
  readonly __typename = 'Organization';
  rawId: string;
  federationRawId: string | null;
  tenantId: string | null;
  memberStructureId: string | null;

  @Field(() => String, { description: 'Short stable name, usable in the X-Organization header.' })
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;
}

export function toOrganizationNode(o: OrganizationSummary): OrganizationNode {
  return Object.assign(new OrganizationNode(), {
    id: toGlobalId('Organization', o.id),
    rawId: o.id,
    federationRawId: o.federationId,
    tenantId: o.tenantId,
    memberStructureId: o.memberStructureId,
    slug: o.slug,
    name: o.name,
    kind: o.kind,
  });
}
