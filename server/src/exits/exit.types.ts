import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../core/relay.js';
import { StructureKind } from '../members/member.entity.js';

export enum ExitCategory {
  SUSTAINABLE_EMPLOYMENT = 'SUSTAINABLE_EMPLOYMENT',
  TRANSITION_EMPLOYMENT = 'TRANSITION_EMPLOYMENT',
  POSITIVE_EXIT = 'POSITIVE_EXIT',
  OTHER_EXIT = 'OTHER_EXIT',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ExitCategory, { name: 'ExitCategory', description: 'DOMAIN.md: the first three are dynamic; WITHDRAWN leaves the denominator.' });

export enum ExitReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  VALIDATED = 'VALIDATED',
}
registerEnumType(ExitReportStatus, { name: 'ExitReportStatus' });

export enum EligibilityStatus {
  ELIGIBLE = 'ELIGIBLE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  UNDEFINED = 'UNDEFINED',
}
registerEnumType(EligibilityStatus, { name: 'EligibilityStatus', description: 'UNDEFINED: no examined exit (rate undefined, never eligible).' });

@ObjectType('ExitReason', { description: 'The exit-reason catalogue (data, seeded from DOMAIN.md).' })
export class ExitReasonType {
  @Field(() => String) code: string;
  @Field(() => String) labelFr: string;
  @Field(() => String) labelEn: string;
  @Field(() => ExitCategory) category: ExitCategory;
  @Field(() => Int) sortOrder: number;
}

@ObjectType('ExitRates', { description: 'Exact counts, and rates computed from them (fractions; null when nothing was examined).' })
export class ExitRatesType {
  @Field(() => Int) totalExits: number;
  @Field(() => Int) withdrawn: number;
  @Field(() => Int) examined: number;
  @Field(() => Int) dynamic: number;
  @Field(() => Int) sustainable: number;
  @Field(() => Int) employment: number;
  @Field(() => Float, { nullable: true }) dynamicRate: number | null;
  @Field(() => Float, { nullable: true }) sustainableRate: number | null;
  @Field(() => Float, { nullable: true }) employmentRate: number | null;
  @Field(() => Float) threshold: number;
  @Field(() => EligibilityStatus) eligibility: EligibilityStatus;
}

@ObjectType('ExitReasonCount')
export class ExitReasonCount {
  @Field(() => String) reasonCode: string;
  @Field(() => Int) count: number;
}

@ObjectType('ExitReport', { implements: Node, description: "A structure's exits for a year, counted by reason." })
export class ExitReportNode extends Node {
  readonly __typename = 'ExitReport';
  rawId: string;
  @Field(() => ID, { description: 'Global id of the Member.' }) memberStructureId: string;
  @Field(() => String) structureName: string;
  @Field(() => [StructureKind]) kinds: StructureKind[];
  @Field(() => String) networkName: string;
  @Field(() => ID) contractId: string;
  @Field(() => Int) year: number;
  @Field(() => ExitReportStatus) status: ExitReportStatus;
  @Field(() => [ExitReasonCount], { description: 'Exits meeting the examination rule of the kind, per reason.' }) counts: ExitReasonCount[];
  @Field(() => Int, { description: 'Exits recorded but outside the examination rule.' }) notExamined: number;
  @Field(() => ExitRatesType) rates: ExitRatesType;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) validatedAt: Date | null;
  @Field(() => String, { nullable: true }) validatedByName: string | null;
  @Field(() => Int) version: number;
}

@InputType()
export class ExitReportFilter {
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => ExitReportStatus, { nullable: true }) status?: ExitReportStatus | null;
  @Field(() => ID, { nullable: true }) memberStructureId?: string | null;
}

@InputType()
export class ExitReasonCountInput {
  @Field(() => String) reasonCode: string;
  @Field(() => Float, { description: 'A whole number ≥ 0 (Float so that 2.5 is refused with a clear field error).' }) count: number;
}

@InputType()
export class SaveExitReportInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' }) id?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required when editing.' }) version?: number | null;
  @Field(() => ID, { nullable: true, description: "Defaults to a structure account's own structure." }) memberStructureId?: string | null;
  @Field(() => Int) year: number;
  @Field(() => [ExitReasonCountInput]) counts: ExitReasonCountInput[];
  @Field(() => Float, { nullable: true }) notExamined?: number | null;
}

@InputType()
export class ExitReportActionInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
}

@ObjectType('ExitReportPayload')
export class ExitReportPayload {
  @Field(() => ExitReportNode) exitReport: ExitReportNode;
}

@ObjectType('EligibilityLine')
export class EligibilityLine {
  @Field(() => ID, { description: 'Global id of the Member.' }) memberStructureId: string;
  @Field(() => String) structureName: string;
  @Field(() => String) siret: string;
  @Field(() => [StructureKind]) kinds: StructureKind[];
  @Field(() => String, { nullable: true }) department: string | null;
  @Field(() => ID) networkId: string;
  @Field(() => String) networkName: string;
  @Field(() => Boolean, { description: 'Whether a VALIDATED report exists for the year.' }) reported: boolean;
  @Field(() => ExitRatesType) rates: ExitRatesType;
}

@ObjectType('EligibilityTotals')
export class EligibilityTotals {
  @Field(() => Int) structures: number;
  @Field(() => Int) eligible: number;
  @Field(() => Int) notEligible: number;
  @Field(() => Int) undefined: number;
  @Field(() => Int) examined: number;
  @Field(() => Int) dynamic: number;
  @Field(() => Float, { nullable: true }) dynamicRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Eligible / structures with a defined rate.' }) eligibleShare: number | null;
}

@ObjectType('EligibilityView')
export class EligibilityView {
  @Field(() => Int) year: number;
  @Field(() => [EligibilityLine]) lines: EligibilityLine[];
  @Field(() => Int) totalCount: number;
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field(() => EligibilityTotals) totals: EligibilityTotals;
}

@InputType()
export class EligibilityFilter {
  @Field(() => ID, { nullable: true, description: 'Organization id of a network (Region only).' }) networkId?: string | null;
  @Field(() => StructureKind, { nullable: true }) kind?: StructureKind | null;
  @Field(() => String, { nullable: true }) department?: string | null;
  @Field(() => EligibilityStatus, { nullable: true }) eligibility?: EligibilityStatus | null;
}
