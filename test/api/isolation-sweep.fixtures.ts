// Helpers of the cross-tenant isolation sweep (isolation-sweep.test.ts).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema, isInterfaceType, type GraphQLSchema } from 'graphql';
import { expect } from 'vitest';
import type { GqlResult, TestApp } from '../helpers/app.js';

export type Client = (query: string, variables?: Record<string, unknown>) => Promise<GqlResult>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
export const rawOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
/** A well-formed global id of the same type that names nothing. */
export const missingLike = (globalId: string) => gid(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[0], randomUUID());

/** The printed SDL: every Query and Mutation field and every type implementing Node. */
export function schemaInventory(path = 'schema/schema.graphql') {
  const schema: GraphQLSchema = buildSchema(readFileSync(path, 'utf8'));
  const node = schema.getType('Node');
  if (!node || !isInterfaceType(node)) throw new Error('no Node interface in the SDL');
  return {
    queries: Object.keys(schema.getQueryType()!.getFields()).sort(),
    mutations: Object.keys(schema.getMutationType()!.getFields()).sort(),
    nodes: schema.getPossibleTypes(node).map((t) => t.name).sort(),
  };
}

/** What an error answer shows a client: code, message, field errors, path. No data at all. */
export function refusal(r: GqlResult) {
  const e = r.errors?.[0];
  return { code: e?.extensions?.code, message: e?.message, fields: e?.extensions?.fields ?? null, path: e?.path ?? null, count: r.errors?.length ?? 0 };
}

/**
 * The core assertion: `other` (someone else's real id) answers exactly like `missing` (an id that
 * names nothing): the same refusal with one of the allowed codes, and no data.
 */
export function expectSameRefusal(other: GqlResult, missing: GqlResult, codes: string[], label: string) {
  const o = refusal(other);
  const m = refusal(missing);
  expect(o.code, `${label}: answered instead of refusing: ${JSON.stringify(other.data)} (a missing id gives ${JSON.stringify(missing.data ?? missing.errors)})`).toBeDefined();
  expect(codes, `${label}: ${o.code} not an allowed refusal (${o.message})`).toContain(o.code);
  expect(o, `${label}: other-tenant answer differs from a missing id`).toEqual(m);
  const data = other.data == null ? [] : Object.values(other.data).filter((v) => v != null);
  expect(data, `${label}: data returned with the refusal`).toEqual([]);
}

