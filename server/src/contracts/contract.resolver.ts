import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { registerNode } from '../core/node-registry.js';
import { Connection, ConnectionArgs, connectionOf, idOf, pageOf } from '../core/relay.js';
import { Role } from '../auth/role.js';
import { auditHistory } from '../audit/audit.service.js';
import { availableTransitions, canAmend, canApprove, canComment, canEditContract, type RoleCode } from './contract-transitions.js';
import { allocationsOf, commentsOf, findContract, listContracts, objectivesLoader } from './contract.queries.js';
import { addContractComment, approveContract, CONTRACT_ENTITY, createContract, setAllocations, transitionContract, updateContract } from './contract.service.js';
import { amendContract, amendmentsOf } from './contract-amend.service.js';
import { recordResult, resultsOf } from './contract-results.service.js';
import { findAllocation, findObjective } from './contract-node.queries.js';
import {
  AddContractCommentInput,
  AllocationNode,
  AmendContractInput,
  AmendmentNode,
  ApproveContractInput,
  ContractActions,
  ContractCommentNode,
  ContractCommentPayload,
  ContractFilter,
  ContractHistoryEntry,
  ContractNode,
  ContractPayload,
  CreateContractInput,
  ObjectiveNode,
  ObjectiveResult,
  RecordResultInput,
  SetAllocationsInput,
  TransitionContractInput,
  UpdateContractInput,
} from './contract.types.js';

const ContractConnection = Connection(ContractNode, 'ObjectiveContract');
type ContractConnection = InstanceType<typeof ContractConnection>;
const HistoryConnection = Connection(ContractHistoryEntry, 'ContractHistoryEntry');
type HistoryConnection = InstanceType<typeof HistoryConnection>;

registerNode('ObjectiveContract', (ctx, id) => findContract(ctx, id));
registerNode('ContractComment', async (ctx, id) => (await commentsOf(ctx, { commentId: id }))[0] ?? null);
registerNode('Allocation', findAllocation);
registerNode('Objective', findObjective);

const STAFF = [Role.REGION_STAFF, Role.FEDERATION_STAFF];
const payload = (contract: ContractNode): ContractPayload => ({ contract });

