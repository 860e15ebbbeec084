import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { registerNode } from '../core/node-registry.js';
import { Connection, ConnectionArgs, connectionOf, idOf, pageOf } from '../core/relay.js';
import { Role } from '../auth/role.js';
import { auditHistory } from '../audit/audit.service.js';
import { ContractHistoryEntry } from '../contracts/contract.types.js';
import { findExitReport, listExitReports } from './exit-report.queries.js';
import { EXIT_REPORT_ENTITY, moveExitReport, saveExitReport } from './exit-report.service.js';
import { eligibilityView } from './eligibility.service.js';
import {
  EligibilityFilter,
  EligibilityView,
  ExitReasonType,
  ExitReportActionInput,
  ExitReportFilter,
  ExitReportNode,
  ExitReportPayload,
  SaveExitReportInput,
  type ExitCategory,
} from './exit.types.js';

const ExitReportConnection = Connection(ExitReportNode, 'ExitReport');
type ExitReportConnection = InstanceType<typeof ExitReportConnection>;
const ReportHistoryConnection = Connection(ContractHistoryEntry, 'ExitReportHistoryEntry');
type ReportHistoryConnection = InstanceType<typeof ReportHistoryConnection>;

registerNode('ExitReport', (ctx, id) => findExitReport(ctx, id));

const REPORTERS = [Role.STRUCTURE_USER, Role.FEDERATION_STAFF];

@Resolver(() => ExitReportNode)
export class ExitResolver {
  @Authorized()
  @Query(() => [ExitReasonType], { description: 'The exit-reason catalogue and each reason\'s category.' })
  async exitReasons(@Ctx() ctx: AppContext): Promise<ExitReasonType[]> {
    const rows = await ctx.em.execute<{ code: string; label_fr: string; label_en: string; category: ExitCategory; sort_order: number }[]>(
      `select code, label_fr, label_en, category, sort_order from exit_reasons order by sort_order, code`,
    );
    return rows.map((r) => ({ code: r.code, labelFr: r.label_fr, labelEn: r.label_en, category: r.category, sortOrder: r.sort_order }));
  }

  @Authorized()
  @Query(() => ExitReportConnection, { description: 'Reports the viewer may see: all (Region), its members (network), its own (structure).' })
  async exitReports(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ExitReportFilter, { nullable: true }) filter: ExitReportFilter | null,
    @Ctx() ctx: AppContext,
  ): Promise<ExitReportConnection> {
    const page = pageOf(args);
    const structureId = filter?.memberStructureId ? idOf(filter.memberStructureId, 'Member') : null;
    const { nodes, total } = await listExitReports(ctx, { year: filter?.year, status: filter?.status, structureId }, page);
    return connectionOf(nodes, page, total) as ExitReportConnection;
  }

  @Authorized()
  @Query(() => ExitReportNode)
  async exitReport(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<ExitReportNode> {
    const r = await findExitReport(ctx, idOf(id, 'ExitReport', 'Exit report'));
    if (!r) throw notFound('Exit report');
    return r;
  }

  @FieldResolver(() => ReportHistoryConnection)
  async history(@Root() r: ExitReportNode, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: AppContext): Promise<ReportHistoryConnection> {
    const page = pageOf(args);
    const { rows, total } = await auditHistory(ctx, EXIT_REPORT_ENTITY, [r.rawId], page);
    const entries = rows.map((a) => ({
      id: a.id,
      action: a.action,
      changes: a.changes ? JSON.stringify(a.changes) : null,
      actorName: a.actor_name,
      actorOrganizationName: a.actor_organization_name,
      createdAt: a.created_at,
    }));
    return connectionOf(entries, page, total) as ReportHistoryConnection;
  }

  @Authorized(Role.REGION_STAFF, Role.FEDERATION_STAFF)
  @Query(() => EligibilityView, { description: "The 60 % rule for a year: every structure the viewer may see, from VALIDATED reports, with totals." })
  async eligibility(
    @Arg('year', () => Int) year: number,
    @Arg('filter', () => EligibilityFilter, { nullable: true }) filter: EligibilityFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: AppContext,
  ): Promise<EligibilityView> {
    const page = pageOf({ first: args.first ?? 100, after: args.after }); // 100 lines by default; the totals cover them all
    requireOrganization(ctx);
    const network = filter?.networkId ? idOf(filter.networkId, 'Organization') : null;
    const v = await eligibilityView(ctx, year, filter, network, page);
    const c = connectionOf(v.lines, page, v.total);
    return { year, lines: v.lines, totalCount: v.total, hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor, totals: v.totals };
  }

  @Authorized(...REPORTERS)
  @Mutation(() => ExitReportPayload, { description: 'Creates (no id) or edits (id + version) an exit report.' })
  async saveExitReport(@Arg('input', () => SaveExitReportInput) input: SaveExitReportInput, @Ctx() ctx: AppContext): Promise<ExitReportPayload> {
    return { exitReport: await saveExitReport(ctx, input) };
  }

  @Authorized(...REPORTERS)
  @Mutation(() => ExitReportPayload)
  async submitExitReport(@Arg('input', () => ExitReportActionInput) input: ExitReportActionInput, @Ctx() ctx: AppContext): Promise<ExitReportPayload> {
    return { exitReport: await moveExitReport(ctx, 'SUBMIT', input) };
  }

  @Authorized(Role.FEDERATION_STAFF)
  @Mutation(() => ExitReportPayload, { description: 'The network validates a submitted report; it is then locked.' })
  async validateExitReport(@Arg('input', () => ExitReportActionInput) input: ExitReportActionInput, @Ctx() ctx: AppContext): Promise<ExitReportPayload> {
    return { exitReport: await moveExitReport(ctx, 'VALIDATE', input) };
  }

  @Authorized(Role.FEDERATION_STAFF)
  @Mutation(() => ExitReportPayload, { description: 'Sends a submitted or validated report back to DRAFT.' })
  async reopenExitReport(@Arg('input', () => ExitReportActionInput) input: ExitReportActionInput, @Ctx() ctx: AppContext): Promise<ExitReportPayload> {
    return { exitReport: await moveExitReport(ctx, 'REOPEN', input) };
  }
}
