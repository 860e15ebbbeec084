import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../core/relay.js';
import { StructureKind } from '../members/member.entity.js';

export enum ContractStatus {
  DRAFT = 'DRAFT',
  NEGOTIATION = 'NEGOTIATION',
  SIGNED = 'SIGNED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ContractStatus, { name: 'ContractStatus', description: 'DRAFT → NEGOTIATION → SIGNED → CLOSED, or CANCELLED.' });

export enum ObjectiveUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  HOURS = 'HOURS',
  EUROS = 'EUROS',
  ETP = 'ETP',
}
registerEnumType(ObjectiveUnit, { name: 'ObjectiveUnit', description: 'PERCENT targets are in percent (60 = 60 %).' });

export enum ResultPeriod {
  INTERIM = 'INTERIM',
  FINAL = 'FINAL',
}
registerEnumType(ResultPeriod, { name: 'ResultPeriod' });

@ObjectType('NetworkRef', { description: 'The network (tenant) a record belongs to.' })
export class NetworkRef {
  @Field(() => ID, { description: 'Global id of the Organization.' }) id: string;
  @Field(() => String) name: string;
  @Field(() => String) slug: string;
}

@ObjectType('ContractActions', { description: "What the viewer may do now, from the shared transition table." })
export class ContractActions {
  @Field(() => [ContractStatus]) transitions: ContractStatus[];
  @Field(() => Boolean) canEdit: boolean;
  @Field(() => Boolean) canApprove: boolean;
  @Field(() => Boolean) canAmend: boolean;
  @Field(() => Boolean) canComment: boolean;
}

@ObjectType('ObjectiveContract', { implements: Node, description: "A \"contrat d'objectifs\" between the Region and one network." })
export class ContractNode extends Node {
  readonly __typename = 'ObjectiveContract';
  rawId: string;
  tenantId: string;
  @Field(() => NetworkRef) network: NetworkRef;
  @Field(() => String) title: string;
  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' }) periodStart: string;
  @Field(() => String, { description: 'ISO date (YYYY-MM-DD), inclusive.' }) periodEnd: string;
  @Field(() => ContractStatus) status: ContractStatus;
  @Field(() => Float, { description: 'Integer cents (EUR).' }) budgetCents: number;
  @Field(() => Float, { description: 'Integer cents kept for network coordination.' }) coordinationCents: number;
  @Field(() => Float, { description: 'Sum of the allocations the viewer may see, in cents.' }) allocatedCents: number;
  @Field(() => Int) allocationCount: number;
  @Field(() => Float, { description: 'Dynamic exit rate threshold, as a fraction (0.6).' }) threshold: number;
  @Field(() => Boolean) approved: boolean;
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
  @Field(() => String, { nullable: true }) approvedByName: string | null;
  @Field(() => Date, { nullable: true }) signedAt: Date | null;
  @Field(() => String, { nullable: true }) signedByName: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('Objective', { implements: Node })
export class ObjectiveNode extends Node {
  readonly __typename = 'Objective';
  rawId: string;
  contractRawId: string;
  @Field(() => String, { description: 'Indicator code from the fixed list (contract.rules.ts).' }) indicator: string;
  @Field(() => ObjectiveUnit) unit: ObjectiveUnit;
  @Field(() => Float) target: number;
  @Field(() => Int) position: number;
}

@ObjectType('AllocationTarget')
export class AllocationTarget {
  @Field(() => String) indicator: string;
  @Field(() => Float) target: number;
}

@ObjectType('Allocation', { implements: Node, description: "A structure's share of a contract; a structure account sees only its own." })
export class AllocationNode extends Node {
  readonly __typename = 'Allocation';
  rawId: string;
  @Field(() => ID, { description: 'Global id of the Member.' }) memberStructureId: string;
  @Field(() => String) structureName: string;
  @Field(() => String) siret: string;
  @Field(() => [StructureKind]) kinds: StructureKind[];
  @Field(() => String, { nullable: true }) department: string | null;
  @Field(() => Float, { description: 'Integer cents.' }) amountCents: number;
  @Field(() => [AllocationTarget]) targets: AllocationTarget[];
}

@ObjectType('ContractComment', { implements: Node })
export class ContractCommentNode extends Node {
  readonly __typename = 'ContractComment';
  rawId: string;
  @Field(() => ID, { nullable: true, description: 'The objective discussed, or null for the contract as a whole.' }) objectiveId: string | null;
  @Field(() => String) body: string;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field(() => String, { nullable: true }) authorOrganizationName: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('AmendmentChange')
export class AmendmentChange {
  @Field(() => String, { description: 'e.g. budgetCents, periodEnd, objective:TRAINING_HOURS, allocation:<structure name>, target:<structure name>:<indicator>' }) field: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

@ObjectType('Amendment', { description: 'An "avenant": a numbered, signed change of a signed contract.' })
export class AmendmentNode {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => String) reason: string;
  @Field(() => [AmendmentChange]) changes: AmendmentChange[];
  @Field(() => String, { nullable: true }) signedByName: string | null;
  @Field(() => Date) signedAt: Date;
}

@ObjectType('ObjectiveResult', { description: 'Actual against target, per objective.' })
export class ObjectiveResult {
  @Field(() => ID) objectiveId: string;
  @Field(() => String) indicator: string;
  @Field(() => ObjectiveUnit) unit: ObjectiveUnit;
  @Field(() => Float) target: number;
  @Field(() => Float, { nullable: true }) interim: number | null;
  @Field(() => Float, { nullable: true }) final: number | null;
  @Field(() => Float, { nullable: true, description: 'For the exit-rate objective: computed from VALIDATED reports, in percent.' }) computed: number | null;
  @Field(() => Int, { nullable: true }) examined: number | null;
  @Field(() => Int, { nullable: true }) dynamic: number | null;
  @Field(() => Float, { nullable: true, description: 'Latest actual / target (1 = reached).' }) attainment: number | null;
}

@ObjectType('ContractHistoryEntry')
export class ContractHistoryEntry {
  @Field(() => ID) id: string;
  @Field(() => String) action: string;
  @Field(() => String, { nullable: true, description: 'JSON of { field: { from, to } }.' }) changes: string | null;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field(() => String, { nullable: true }) actorOrganizationName: string | null;
  @Field(() => Date) createdAt: Date;
}

@InputType()
export class ObjectiveInput {
  @Field(() => String) indicator: string;
  @Field(() => ObjectiveUnit) unit: ObjectiveUnit;
  @Field(() => Float) target: number;
}

@InputType()
export class ContractFilter {
  @Field(() => ID, { nullable: true, description: 'Organization id of a network.' }) networkId?: string | null;
  @Field(() => ContractStatus, { nullable: true }) status?: ContractStatus | null;
  @Field(() => Int, { nullable: true, description: 'Contracts whose period touches this year.' }) year?: number | null;
}

@InputType()
export class CreateContractInput {
  @Field(() => ID, { description: 'Organization id of the network.' }) networkId: string;
  @Field(() => String) title: string;
  @Field(() => String) periodStart: string;
  @Field(() => String) periodEnd: string;
  @Field(() => Float) budgetCents: number;
  @Field(() => Float, { nullable: true }) coordinationCents?: number | null;
  @Field(() => Float, { nullable: true }) threshold?: number | null;
  @Field(() => [ObjectiveInput], { nullable: true }) objectives?: ObjectiveInput[] | null;
}

@InputType()
export class UpdateContractInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) periodStart?: string | null;
  @Field(() => String, { nullable: true }) periodEnd?: string | null;
  @Field(() => Float, { nullable: true }) budgetCents?: number | null;
  @Field(() => Float, { nullable: true }) coordinationCents?: number | null;
  @Field(() => Float, { nullable: true }) threshold?: number | null;
  @Field(() => [ObjectiveInput], { nullable: true, description: 'The whole list; omitted = unchanged.' }) objectives?: ObjectiveInput[] | null;
}

