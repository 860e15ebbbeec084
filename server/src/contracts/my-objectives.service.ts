import { Field, ObjectType } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { requireOrganization } from '../core/context.js';
import { pageOf } from '../core/relay.js';
import { listExitReports } from '../exits/exit-report.queries.js';
import { ExitReportNode } from '../exits/exit.types.js';
import { listContracts } from './contract.queries.js';
import { allocationsOfContracts } from './contract.queries.js';
import { AllocationNode, ContractNode } from './contract.types.js';

@ObjectType('MyContractObjectives', { description: "A contract covering the viewer's structure: its objectives, the structure's own allocation and standing." })
export class MyContractObjectives {
  @Field(() => ContractNode) contract: ContractNode;
  @Field(() => AllocationNode, { nullable: true }) allocation: AllocationNode | null;
  @Field(() => [ExitReportNode], { description: "The structure's own exit reports for the contract's years." }) exitReports: ExitReportNode[];
}

/** "Mes objectifs": for a structure account only; contracts visible through its allocation, never other structures' rows. */
export async function myObjectives(ctx: AppContext): Promise<MyContractObjectives[]> {
  const org = requireOrganization(ctx);
  if (org.kind !== 'STRUCTURE') throw forbidden('"Mes objectifs" is for structure accounts');
  const { nodes } = await listContracts(ctx, null, pageOf({ first: 100 }), null);
  const { nodes: reports } = await listExitReports(ctx, {}, pageOf({ first: 100 }));
  // The structure's own allocation row in every covering contract: one statement whatever their number.
  const allocations = await allocationsOfContracts(
    ctx,
    nodes.map((c) => c.rawId),
  );
  return nodes.map((contract) => {
    const from = Number(contract.periodStart.slice(0, 4));
    const to = Number(contract.periodEnd.slice(0, 4));
    return { contract, allocation: allocations.get(contract.rawId)?.[0] ?? null, exitReports: reports.filter((r) => r.year >= from && r.year <= to) };
  });
}
