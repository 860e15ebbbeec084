import { Alert, Button, Card, Group, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatDate } from '../../app/format';
import { graphql } from '../../gql';
import { BudgetSummary, remainingOf } from './AllocationEditor';
import { AllocationRows, allocationsInvalid, allocationsKey, toAllocationDrafts, toAllocationInputs, type AllocationDraft } from './AllocationRows';
import type { ContractPageData } from './ContractPage';
import { ObjectivesEditor, indicatorLabel, objectiveProblems, toObjectiveInputs, type ObjectiveDraft } from './ObjectivesEditor';
import { centsOf, featureError, formatDay, formatEuros, formatNumber } from './contractFormat';

const Amend = graphql(`
  mutation AmendContract($input: AmendContractInput!) {
    amendContract(input: $input) { contract { id version budgetCents periodEnd } }
  }
`);

interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

/** A change line's label: budget, end date, an objective's target, a structure's allocation or one of its targets. */
export function useChangeFormat() {
  const { t } = useTranslation('contracts');
  const label = (field: string) => {
    if (field === 'budgetCents' || field === 'coordinationCents' || field === 'periodEnd') return t(`amendments.fields.${field}`);
    if (field.startsWith('objective:')) return `${t('amendments.fields.objective')} — ${indicatorLabel(field.slice('objective:'.length))}`;
    if (field.startsWith('allocation:')) return `${t('amendments.fields.allocation')} — ${field.slice('allocation:'.length)}`;
    if (field.startsWith('target:')) {
      const rest = field.slice('target:'.length);
      const cut = rest.lastIndexOf(':');
      return `${t('amendments.fields.target')} — ${rest.slice(0, cut)} — ${indicatorLabel(rest.slice(cut + 1))}`;
    }
    return field;
  };
  const value = (field: string, v: string | null) => {
    if (v === null) return '—';
    if (field.endsWith('Cents') || field.startsWith('allocation:')) return formatEuros(Number(v));
    if (field === 'periodEnd') return formatDay(v);
    return formatNumber(Number(v));
  };
  return { label, value };
}

