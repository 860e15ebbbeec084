/**
 * Exit-report life cycle and input rules, pure (shared with the client's form and buttons).
 * DRAFT → SUBMITTED → VALIDATED (locked); the network may send a report back (reopen) to DRAFT.
 */
import type { RoleCode } from '../contracts/contract-transitions.js';
import { roleIncludes } from '../contracts/contract-transitions.js';

export type ExitReportStatusCode = 'DRAFT' | 'SUBMITTED' | 'VALIDATED';
export type ExitReportAction = 'SAVE' | 'SUBMIT' | 'VALIDATE' | 'REOPEN';

export const EXIT_REPORT_ACTIONS: readonly { action: ExitReportAction; from: readonly ExitReportStatusCode[]; roles: readonly RoleCode[] }[] = [
  { action: 'SAVE', from: ['DRAFT'], roles: ['STRUCTURE_USER', 'FEDERATION_STAFF'] },
  { action: 'SAVE', from: ['SUBMITTED'], roles: ['FEDERATION_STAFF'] },
  { action: 'SUBMIT', from: ['DRAFT'], roles: ['STRUCTURE_USER', 'FEDERATION_STAFF'] },
  { action: 'VALIDATE', from: ['SUBMITTED'], roles: ['FEDERATION_STAFF'] },
  { action: 'REOPEN', from: ['SUBMITTED', 'VALIDATED'], roles: ['FEDERATION_STAFF'] },
];

export function mayActOnReport(action: ExitReportAction, status: ExitReportStatusCode, role: RoleCode | null | undefined): boolean {
  return EXIT_REPORT_ACTIONS.some((a) => a.action === action && a.from.includes(status) && roleIncludes(role, a.roles));
}

/** Problem with one count, or null: whole numbers, zero or more. */
export function countProblem(n: unknown): string | null {
  if (typeof n !== 'number' || !Number.isFinite(n)) return 'exitReport.count.invalid';
  if (!Number.isInteger(n)) return 'exitReport.count.notWhole';
  if (n < 0) return 'exitReport.count.negative';
  if (n > 100000) return 'exitReport.count.tooBig';
  return null;
}
