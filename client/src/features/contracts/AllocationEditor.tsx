import { ActionIcon, Alert, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import { remainingCents, sumCents } from '../../../../server/src/contracts/contract.rules';
import { BudgetChart } from './BudgetChart';
import type { ContractPageData } from './ContractPage';
import { centsOf, featureError, formatEuros } from './contractFormat';

const MemberSearch = graphql(`
  query AllocationMemberSearch($filter: MemberFilter) {
    members(first: 20, filter: $filter) { edges { node { id name siret } } }
  }
`);
const SetAllocations = graphql(`
  mutation SetAllocations($input: SetAllocationsInput!) {
    setAllocations(input: $input) { contract { id version allocatedCents approved } }
  }
`);

interface Row {
  memberStructureId: string;
  structureName: string;
  amount: number | '';
  targets: { indicator: string; target: number }[];
}

/** Allocations with the live remaining budget (same arithmetic as the server) and a chart. */
export function AllocationEditor({ contract: c, onChanged, disabled }: { contract: ContractPageData; onChanged: () => void; disabled?: boolean }) {
  const { t } = useTranslation('contracts');
  const editable = c.viewerActions.canEdit;
  const initial = useMemo<Row[]>(
    () => c.allocations.map((a) => ({ memberStructureId: a.memberStructureId, structureName: a.structureName, amount: a.amountCents / 100, targets: a.targets })),
    [c.allocations],
  );
  const [rows, setRows] = useState<Row[]>(initial);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [found] = useQuery({ query: MemberSearch, variables: { filter: { networkIds: [c.network.id], search: debounced || null } }, pause: !editable });
  const [state, save] = useMutation(SetAllocations);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const { organization } = useViewer();
  const allocated = sumCents(rows.map((r) => centsOf(r.amount) ?? 0));
  const remaining = remainingCents({ budgetCents: c.budgetCents, coordinationCents: c.coordinationCents, allocatedCents: allocated });
  const negative = rows.some((r) => r.amount !== '' && Number(r.amount) < 0);
  const dirty = JSON.stringify(rows.map((r) => [r.memberStructureId, centsOf(r.amount)])) !== JSON.stringify(initial.map((r) => [r.memberStructureId, centsOf(r.amount)]));
  const options = (found.data?.members.edges ?? [])
    .map((e) => e.node)
    .filter((m) => !rows.some((r) => r.memberStructureId === m.id))
    .map((m) => ({ value: m.id, label: `${m.name} (${m.siret})` }));

  const submit = async () => {
    setError(null);
    const r = await save({
      input: { contractId: c.id, version: c.version, allocations: rows.map((x) => ({ memberStructureId: x.memberStructureId, amountCents: centsOf(x.amount) ?? 0, targets: x.targets })) },
    });
    if (r.error) {
      const e = featureError(r.error, 'contracts');
      setError(e.message);
      setFieldErrors(e.fieldErrors);
      return;
    }
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
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap={4}>
            <Group justify="space-between"><Text>{t('allocations.budget')}</Text><Text fw={600}>{formatEuros(c.budgetCents)}</Text></Group>
            <Group justify="space-between"><Text>{t('allocations.coordination')}</Text><Text>{formatEuros(c.coordinationCents)}</Text></Group>
            <Group justify="space-between"><Text>{t('allocations.allocated')}</Text><Text>{formatEuros(allocated)}</Text></Group>
            <Group justify="space-between">
              <Text fw={600}>{t('allocations.remaining')}</Text>
              <Text fw={700} c={remaining < 0 ? 'red.9' : 'teal.9'} data-testid="remaining-budget" aria-live="polite">{formatEuros(remaining)}</Text>
            </Group>
            {remaining < 0 ? <Alert color="red" role="alert">{t('allocations.overBudget', { amount: formatEuros(-remaining) })}</Alert> : null}
          </Stack>
        </Card>
        <BudgetChart budgetCents={c.budgetCents} coordinationCents={c.coordinationCents} allocatedCents={allocated} />
      </SimpleGrid>
      {error ? <Alert color="red" role="alert">{error}</Alert> : null}
      {!rows.length ? <Text c="dimmed">{t('allocations.empty')}</Text> : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('allocations.structure')}</Table.Th>
              <Table.Th ta="right">{t('allocations.amount')}</Table.Th>
              {editable ? <Table.Th /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={r.memberStructureId}>
                <Table.Td>{r.structureName}</Table.Td>
                <Table.Td ta="right">
                  {editable ? (
                    <NumberInput
                      aria-label={`${t('allocations.amount')} — ${r.structureName}`}
                      min={0}
                      decimalScale={2}
                      decimalSeparator=","
                      thousandSeparator=" "
                      value={r.amount}
                      onChange={(v) => setRows(rows.map((x, j) => (j === i ? { ...x, amount: v === '' ? '' : Number(v) } : x)))}
                      error={(r.amount !== '' && Number(r.amount) < 0 ? t('fieldErrors.money.negative') : undefined) ?? fieldErrors[`allocations.${i}.amountCents`]}
                      maw={200}
                      ml="auto"
                    />
                  ) : (
                    formatEuros(centsOf(r.amount))
                  )}
                </Table.Td>
                {editable ? (
                  <Table.Td w={40}>
                    <ActionIcon variant="subtle" color="red" aria-label={`${t('allocations.remove')} ${r.structureName}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                      <IconTrash size={16} aria-hidden="true" />
                    </ActionIcon>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable ? (
        <Group align="flex-end">
          <Select
            label={t('allocations.add')}
            placeholder={t('allocations.search')}
            searchable
            data={options}
            searchValue={search}
            onSearchChange={setSearch}
            value={null}
            onChange={(id) => {
              const o = options.find((x) => x.value === id);
              if (o) setRows([...rows, { memberStructureId: o.value, structureName: o.label.replace(/ \(\d+\)$/, ''), amount: 0, targets: [] }]);
              setSearch('');
            }}
            w={420}
            nothingFoundMessage="—"
          />
          <Button onClick={submit} loading={state.fetching} disabled={disabled || !dirty || remaining < 0 || negative}>
            {t('actions.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
