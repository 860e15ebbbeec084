/**
 * The contract life cycle as ONE table (status × role × target, plus the approval precondition),
 * read by the API, the client's buttons and the tests. Pure: no server-only imports.
 */

export const CONTRACT_STATUSES = ['DRAFT', 'NEGOTIATION', 'SIGNED', 'CLOSED', 'CANCELLED'] as const;
export type ContractStatusCode = (typeof CONTRACT_STATUSES)[number];

export type RoleCode = 'REGION_ADMIN' | 'REGION_STAFF' | 'FEDERATION_ADMIN' | 'FEDERATION_STAFF' | 'STRUCTURE_USER';

/** An admin may do all that the staff of the same organisation may (same as auth/role.ts). */
const IMPLIED: Record<RoleCode, RoleCode[]> = {
  REGION_ADMIN: ['REGION_ADMIN', 'REGION_STAFF'],
  REGION_STAFF: ['REGION_STAFF'],
  FEDERATION_ADMIN: ['FEDERATION_ADMIN', 'FEDERATION_STAFF'],
  FEDERATION_STAFF: ['FEDERATION_STAFF'],
  STRUCTURE_USER: ['STRUCTURE_USER'],
};
export const roleIncludes = (held: RoleCode | null | undefined, wanted: readonly RoleCode[]) =>
  !!held && IMPLIED[held].some((r) => wanted.includes(r));

export interface ContractTransition {
  from: ContractStatusCode;
  to: ContractStatusCode;
  roles: readonly RoleCode[];
  /** Signing needs the network's approval first. */
  requiresApproval?: boolean;
}

export const CONTRACT_TRANSITIONS: readonly ContractTransition[] = [
  { from: 'DRAFT', to: 'NEGOTIATION', roles: ['REGION_STAFF'] },
  { from: 'NEGOTIATION', to: 'DRAFT', roles: ['REGION_STAFF'] },
  { from: 'NEGOTIATION', to: 'SIGNED', roles: ['REGION_ADMIN'], requiresApproval: true },
  { from: 'SIGNED', to: 'CLOSED', roles: ['REGION_ADMIN'] },
  { from: 'DRAFT', to: 'CANCELLED', roles: ['REGION_STAFF'] },
  { from: 'NEGOTIATION', to: 'CANCELLED', roles: ['REGION_STAFF'] },
  { from: 'SIGNED', to: 'CANCELLED', roles: ['REGION_ADMIN'] },
];

/** Who may approve, and when: the network's administrator, during negotiation. */
export const APPROVAL = { status: 'NEGOTIATION' as ContractStatusCode, roles: ['FEDERATION_ADMIN'] as readonly RoleCode[] };

/** Who may edit the terms (title, period, budget, objectives, allocations) in each status. */
export const EDITORS: Record<ContractStatusCode, readonly RoleCode[]> = {
  DRAFT: ['REGION_STAFF'],
  NEGOTIATION: ['REGION_STAFF', 'FEDERATION_STAFF'],
  SIGNED: [], // only through an amendment
  CLOSED: [],
  CANCELLED: [],
};

/** Amendments ("avenants") to a signed contract: signed by a Region administrator. */
export const AMENDERS: readonly RoleCode[] = ['REGION_ADMIN'];

/** Who takes part in the discussion thread, by status. */
export const COMMENTERS: Record<ContractStatusCode, readonly RoleCode[]> = {
  DRAFT: ['REGION_STAFF', 'FEDERATION_STAFF'],
  NEGOTIATION: ['REGION_STAFF', 'FEDERATION_STAFF'],
  SIGNED: ['REGION_STAFF', 'FEDERATION_STAFF'],
  CLOSED: [],
  CANCELLED: [],
};

export type TransitionRefusal = 'transition.notFromStatus' | 'transition.role' | 'transition.notApproved';

export function checkTransition(
  status: ContractStatusCode,
  role: RoleCode | null | undefined,
  to: ContractStatusCode,
  approved: boolean,
): { ok: true } | { ok: false; code: TransitionRefusal; message: string } {
  const t = CONTRACT_TRANSITIONS.find((x) => x.from === status && x.to === to);
  if (!t) return { ok: false, code: 'transition.notFromStatus', message: `A ${status} contract cannot move to ${to}` };
  if (!roleIncludes(role, t.roles)) return { ok: false, code: 'transition.role', message: `Only ${t.roles.join(' or ')} may move a contract to ${to}` };
  if (t.requiresApproval && !approved) return { ok: false, code: 'transition.notApproved', message: 'The network has not approved this contract yet' };
  return { ok: true };
}

/** The targets the viewer may choose now (the stepper's buttons). */
export function availableTransitions(status: ContractStatusCode, role: RoleCode | null | undefined, approved: boolean): ContractStatusCode[] {
  return CONTRACT_TRANSITIONS.filter((t) => t.from === status && checkTransition(status, role, t.to, approved).ok).map((t) => t.to);
}

export const canApprove = (status: ContractStatusCode, role: RoleCode | null | undefined, approved: boolean) =>
  status === APPROVAL.status && !approved && roleIncludes(role, APPROVAL.roles);
export const canEditContract = (status: ContractStatusCode, role: RoleCode | null | undefined) => roleIncludes(role, EDITORS[status]);
export const canAmend = (status: ContractStatusCode, role: RoleCode | null | undefined) => status === 'SIGNED' && roleIncludes(role, AMENDERS);
export const canComment = (status: ContractStatusCode, role: RoleCode | null | undefined) => roleIncludes(role, COMMENTERS[status]);
