import { randomUUID } from 'node:crypto';
import type { TestApp } from '../helpers/app.js';
import { ORG } from '../../server/src/seed/demo-ids.js';

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
export const rawOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];

let siretSeq = 0;
/** Creates member structures as the owner (independent of the members feature's seed). */
export async function makeMembers(app: TestApp, tenantId: string, n: number, opts: { kinds?: string[]; department?: string; prefix?: string } = {}): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  const base = 10_000_000_000_000 + process.pid * 1000 + (siretSeq += n + 1) * 100_000;
  await app.sql(
    `insert into member_structures (id, tenant_id, name, siret, kinds, department)
     select id, $2, $3 || ' ' || lpad(i::text, 4, '0'), lpad(($4::bigint + i)::text, 14, '0'), $5::structure_kind[], $6
       from unnest($1::uuid[]) with ordinality as t(id, i)`,
    [ids, tenantId, opts.prefix ?? 'Structure test', String(base % 90_000_000_000_000), opts.kinds ?? ['ACI'], opts.department ?? '13'],
  );
  return ids;
}

/** The member structure of the Calanques structure account, created and linked when the members seed has not. */
export async function calanquesStructure(app: TestApp): Promise<string> {
  const [org] = await app.sql<{ member_structure_id: string | null }>(`select member_structure_id from organizations where id = $1`, [ORG.CALANQUES_ACCOUNT]);
  if (org.member_structure_id) return org.member_structure_id;
  const [id] = await makeMembers(app, ORG.CE, 1, { prefix: 'Atelier Calanques Solidaires' });
  await app.sql(`update organizations set member_structure_id = $1 where id = $2`, [id, ORG.CALANQUES_ACCOUNT]);
  return id;
}

export const CONTRACT_FIELDS = `id title status version budgetCents coordinationCents allocatedCents allocationCount threshold approved periodStart periodEnd
  network { id name } viewerActions { transitions canEdit canApprove canAmend canComment }`;

export const CREATE = `mutation($i: CreateContractInput!) { createContract(input: $i) { contract { ${CONTRACT_FIELDS} } } }`;
export const UPDATE = `mutation($i: UpdateContractInput!) { updateContract(input: $i) { contract { ${CONTRACT_FIELDS} objectives { id indicator unit target } } } }`;
export const TRANSITION = `mutation($i: TransitionContractInput!) { transitionContract(input: $i) { contract { ${CONTRACT_FIELDS} } } }`;
export const APPROVE = `mutation($i: ApproveContractInput!) { approveContract(input: $i) { contract { ${CONTRACT_FIELDS} } } }`;
export const SET_ALLOCATIONS = `mutation($i: SetAllocationsInput!) { setAllocations(input: $i) { contract { ${CONTRACT_FIELDS} allocations { id memberStructureId amountCents targets { indicator target } } } } }`;
export const COMMENT = `mutation($i: AddContractCommentInput!) { addContractComment(input: $i) { comment { id body objectiveId authorName authorOrganizationName } } }`;
export const AMEND = `mutation($i: AmendContractInput!) { amendContract(input: $i) { contract { ${CONTRACT_FIELDS} amendments { number reason changes { field before after } } } } }`;
export const CONTRACT = `query($id: ID!) { contract(id: $id) { ${CONTRACT_FIELDS} objectives { id indicator unit target } allocations { id memberStructureId structureName amountCents targets { indicator target } }
  comments { id body objectiveId } amendments { number } results { indicator target computed examined dynamic } history(first: 50) { totalCount edges { node { action } } } } }`;

export const SAVE_REPORT = `mutation($i: SaveExitReportInput!) { saveExitReport(input: $i) { exitReport { id status version year notExamined counts { reasonCode count }
  rates { examined dynamic dynamicRate sustainableRate eligibility threshold totalExits } } } }`;
export const SUBMIT_REPORT = `mutation($i: ExitReportActionInput!) { submitExitReport(input: $i) { exitReport { id status version } } }`;
export const VALIDATE_REPORT = `mutation($i: ExitReportActionInput!) { validateExitReport(input: $i) { exitReport { id status version validatedByName } } }`;
export const REOPEN_REPORT = `mutation($i: ExitReportActionInput!) { reopenExitReport(input: $i) { exitReport { id status version } } }`;
export const ELIGIBILITY = `query($y: Int!, $f: EligibilityFilter, $first: Int) { eligibility(year: $y, filter: $f, first: $first) { totalCount
  totals { structures eligible notEligible undefined examined dynamic dynamicRate eligibleShare }
  lines { memberStructureId structureName networkName department kinds reported rates { examined dynamic dynamicRate eligibility threshold } } } }`;

/** DOMAIN.md's first worked example: 20 exits, 2 withdrawn, 5 + 4 + 3 dynamic → 66.7 %. */
export const EXAMPLE_ELIGIBLE = [
  { reasonCode: 'CDI', count: 5 },
  { reasonCode: 'CDD_UNDER_6M', count: 4 },
  { reasonCode: 'QUALIFYING_TRAINING', count: 3 },
  { reasonCode: 'UNEMPLOYMENT', count: 6 },
  { reasonCode: 'DEATH', count: 2 },
];
/** The second: 25 exits, 1 withdrawn, 4 + 5 + 4 → 54.2 %. */
export const EXAMPLE_NOT_ELIGIBLE = [
  { reasonCode: 'CDI', count: 4 },
  { reasonCode: 'INTERIM_UNDER_6M', count: 5 },
  { reasonCode: 'OTHER_SIAE', count: 4 },
  { reasonCode: 'NO_NEWS', count: 11 },
  { reasonCode: 'SERIOUS_MISCONDUCT', count: 1 },
];
