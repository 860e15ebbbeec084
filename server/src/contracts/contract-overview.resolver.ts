import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { AppContext } from '../core/context.js';
import { parseInput } from '../core/validation.js';
import { Role } from '../auth/role.js';
import { MyContractObjectives, myObjectives } from './my-objectives.service.js';
import { RegionDashboard, regionDashboard, setRegionEnvelope, SetRegionEnvelopeInput } from './region-dashboard.service.js';

const yearSchema = z.number().int().min(2000, 'year.range').max(2100, 'year.range');

/** Overviews across contracts: "Mes objectifs" for a structure, the Region's dashboard and envelope. */
@Resolver()
export class ContractOverviewResolver {
  @Authorized(Role.STRUCTURE_USER)
  @Query(() => [MyContractObjectives], { description: '"Mes objectifs": the contracts covering my structure, with my allocation and my reports.' })
  myObjectives(@Ctx() ctx: AppContext): Promise<MyContractObjectives[]> {
    return myObjectives(ctx);
  }

  @Authorized(Role.REGION_STAFF)
  @Query(() => RegionDashboard)
  regionDashboard(@Arg('year', () => Int) year: number, @Ctx() ctx: AppContext): Promise<RegionDashboard> {
    parseInput(z.object({ year: yearSchema }), { year });
    return regionDashboard(ctx, year);
  }

  @Authorized(Role.REGION_ADMIN)
  @Mutation(() => RegionDashboard, { description: "Sets the Region's envelope for a year." })
  async setRegionEnvelope(@Arg('input', () => SetRegionEnvelopeInput) input: SetRegionEnvelopeInput, @Ctx() ctx: AppContext): Promise<RegionDashboard> {
    parseInput(
      z.object({ year: yearSchema, envelopeCents: z.number().int('money.notWholeCents').min(0, 'money.negative').max(1e13, 'money.tooBig') }),
      { year: input.year, envelopeCents: input.envelopeCents },
    );
    await setRegionEnvelope(ctx, input);
    return regionDashboard(ctx, input.year);
  }
}
