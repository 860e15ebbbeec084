import { Field, ObjectType } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { requireOrganization } from '../core/context.js';
import { pageOf } from '../core/relay.js';
import { listExitReports } from '../exits/exit-report.queries.js';
import { ExitReportNode } from '../exits/exit.types.js';
import { listContracts } from './contract.queries.js';
import { allocationsOf } from './contract.queries.js';
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
  const out: MyContractObjectives[] = [];
  for (const contract of nodes) {
    // A structure account sees at most its own row: one short statement per covering contract (a handful).
    const [allocation] = await allocationsOf(ctx, contract.rawId);
    const from = Number(contract.periodStart.slice(0, 4));
    const to = Number(contract.periodEnd.slice(0, 4));
    out.push({ contract, allocation: allocation ?? null, exitReports: reports.filter((r) => r.year >= from && r.year <= to) });
  }
  return out;
}
