import { toGlobalId } from '../../server/src/core/relay.js';
import { MEMBER } from '../../server/src/members/member.seed.js';
import { ORG } from '../../server/src/seed/demo-ids.js';

export const MEMBER_FIELDS_GQL = `id name siret kinds postcode department city email phone website etp insertionHeadcount annexNumber status statusSince version createdAt updatedAt`;
export const gid = (id: string) => toGlobalId('Member', id);
export const orgGid = (id: string) => toGlobalId('Organization', id);
export { MEMBER, ORG };

export const LIST = `query($first: Int, $after: String, $filter: MemberFilter, $orderBy: MemberOrder) {
  members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name siret city department kinds status network { slug } } }
  }
}`;
export const ONE = `query($id: ID!) { member(id: $id) { ${MEMBER_FIELDS_GQL} network { slug } } }`;
export const NODE = `query($id: ID!) { node(id: $id) { id ... on Member { name } } }`;
export const CREATE = `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { ${MEMBER_FIELDS_GQL} } } }`;
export const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { ${MEMBER_FIELDS_GQL} } } }`;
export const STATUS = `mutation($input: SetMemberStatusInput!) { setMemberStatus(input: $input) { member { id status statusSince version } } }`;
export const HISTORY = `query($id: ID!) { member(id: $id) { historyCount history(first: 20) { totalCount edges { node { action actorName createdAt changes { field from to } } } } } }`;
export const IMPORT = `mutation($input: ImportMembersInput!) { importMembers(input: $input) {
  applied dryRun encoding delimiter totalRows created updated unchanged errorRows
  fileErrors { code message line column }
  rows { line action siret name memberId changedFields errors { field code message } }
} }`;

export const VALID = {
  name: 'Atelier Test Provence',
  siret: '732 829 320 00074',
  kinds: ['ACI'],
  postcode: '13100',
  city: 'Aix-en-Provence',
  email: 'contact@test.example',
  phone: '04 42 00 00 00',
  website: 'www.test.example',
  etp: 4.5,
  insertionHeadcount: 12,
  annexNumber: 'ACI013230042A0M0',
};

/** The member fields of a record, for an update input. */
export const valuesOf = (m: Record<string, unknown>) => ({
  name: m.name,
  siret: m.siret,
  kinds: m.kinds,
  postcode: m.postcode,
  city: m.city,
  email: m.email,
  phone: m.phone,
  website: m.website,
  etp: m.etp,
  insertionHeadcount: m.insertionHeadcount,
  annexNumber: m.annexNumber,
});
