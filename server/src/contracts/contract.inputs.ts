import { z } from 'zod';
import { INDICATOR_BY_CODE, targetProblem } from './contract.rules.js';

/** Input schemas; messages written as keys become the field errors' codes. */
const MAX_CENTS = 1e13;

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.invalid')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'date.invalid');

export const cents = z.number().int('money.notWholeCents').min(0, 'money.negative').max(MAX_CENTS, 'money.tooBig');

export const objectiveSchema = z
  .object({ indicator: z.string(), unit: z.string(), target: z.number() })
  .superRefine((o, c) => {
    const problem = targetProblem(o.indicator, o.unit, o.target);
    if (problem) c.addIssue({ code: 'custom', path: [problem.startsWith('objective.target') ? 'target' : problem === 'objective.unit.mismatch' ? 'unit' : 'indicator'], message: problem });
  });

export const objectivesSchema = z
  .array(objectiveSchema)
  .max(30, 'objectives.tooMany')
  .superRefine((list, c) => {
    const seen = new Set<string>();
    list.forEach((o, i) => {
      if (seen.has(o.indicator)) c.addIssue({ code: 'custom', path: [i, 'indicator'], message: 'objective.indicator.duplicate' });
      seen.add(o.indicator);
    });
  });

export const threshold = z.number().gt(0, 'contract.threshold.range').max(1, 'contract.threshold.range');
export const title = z.string().trim().min(1, 'contract.title.required').max(200, 'contract.title.tooLong');

export const createContractSchema = z
  .object({
    networkId: z.string(),
    title,
    periodStart: isoDate,
    periodEnd: isoDate,
    budgetCents: cents,
    coordinationCents: cents.nullish(),
    threshold: threshold.nullish(),
    objectives: objectivesSchema.nullish(),
  })
  .superRefine((v, c) => {
    if (v.periodEnd < v.periodStart) c.addIssue({ code: 'custom', path: ['periodEnd'], message: 'contract.period.endBeforeStart' });
    if ((v.coordinationCents ?? 0) > v.budgetCents) c.addIssue({ code: 'custom', path: ['coordinationCents'], message: 'contract.coordination.overBudget' });
  });

export const updateContractSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: title.nullish(),
  periodStart: isoDate.nullish(),
  periodEnd: isoDate.nullish(),
  budgetCents: cents.nullish(),
  coordinationCents: cents.nullish(),
  threshold: threshold.nullish(),
  objectives: objectivesSchema.nullish(),
});

export const allocationsSchema = z
  .array(
    z.object({
      memberStructureId: z.string(),
      amountCents: cents,
      targets: z
        .array(z.object({ indicator: z.string(), target: z.number() }))
        .max(30)
        .nullish()
        .superRefine((ts, c) => {
          (ts ?? []).forEach((t, i) => {
            const def = INDICATOR_BY_CODE[t.indicator];
            const problem = def ? targetProblem(t.indicator, def.unit, t.target) : 'objective.indicator.unknown';
            if (problem) c.addIssue({ code: 'custom', path: [i, 'target'], message: problem });
          });
        }),
    }),
  )
  .max(5000, 'allocations.tooMany')
  .superRefine((list, c) => {
    const seen = new Set<string>();
    list.forEach((a, i) => {
      if (seen.has(a.memberStructureId)) c.addIssue({ code: 'custom', path: [i, 'memberStructureId'], message: 'allocation.structure.duplicate' });
      seen.add(a.memberStructureId);
    });
  });

export const commentSchema = z.object({
  contractId: z.string(),
  objectiveId: z.string().nullish(),
  body: z.string().trim().min(1, 'comment.body.required').max(5000, 'comment.body.tooLong'),
});

export const amendSchema = z.object({
  contractId: z.string(),
  version: z.number().int(),
  reason: z.string().trim().min(1, 'amendment.reason.required').max(2000, 'amendment.reason.tooLong'),
  budgetCents: cents.nullish(),
  coordinationCents: cents.nullish(),
  periodEnd: isoDate.nullish(),
  objectives: objectivesSchema.nullish(),
  allocations: allocationsSchema.nullish(),
});
