import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { forbidden, notFound } from '../core/errors.js';
import { registerNode } from '../core/node-registry.js';
import { ConnectionArgs, connectionOf, idOf, inputIdOf, pageOf, type ConnectionShape } from '../core/relay.js';
import { Role } from '../auth/role.js';
import { findOrganization } from '../organizations/organization.service.js';
import { toOrganizationNode } from '../organizations/organization.types.js';
import { listMembers, memberLoader, structuresBySiret } from './member.queries.js';
import { createMember, setMemberStatus, updateMember, loadMemberRow } from './member.service.js';
import { importBytes, importMembers } from './member.import.js';
import { createStructureAccount } from './member.account.js';
import { ImportMembersInput, ImportMembersPayload } from './member.import.types.js';
import { SiretStructure, SiretStructureConnection, StructureAccountPayload, StructuresBySiretArgs } from './member.region.types.js';
import {
  CreateMemberInput,
  CreateStructureAccountInput,
  MemberConnection,
  MemberFilter,
  MemberNode,
  MemberOrder,
  MemberPayload,
  SetMemberStatusInput,
  UpdateMemberInput,
  toMemberNode,
} from './member.types.js';
import { toGlobalId } from '../core/relay.js';

registerNode('Member', async (ctx, id) => {
  if (!ctx.organization) return null;
  const row = await memberLoader(ctx).load(id);
  return row && toMemberNode(row);
});

const valuesOfInput = ({ id: _id, version: _v, ...values }: UpdateMemberInput | (CreateMemberInput & { id?: string; version?: number })) => values;

@Resolver(() => MemberNode)
export class MemberResolver {
  @Authorized()
  @Query(() => MemberConnection, {
    description: "The register: a network's own members, every network's for the Region, only its own record for a structure account.",
  })
  async members(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter: MemberFilter | null,
    @Arg('orderBy', () => MemberOrder, { nullable: true }) orderBy: MemberOrder | null,
    @Ctx() ctx: AppContext,
  ): Promise<ConnectionShape<MemberNode>> {
    const page = pageOf(args);
    const { rows, total } = await listMembers(ctx, filter ?? {}, orderBy, page);
    return connectionOf(rows.map(toMemberNode), page, total);
  }

  @Authorized()
  @Query(() => MemberNode, { description: 'One member; NOT_FOUND when it does not exist or is not visible.' })
  async member(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<MemberNode> {
    requireOrganization(ctx);
    const row = await memberLoader(ctx).load(idOf(id, 'Member'));
    if (!row) throw notFound('Member');
    return toMemberNode(row);
  }

  @Authorized(Role.REGION_STAFF)
  @Query(() => SiretStructureConnection, { description: 'The Region’s consolidated view: one line per SIRET with the networks it belongs to.' })
  async structuresBySiret(@Args(() => StructuresBySiretArgs) args: StructuresBySiretArgs, @Ctx() ctx: AppContext): Promise<ConnectionShape<SiretStructure>> {
    if (requireOrganization(ctx).kind !== 'FUNDER') throw forbidden('Only the Region has the consolidated view');
    const page = pageOf(args);
    const { rows, total } = await structuresBySiret(ctx, args.search, args.sharedOnly, page);
    const nodes = rows.map((r) =>
      Object.assign(new SiretStructure(), {
        siret: r.siret,
        name: r.name,
        department: r.department,
        city: r.city,
        networkRawIds: r.network_ids,
        memberRawIds: r.member_ids,
      }),
    );
    return connectionOf(nodes, page, total);
  }

  @Authorized(Role.FEDERATION_STAFF)
  @Mutation(() => MemberPayload, { description: 'Adds a structure to the active network’s register.' })
  async createMember(@Arg('input', () => CreateMemberInput) input: CreateMemberInput, @Ctx() ctx: AppContext): Promise<MemberPayload> {
    return { member: toMemberNode(await createMember(ctx, valuesOfInput(input))) };
  }

  @Authorized(Role.FEDERATION_STAFF)
  @Mutation(() => MemberPayload, { description: 'Replaces a member’s record; `version` must be the one seen (CONFLICT otherwise).' })
  async updateMember(@Arg('input', () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() ctx: AppContext): Promise<MemberPayload> {
    return { member: toMemberNode(await updateMember(ctx, idOf(input.id, 'Member'), input.version, valuesOfInput(input))) };
  }

  @Authorized(Role.FEDERATION_STAFF)
  @Mutation(() => MemberPayload, { description: 'Suspends, ends or restores a membership from a date; the history keeps every change.' })
  async setMemberStatus(@Arg('input', () => SetMemberStatusInput) input: SetMemberStatusInput, @Ctx() ctx: AppContext): Promise<MemberPayload> {
    const row = await setMemberStatus(ctx, idOf(input.id, 'Member'), input.version, { status: input.status, since: input.since });
    return { member: toMemberNode(row) };
  }

  @Authorized(Role.FEDERATION_STAFF)
  @Mutation(() => ImportMembersPayload, { description: 'Imports a register file (CSV); see ImportMembersInput.' })
  async importMembers(@Arg('input', () => ImportMembersInput) input: ImportMembersInput, @Ctx() ctx: AppContext): Promise<ImportMembersPayload> {
    const report = await importMembers(ctx, importBytes(input), input.dryRun);
    return {
      ...report,
      rows: report.rows.map((r) => ({
        ...r,
        memberId: r.memberId && (r.action !== 'CREATE' || report.applied) ? toGlobalId('Member', r.memberId) : null,
      })),
    } as ImportMembersPayload;
  }

  @Authorized(Role.FEDERATION_ADMIN)
  @Mutation(() => StructureAccountPayload, { description: 'Gives a member its own STRUCTURE account, to which the network invites its people.' })
  async createStructureAccount(
    @Arg('input', () => CreateStructureAccountInput) input: CreateStructureAccountInput,
    @Ctx() ctx: AppContext,
  ): Promise<StructureAccountPayload> {
    const memberId = inputIdOf(input.memberId, 'Member', 'memberId');
    const { organizationId, created } = await createStructureAccount(ctx, memberId);
    const org = await findOrganization(ctx, organizationId);
    if (!org) throw notFound('Organization');
    return { created, organization: toOrganizationNode(org), member: toMemberNode(await loadMemberRow(ctx, memberId)) };
  }
}
