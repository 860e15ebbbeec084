import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { ConnectionArgs, connectionOf, pageOf, type ConnectionShape } from '../core/relay.js';
import { hasRole, Role } from '../auth/role.js';
import { auditHistory } from '../audit/audit.service.js';
import { organizationLoader } from '../organizations/organization.service.js';
import { OrganizationNode, toOrganizationNode } from '../organizations/organization.types.js';
import { historyCountLoader, memberLoader, structureAccountLoader } from './member.queries.js';
import { MEMBER_ENTITY } from './member.service.js';
import { SiretStructure } from './member.region.types.js';
import { MemberHistoryConnection, MemberHistoryEntry, MemberNode, toMemberNode } from './member.types.js';

/** The history is for the network's admins and the Region (HOUSE rule of the issue). */
const mayReadHistory = (ctx: AppContext) => hasRole(ctx.role, Role.FEDERATION_ADMIN, Role.REGION_STAFF);

const display = (v: unknown): string | null =>
  v === null || v === undefined ? null : Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v);

@Resolver(() => MemberNode)
export class MemberFieldsResolver {
  @FieldResolver(() => OrganizationNode, { nullable: true, description: 'The network whose register this is.' })
  async network(@Root() m: MemberNode, @Ctx() ctx: AppContext): Promise<OrganizationNode | null> {
    const org = await organizationLoader(ctx).load(m.tenantId);
    return org && toOrganizationNode(org);
  }

  @FieldResolver(() => OrganizationNode, { nullable: true, description: "The structure's own account, if the network gave it one." })
  async structureAccount(@Root() m: MemberNode, @Ctx() ctx: AppContext): Promise<OrganizationNode | null> {
    if (ctx.organization?.kind === 'STRUCTURE') return null;
    const id = await structureAccountLoader(ctx).load(m.rawId);
    const org = id ? await organizationLoader(ctx).load(id) : null;
    return org && toOrganizationNode(org);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Number of history lines; null for roles that may not read the history.' })
  async historyCount(@Root() m: MemberNode, @Ctx() ctx: AppContext): Promise<number | null> {
    if (!mayReadHistory(ctx)) return null;
    return historyCountLoader(ctx).load(`${m.tenantId}:${m.rawId}`);
  }

  @FieldResolver(() => MemberHistoryConnection, { description: 'Who changed what and when, newest first (network admins and the Region).' })
  async history(@Root() m: MemberNode, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: AppContext): Promise<ConnectionShape<MemberHistoryEntry>> {
    if (!mayReadHistory(ctx)) throw forbidden("Only the network's administrators and the Region read the history");
    const page = pageOf(args);
    const { rows, total } = await auditHistory(ctx, MEMBER_ENTITY, [m.rawId], page);
    const entries = rows.map((r) =>
      Object.assign(new MemberHistoryEntry(), {
        id: r.id,
        action: r.action,
        createdAt: new Date(r.created_at),
        actorName: r.actor_name,
        actorOrganizationName: r.actor_organization_name,
        changes: Object.entries(r.changes ?? {}).map(([field, c]) => ({ field, from: display(c.from), to: display(c.to) })),
      }),
    );
    return connectionOf(entries, page, total);
  }
}

@Resolver(() => SiretStructure)
export class SiretStructureFieldsResolver {
  @FieldResolver(() => [OrganizationNode], { description: 'The networks that count this SIRET as a member.' })
  async networks(@Root() s: SiretStructure, @Ctx() ctx: AppContext): Promise<OrganizationNode[]> {
    const orgs = await organizationLoader(ctx).loadMany(s.networkRawIds);
    return orgs.flatMap((o) => (o && !(o instanceof Error) ? [toOrganizationNode(o)] : []));
  }

  @FieldResolver(() => [MemberNode], { description: 'Each network’s member record for this SIRET.' })
  async members(@Root() s: SiretStructure, @Ctx() ctx: AppContext): Promise<MemberNode[]> {
    const rows = await memberLoader(ctx).loadMany(s.memberRawIds);
    return rows.flatMap((r) => (r && !(r instanceof Error) ? [toMemberNode(r)] : []));
  }
}
