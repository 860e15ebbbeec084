import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import { remainingCents, sumCents } from '../../../../server/src/contracts/contract.rules';
import { AllocationRows, allocationsInvalid, allocationsKey, toAllocationDrafts, toAllocationInputs, type AllocationDraft } from './AllocationRows';
import { BudgetChart } from './BudgetChart';
import type { ContractPageData } from './ContractPage';
import { centsOf, featureError, formatEuros } from './contractFormat';

const SetAllocations = graphql(`
  mutation SetAllocations($input: SetAllocationsInput!) {
    setAllocations(input: $input) { contract { id version allocatedCents approved } }
  }
`);

/** Live remaining budget for typed allocations (same arithmetic as the server). */
export function BudgetSummary({ budgetCents, coordinationCents, rows }: { budgetCents: number; coordinationCents: number; rows: AllocationDraft[] }) {
  const { t } = useTranslation('contracts');
  const allocated = sumCents(rows.map((r) => centsOf(r.amount) ?? 0));
  const remaining = remainingCents({ budgetCents, coordinationCents, allocatedCents: allocated });
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder>
        <Stack gap={4}>
          <Group justify="space-between"><Text>{t('allocations.budget')}</Text><Text fw={600}>{formatEuros(budgetCents)}</Text></Group>
          <Group justify="space-between"><Text>{t('allocations.coordination')}</Text><Text>{formatEuros(coordinationCents)}</Text></Group>
          <Group justify="space-between"><Text>{t('allocations.allocated')}</Text><Text>{formatEuros(allocated)}</Text></Group>
          <Group justify="space-between">
            <Text fw={600}>{t('allocations.remaining')}</Text>
            <Text fw={700} c={remaining < 0 ? 'red.9' : 'teal.9'} data-testid="remaining-budget" aria-live="polite">{formatEuros(remaining)}</Text>
          </Group>
          {remaining < 0 ? <Alert color="red" role="alert">{t('allocations.overBudget', { amount: formatEuros(-remaining) })}</Alert> : null}
        </Stack>
      </Card>
      <BudgetChart budgetCents={budgetCents} coordinationCents={coordinationCents} allocatedCents={allocated} />
    </SimpleGrid>
  );
}

export const remainingOf = (budgetCents: number, coordinationCents: number, rows: AllocationDraft[]) =>
  remainingCents({ budgetCents, coordinationCents, allocatedCents: sumCents(rows.map((r) => centsOf(r.amount) ?? 0)) });

/** Allocations and each structure's own targets, with the live remaining budget and a chart. */
export function AllocationEditor({ contract: c, onChanged, disabled }: { contract: ContractPageData; onChanged: () => void; disabled?: boolean }) {
  const { t } = useTranslation('contracts');
  const editable = c.viewerActions.canEdit;
  const initial = useMemo(() => toAllocationDrafts(c.allocations), [c.allocations]);
  const [rows, setRows] = useState<AllocationDraft[]>(initial);
  const [state, save] = useMutation(SetAllocations);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const { organization } = useViewer();
  const remaining = remainingOf(c.budgetCents, c.coordinationCents, rows);
  const dirty = allocationsKey(rows) !== allocationsKey(initial);

  const submit = async () => {
    setError(null);
    const r = await save({ input: { contractId: c.id, version: c.version, allocations: toAllocationInputs(rows) } });
    if (r.error) {
      const e = featureError(r.error, 'contracts');
      setError(e.message);
      setFieldErrors(e.fieldErrors);
      return;
    }
    setFieldErrors({});
    notifications.show({ color: 'green', message: t('allocations.saved') });
    onChanged();
  };

  // A structure account sees its own allocation only, never the contract's split.
  if (organization.kind === 'STRUCTURE')
    return (
      <Group>
        <Text>{t('allocations.mine')} :</Text>
        <Text fw={700}>{formatEuros(c.allocations[0]?.amountCents ?? null)}</Text>
      </Group>
    );

  return (
    <Stack>
      <BudgetSummary budgetCents={c.budgetCents} coordinationCents={c.coordinationCents} rows={rows} />
      {error ? <Alert color="red" role="alert">{error}</Alert> : null}
      <AllocationRows rows={rows} onChange={setRows} networkId={c.network.id} editable={editable} fieldErrors={fieldErrors} />
      {editable ? (
        <Group>
          <Button onClick={submit} loading={state.fetching} disabled={disabled || !dirty || remaining < 0 || allocationsInvalid(rows)}>
            {t('actions.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