function ChangesTable({ changes, caption }: { changes: Change[]; caption?: string }) {
  const { t } = useTranslation('contracts');
  const f = useChangeFormat();
  return (
    <Table mt="xs" captionSide="top">
      {caption ? <Table.Caption>{caption}</Table.Caption> : null}
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('amendments.field')}</Table.Th>
          <Table.Th>{t('amendments.before')}</Table.Th>
          <Table.Th>{t('amendments.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((ch) => (
          <Table.Tr key={ch.field}>
            <Table.Td>{f.label(ch.field)}</Table.Td>
            <Table.Td>{f.value(ch.field, ch.before)}</Table.Td>
            <Table.Td>{f.value(ch.field, ch.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const str = (v: number | string | null | undefined) => (v === null || v === undefined || v === '' ? null : String(v));

/** What the amendment being typed would change, in the server's change format (shown before signing). */
export function pendingChanges(
  c: ContractPageData,
  v: { budgetCents: number | null; periodEnd: string; objectives: ObjectiveDraft[]; allocations: AllocationDraft[] },
): Change[] {
  const out: Change[] = [];
  if (v.budgetCents !== null && v.budgetCents !== c.budgetCents) out.push({ field: 'budgetCents', before: str(c.budgetCents), after: str(v.budgetCents) });
  if (v.periodEnd && v.periodEnd !== c.periodEnd) out.push({ field: 'periodEnd', before: c.periodEnd, after: v.periodEnd });
  const objBefore = Object.fromEntries(c.objectives.map((o) => [o.indicator, o.target]));
  const objAfter = Object.fromEntries(v.objectives.filter((o) => o.indicator).map((o) => [o.indicator, o.target]));
  for (const k of new Set([...Object.keys(objBefore), ...Object.keys(objAfter)]))
    if (str(objBefore[k]) !== str(objAfter[k])) out.push({ field: `objective:${k}`, before: str(objBefore[k]), after: str(objAfter[k]) });
  const before = new Map(c.allocations.map((a) => [a.memberStructureId, a]));
  const after = new Map(v.allocations.map((a) => [a.memberStructureId, a]));
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(id);
    const a = after.get(id);
    const name = a?.structureName ?? b?.structureName ?? '';
    const amountAfter = a ? centsOf(a.amount) : null;
    if (str(b?.amountCents) !== str(amountAfter)) out.push({ field: `allocation:${name}`, before: str(b?.amountCents), after: str(amountAfter) });
    const tb = Object.fromEntries((b?.targets ?? []).map((x) => [x.indicator, x.target]));
    const ta = Object.fromEntries((a?.targets ?? []).filter((x) => x.indicator).map((x) => [x.indicator, x.target]));
    for (const k of new Set([...Object.keys(tb), ...Object.keys(ta)]))
      if (str(tb[k]) !== str(ta[k])) out.push({ field: `target:${name}:${k}`, before: str(tb[k]), after: str(ta[k]) });
  }
  return out;
}

/** Amendments ("avenants"): before and after of each, and the form for the Region administrator. */
export function AmendmentsTab({ contract: c, onChanged, disabled }: { contract: ContractPageData; onChanged: () => void; disabled?: boolean }) {
  const { t } = useTranslation('contracts');
  return (
    <Stack>
      {!c.amendments.length ? <Text c="dimmed">{t('amendments.empty')}</Text> : null}
      {c.amendments.map((a) => (
        <Card key={a.id} withBorder>
          <Title order={3} size="h5">{t('amendments.number', { number: a.number })} — {a.reason}</Title>
          <Text size="xs" c="dimmed">{t('amendments.signedBy', { name: a.signedByName ?? '—', date: formatDate(a.signedAt) })}</Text>
          <ChangesTable changes={a.changes} />
        </Card>
      ))}
      {c.viewerActions.canAmend ? <AmendmentForm key={c.version} contract={c} onChanged={onChanged} disabled={disabled} /> : null}
    </Stack>
  );
}

function AmendmentForm({ contract: c, onChanged, disabled }: { contract: ContractPageData; onChanged: () => void; disabled?: boolean }) {
  const { t } = useTranslation('contracts');
  const initialAllocations = useMemo(() => toAllocationDrafts(c.allocations), [c.allocations]);
  const initialObjectives = useMemo<ObjectiveDraft[]>(() => c.objectives.map((o) => ({ indicator: o.indicator, target: o.target })), [c.objectives]);
  const [reason, setReason] = useState('');
  const [budget, setBudget] = useState<number | ''>(c.budgetCents / 100);
  const [periodEnd, setPeriodEnd] = useState(c.periodEnd);
  const [objectives, setObjectives] = useState<ObjectiveDraft[]>(initialObjectives);
  const [allocations, setAllocations] = useState<AllocationDraft[]>(initialAllocations);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [state, amend] = useMutation(Amend);

  const budgetCents = centsOf(budget);
  const endError = periodEnd && periodEnd < c.periodStart ? t('fieldErrors.contract.period.endBeforeStart') : (fieldErrors.periodEnd ?? undefined);
  const objectivesChanged = JSON.stringify(toObjectiveInputsSafe(objectives)) !== JSON.stringify(toObjectiveInputsSafe(initialObjectives));
  const allocationsChanged = allocationsKey(allocations) !== allocationsKey(initialAllocations);
  const changes = pendingChanges(c, { budgetCents, periodEnd, objectives, allocations });
  const remaining = remainingOf(budgetCents ?? 0, c.coordinationCents, allocations);
  const invalid =
    !reason.trim() || budgetCents === null || !periodEnd || !!endError || objectiveProblems(objectives).some(Boolean) || allocationsInvalid(allocations) || remaining < 0 || !changes.length;

  const submit = async () => {
    const r = await amend({
      input: {
        contractId: c.id,
        version: c.version,
        reason,
        budgetCents: budgetCents !== c.budgetCents ? budgetCents : null,
        periodEnd: periodEnd !== c.periodEnd ? periodEnd : null,
        objectives: objectivesChanged ? toObjectiveInputs(objectives) : null,
        allocations: allocationsChanged ? toAllocationInputs(allocations) : null,
      },
    });
    if (r.error) {
      const e = featureError(r.error, 'contracts');
      setError(e.message);
      setFieldErrors(e.fieldErrors);
      return;
    }
    notifications.show({ color: 'green', message: t('amendments.signed') });
    onChanged();
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h5">{t('amendments.new')}</Title>
        {error ? <Alert color="red" role="alert">{error}</Alert> : null}
        <TextInput label={t('amendments.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors.reason} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('amendments.budget')}
            min={0}
            decimalScale={2}
            decimalSeparator=","
            thousandSeparator=" "
            value={budget}
            onChange={(v) => setBudget(v === '' ? '' : Number(v))}
            error={fieldErrors.budgetCents}
          />
          <TextInput type="date" label={t('amendments.periodEnd')} required value={periodEnd} onChange={(e) => setPeriodEnd(e.currentTarget.value)} error={endError} />
        </SimpleGrid>
        <Title order={4} size="h6">{t('amendments.objectives')}</Title>
        <ObjectivesEditor value={objectives} onChange={setObjectives} />
        <Title order={4} size="h6">{t('amendments.allocations')}</Title>
        <BudgetSummary budgetCents={budgetCents ?? 0} coordinationCents={c.coordinationCents} rows={allocations} />
        <AllocationRows rows={allocations} onChange={setAllocations} networkId={c.network.id} editable fieldErrors={fieldErrors} />
        {changes.length ? (
          <ChangesTable changes={changes} caption={t('amendments.preview')} />
        ) : (
          <Text c="dimmed" size="sm">{t('amendments.nothingChanged')}</Text>
        )}
        <Group>
          <Button onClick={submit} loading={state.fetching} disabled={disabled || invalid}>{t('amendments.new')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Objectives as they would be sent, tolerating incomplete rows (for change detection only). */
const toObjectiveInputsSafe = (rows: ObjectiveDraft[]) => rows.map((r) => [r.indicator, r.target === '' ? null : Number(r.target)]);
