/**
 * The stable codes of exit reports (field errors' `code`, refusals' `extensions.reason`);
 * the client translates them in i18n/<lang>/exits.json (fieldErrors.*, reasons.*).
 */
export const EXIT_REPORT_FIELD_CODES = [
  'exitReport.count.invalid',
  'exitReport.count.notWhole',
  'exitReport.count.negative',
  'exitReport.count.tooBig',
  'exitReport.reason.unknown',
  'exitReport.reason.duplicate',
  'exitReport.year.invalid',
  'exitReport.year.outsideContract',
  'exitReport.duplicate', // CONFLICT
  'exitReport.structure.notMember',
] as const;

export const EXIT_REPORT_REFUSAL_REASONS = ['exitReport.locked', 'exitReport.action.notAllowed'] as const;