/** Every row of every table except session bookkeeping, hashed per table: "nothing written" checks. */
export async function snapshot(app: TestApp): Promise<Record<string, string>> {
  const tables = await app.sql<{ t: string }>(
    `select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
       and table_name not in ('sessions', 'login_throttles', 'mikro_orm_migrations') order by 1`,
  );
  const sql = tables.map(({ t }) => `select '${t}' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${t}" x`).join(' union all ');
  const rows = await app.sql<{ t: string; h: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** Runs `fn` and fails when any table changed. */
export async function nothingWritten(app: TestApp, label: string, fn: () => Promise<void>) {
  const before = await snapshot(app);
  await fn();
  const after = await snapshot(app);
  const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
  expect(changed, `${label}: tables written`).toEqual([]);
}

/** Fails when the text mentions any of the given ids (raw or global) or markers. */
export function expectNoneOf(text: string, secrets: Iterable<string>, label: string) {
  const found = [...secrets].filter((s) => s && text.includes(s));
  expect(found, `${label}: another tenant's ids or data in the answer`).toEqual([]);
}

export const Q = {
  member: `query($id: ID!) { member(id: $id) { id name siret version history(first: 5) { totalCount } } }`,
  contract: `query($id: ID!) { contract(id: $id) { id title version allocations { id } objectives { id } comments { id body } results { objectiveId } history(first: 5) { totalCount } } }`,
  contractHistory: `query($id: ID!) { contractHistory(id: $id, first: 10) { totalCount edges { node { id action } } } }`,
  exitReport: `query($id: ID!) { exitReport(id: $id) { id status version structureName history(first: 5) { totalCount } } }`,
  meeting: `query($id: ID!) { meeting(id: $id) { id title invitations { id } actionItems { id } minutes { body } } }`,
  workingGroup: `query($id: ID!) { workingGroup(id: $id) { id title organizations { id } } }`,
  node: `query($id: ID!) { node(id: $id) { __typename id } }`,
  members: `query($f: MemberFilter) { members(first: 100, filter: $f) { totalCount edges { node { id name siret network { id } } } } }`,
  contracts: `query($f: ContractFilter) { contracts(first: 100, filter: $f) { totalCount edges { node { id title network { id } allocations { id memberStructureId } objectives { id } comments { id body } } } } }`,
  exitReports: `query($f: ExitReportFilter) { exitReports(first: 100, filter: $f) { totalCount edges { node { id memberStructureId structureName } } } }`,
  eligibility: `query($f: EligibilityFilter) { eligibility(year: 2019, first: 100, filter: $f) { totalCount totals { structures examined } lines { memberStructureId structureName networkId } } }`,
  meetings: `query($from: DateTimeISO!, $to: DateTimeISO!, $f: MeetingFilter) { meetings(from: $from, to: $to, first: 100, filter: $f) { totalCount edges { node { id title actionItems { id title } invitations { id } } } } }`,
  workingGroups: `{ workingGroups { id title } }`,
  myActionItems: `{ myActionItems(includeDone: true) { id title meetingId meetingTitle } }`,
  meetingNotices: `{ meetingNotices { id meetingId meetingTitle } }`,
  unreadMeetingNoticeCount: `{ unreadMeetingNoticeCount }`,
  organizations: `{ organizations { id slug name kind } }`,
  organizationUsers: `query($o: ID) { organizationUsers(first: 100, organizationId: $o) { totalCount edges { node { id user { id email memberships { id organization { id slug } } } organization { id } } } } }`,
  pendingInvitations: `query($o: ID) { pendingInvitations(organizationId: $o) { id email organization { id } } }`,
  meetingInvitees: `{ meetingInvitees { organizationId organizationName invitable people { id displayName } } }`,
  myObjectives: `{ myObjectives { contract { id title } allocation { id memberStructureId } exitReports { id memberStructureId } } }`,
  regionDashboard: `{ regionDashboard(year: 2019) { networks { networkId contractId } } }`,
  structuresBySiret: `{ structuresBySiret(first: 100) { totalCount edges { node { siret members { id } } } } }`,
  findMeetingSlots: `query($i: FindMeetingSlotsInput!) { findMeetingSlots(input: $i) { startsAt endsAt } }`,
  meetingConflicts: `query($i: MeetingConflictsInput!) { meetingConflicts(input: $i) { startsAt endsAt organization { id } person { id } } }`,
  exitReasons: `{ exitReasons { code } }`,
  me: `{ me { id email memberships { id organization { id } } } activeMembership { id organization { id } } }`,
  invitation: `query($t: String!) { invitation(token: $t) { email organizationName } }`,
};

export const M = {
  updateMember: `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { member { id } } }`,
  setMemberStatus: `mutation($i: SetMemberStatusInput!) { setMemberStatus(input: $i) { member { id } } }`,
  createMember: `mutation($i: CreateMemberInput!) { createMember(input: $i) { member { id siret version } } }`,
  createStructureAccount: `mutation($i: CreateStructureAccountInput!) { createStructureAccount(input: $i) { created organization { id slug } member { id } } }`,
  importMembers: `mutation($i: ImportMembersInput!) { importMembers(input: $i) { applied created updated unchanged errorRows rows { action memberId changedFields errors { field code } } } }`,
  changeMembershipRole: `mutation($i: ChangeMembershipRoleInput!) { changeMembershipRole(input: $i) { id role } }`,
  removeMembership: `mutation($i: RemoveMembershipInput!) { removeMembership(input: $i) }`,
  inviteUser: `mutation($i: InviteUserInput!) { inviteUser(input: $i) { inviteUrl invitation { id } } }`,
  revokeInvitation: `mutation($i: RevokeInvitationInput!) { revokeInvitation(input: $i) }`,
  acceptInvitation: `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`,
  createContract: `mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id version status } } }`,
  updateContract: `mutation($i: UpdateContractInput!) { updateContract(input: $i) { contract { id version } } }`,
  transitionContract: `mutation($i: TransitionContractInput!) { transitionContract(input: $i) { contract { id version status } } }`,
  approveContract: `mutation($i: ApproveContractInput!) { approveContract(input: $i) { contract { id version } } }`,
  setAllocations: `mutation($i: SetAllocationsInput!) { setAllocations(input: $i) { contract { id version allocations { id } } } }`,
  addContractComment: `mutation($i: AddContractCommentInput!) { addContractComment(input: $i) { comment { id } } }`,
  amendContract: `mutation($i: AmendContractInput!) { amendContract(input: $i) { contract { id } } }`,
  recordResult: `mutation($i: RecordResultInput!) { recordResult(input: $i) { objectiveId } }`,
  setRegionEnvelope: `mutation($i: SetRegionEnvelopeInput!) { setRegionEnvelope(input: $i) { year } }`,
  saveExitReport: `mutation($i: SaveExitReportInput!) { saveExitReport(input: $i) { exitReport { id status version } } }`,
  submitExitReport: `mutation($i: ExitReportActionInput!) { submitExitReport(input: $i) { exitReport { id status version } } }`,
  validateExitReport: `mutation($i: ExitReportActionInput!) { validateExitReport(input: $i) { exitReport { id status version } } }`,
  reopenExitReport: `mutation($i: ExitReportActionInput!) { reopenExitReport(input: $i) { exitReport { id status version } } }`,
  scheduleMeeting: `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id version invitations { id organization { id } } } } }`,
  updateMeeting: `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { meeting { id } } }`,
  cancelMeeting: `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { id } }`,
  saveMinutes: `mutation($i: SaveMinutesInput!) { saveMinutes(input: $i) { id minutes { version } } }`,
  addActionItem: `mutation($i: AddActionItemInput!) { addActionItem(input: $i) { id } }`,
  completeActionItem: `mutation($i: CompleteActionItemInput!) { completeActionItem(input: $i) { id done } }`,
  respondToInvitation: `mutation($i: RespondToInvitationInput!) { respondToInvitation(input: $i) { id } }`,
  markMeetingNoticesRead: `mutation($i: MarkMeetingNoticesReadInput!) { markMeetingNoticesRead(input: $i) }`,
  createCalendarFeed: `mutation { createCalendarFeed { url } }`,
  revokeCalendarFeed: `mutation { revokeCalendarFeed }`,
  createWorkingGroup: `mutation($i: CreateWorkingGroupInput!) { createWorkingGroup(input: $i) { id } }`,
};
