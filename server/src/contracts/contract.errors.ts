/**
 * The stable codes this feature returns (field errors' `code`, refusals' `extensions.reason`);
 * the client translates them in i18n/<lang>/contracts.json (fieldErrors.*, reasons.*).
 */
export const CONTRACT_FIELD_CODES = [
  'contract.network.unknown',
  'contract.title.required',
  'contract.period.endBeforeStart',
  'contract.period.overlap', // CONFLICT
  'contract.coordination.overBudget',
  'contract.budget.belowAllocations',
  'contract.threshold.range',
  'objective.indicator.unknown',
  'objective.indicator.duplicate',
  'objective.unit.mismatch',
  'objective.target.negative',
  'objective.target.percentTooHigh',
  'objective.target.notWhole',
  'allocations.overBudget',
  'allocation.structure.notMember',
  'allocation.structure.duplicate',
  'money.negative',
  'money.notWholeCents',
  'comment.body.required',
  'comment.objective.unknown',
  'amendment.reason.required',
  'amendment.empty',
  'result.actual.negative',
  'result.actual.notWhole',
] as const;

/** FORBIDDEN refusals carry one of these as `extensions.reason`. */
export const CONTRACT_REFUSAL_REASONS = [
  'transition.notFromStatus',
  'transition.role',
  'transition.notApproved',
  'contract.signed.amendOnly',
  'contract.edit.notAllowed',
  'contract.approve.notAllowed',
  'contract.amend.notAllowed',
  'result.notSigned',
] as const;