@Resolver(() => ContractNode)
export class ContractResolver {
  @Authorized()
  @Query(() => ContractConnection, { description: 'Contracts the active organisation may see: all (Region), its own (network), those covering it (structure).' })
  async contracts(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ContractFilter, { nullable: true }) filter: ContractFilter | null,
    @Ctx() ctx: AppContext,
  ): Promise<ContractConnection> {
    const page = pageOf(args);
    const network = filter?.networkId ? idOf(filter.networkId, 'Organization') : null;
    const { nodes, total } = await listContracts(ctx, filter, page, network);
    return connectionOf(nodes, page, total) as ContractConnection;
  }

  @Authorized()
  @Query(() => ContractNode, { description: 'One contract; NOT_FOUND when missing or not yours to see.' })
  async contract(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<ContractNode> {
    const c = await findContract(ctx, idOf(id, 'ObjectiveContract', 'Contract'));
    if (!c) throw notFound('Contract');
    return c;
  }

  @Authorized()
  @Query(() => HistoryConnection, { description: "A contract's history from the audit trail, newest first (same as `contract.history`)." })
  async contractHistory(@Arg('id', () => ID) id: string, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: AppContext): Promise<HistoryConnection> {
    const c = await findContract(ctx, idOf(id, 'ObjectiveContract', 'Contract'));
    if (!c) throw notFound('Contract');
    return this.history(c, args, ctx);
  }

  @FieldResolver(() => ContractActions)
  viewerActions(@Root() c: ContractNode, @Ctx() ctx: AppContext): ContractActions {
    const role = requireOrganization(ctx).role as RoleCode;
    return {
      transitions: availableTransitions(c.status, role, c.approved) as ContractActions['transitions'],
      canEdit: canEditContract(c.status, role),
      canApprove: canApprove(c.status, role, c.approved),
      canAmend: canAmend(c.status, role),
      canComment: canComment(c.status, role),
    };
  }

  @FieldResolver(() => [ObjectiveNode])
  objectives(@Root() c: ContractNode, @Ctx() ctx: AppContext): Promise<ObjectiveNode[]> {
    return objectivesLoader(ctx).load(c.rawId);
  }

  @FieldResolver(() => [AllocationNode], { description: 'Every allocation in one statement; a structure account gets only its own.' })
  allocations(@Root() c: ContractNode, @Ctx() ctx: AppContext): Promise<AllocationNode[]> {
    return allocationsOf(ctx, c.rawId);
  }

  @FieldResolver(() => [ContractCommentNode], { description: 'The negotiation thread (contract and objectives), oldest first.' })
  comments(@Root() c: ContractNode, @Ctx() ctx: AppContext): Promise<ContractCommentNode[]> {
    return commentsOf(ctx, { contractId: c.rawId });
  }

  @FieldResolver(() => [AmendmentNode])
  amendments(@Root() c: ContractNode, @Ctx() ctx: AppContext): Promise<AmendmentNode[]> {
    return amendmentsOf(ctx, c.rawId);
  }

  @FieldResolver(() => [ObjectiveResult])
  results(@Root() c: ContractNode, @Ctx() ctx: AppContext): Promise<ObjectiveResult[]> {
    return resultsOf(ctx, c);
  }

  @FieldResolver(() => HistoryConnection, { description: 'Every change, newest first, from the audit trail.' })
  async history(@Root() c: ContractNode, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: AppContext): Promise<HistoryConnection> {
    const page = pageOf(args);
    if (requireOrganization(ctx).kind === 'STRUCTURE') return connectionOf([], page, 0) as HistoryConnection;
    const { rows, total } = await auditHistory(ctx, CONTRACT_ENTITY, [c.rawId], page);
    const entries = rows.map((r) => ({
      id: r.id,
      action: r.action,
      changes: r.changes ? JSON.stringify(r.changes) : null,
      actorName: r.actor_name,
      actorOrganizationName: r.actor_organization_name,
      createdAt: r.created_at,
    }));
    return connectionOf(entries, page, total) as HistoryConnection;
  }

  @Authorized(Role.REGION_STAFF)
  @Mutation(() => ContractPayload, { description: 'Drafts a contract with a network (Region staff).' })
  async createContract(@Arg('input', () => CreateContractInput) input: CreateContractInput, @Ctx() ctx: AppContext): Promise<ContractPayload> {
    return payload(await createContract(ctx, input));
  }

  @Authorized(...STAFF)
  @Mutation(() => ContractPayload, { description: 'Edits the terms (DRAFT: Region; NEGOTIATION: Region and network). Clears an approval.' })
  async updateContract(@Arg('input', () => UpdateContractInput) input: UpdateContractInput, @Ctx() ctx: AppContext): Promise<ContractPayload> {
    return payload(await updateContract(ctx, input));
  }

  @Authorized(Role.REGION_STAFF)
  @Mutation(() => ContractPayload, { description: 'Moves a contract along its life cycle, as the shared transition table allows.' })
  async transitionContract(@Arg('input', () => TransitionContractInput) input: TransitionContractInput, @Ctx() ctx: AppContext): Promise<ContractPayload> {
    return payload(await transitionContract(ctx, input));
  }

  @Authorized(Role.FEDERATION_ADMIN)
  @Mutation(() => ContractPayload, { description: "The network administrator's approval, during negotiation." })
  async approveContract(@Arg('input', () => ApproveContractInput) input: ApproveContractInput, @Ctx() ctx: AppContext): Promise<ContractPayload> {
    return payload(await approveContract(ctx, input));
  }

  @Authorized(...STAFF)
  @Mutation(() => ContractPayload, { description: 'Replaces the whole allocation list; allocations + coordination never exceed the budget.' })
  async setAllocations(@Arg('input', () => SetAllocationsInput) input: SetAllocationsInput, @Ctx() ctx: AppContext): Promise<ContractPayload> {
    return payload(await setAllocations(ctx, input));
  }

  @Authorized(...STAFF)
  @Mutation(() => ContractCommentPayload)
  async addContractComment(@Arg('input', () => AddContractCommentInput) input: AddContractCommentInput, @Ctx() ctx: AppContext): Promise<ContractCommentPayload> {
    return { comment: await addContractComment(ctx, input) };
  }

  @Authorized(Role.REGION_ADMIN)
  @Mutation(() => ContractPayload, { description: 'An amendment ("avenant") of a signed contract, numbered, with before and after.' })
  async amendContract(@Arg('input', () => AmendContractInput) input: AmendContractInput, @Ctx() ctx: AppContext): Promise<ContractPayload> {
    return payload(await amendContract(ctx, input));
  }

  @Authorized(...STAFF)
  @Mutation(() => [ObjectiveResult], { description: "Records an objective's interim or final actual; returns the contract's results." })
  recordResult(@Arg('input', () => RecordResultInput) input: RecordResultInput, @Ctx() ctx: AppContext): Promise<ObjectiveResult[]> {
    return recordResult(ctx, input);
  }
}