@InputType()
export class TransitionContractInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => ContractStatus) to: ContractStatus;
}

@InputType()
export class ApproveContractInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
}

@InputType()
export class AllocationTargetInput {
  @Field(() => String) indicator: string;
  @Field(() => Float) target: number;
}

@InputType()
export class AllocationInput {
  @Field(() => ID, { description: 'Global id of the Member.' }) memberStructureId: string;
  @Field(() => Float) amountCents: number;
  @Field(() => [AllocationTargetInput], { nullable: true }) targets?: AllocationTargetInput[] | null;
}

@InputType()
export class SetAllocationsInput {
  @Field(() => ID) contractId: string;
  @Field(() => Int) version: number;
  @Field(() => [AllocationInput], { description: 'The whole list.' }) allocations: AllocationInput[];
}

@InputType()
export class AddContractCommentInput {
  @Field(() => ID) contractId: string;
  @Field(() => ID, { nullable: true }) objectiveId?: string | null;
  @Field(() => String) body: string;
}

@InputType()
export class AmendContractInput {
  @Field(() => ID) contractId: string;
  @Field(() => Int) version: number;
  @Field(() => String) reason: string;
  @Field(() => Float, { nullable: true }) budgetCents?: number | null;
  @Field(() => Float, { nullable: true }) coordinationCents?: number | null;
  @Field(() => String, { nullable: true }) periodEnd?: string | null;
  @Field(() => [ObjectiveInput], { nullable: true }) objectives?: ObjectiveInput[] | null;
  @Field(() => [AllocationInput], { nullable: true }) allocations?: AllocationInput[] | null;
}

@InputType()
export class RecordResultInput {
  @Field(() => ID) objectiveId: string;
  @Field(() => ResultPeriod) period: ResultPeriod;
  @Field(() => Float) actual: number;
}

@ObjectType('ContractPayload')
export class ContractPayload {
  @Field(() => ContractNode) contract: ContractNode;
}

@ObjectType('ContractCommentPayload')
export class ContractCommentPayload {
  @Field(() => ContractCommentNode) comment: ContractCommentNode;
}
