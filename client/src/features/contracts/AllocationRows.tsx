import { ActionIcon, Badge, Button, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconTarget, IconTrash } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { INDICATORS, INDICATOR_BY_CODE } from '../../../../server/src/contracts/contract.rules';
import { centsOf, formatEuros, formatNumber } from './contractFormat';
import { indicatorLabel, objectiveProblems, type ObjectiveDraft } from './ObjectivesEditor';

const MemberSearch = graphql(`
  query AllocationMemberSearch($filter: MemberFilter) {
    members(first: 20, filter: $filter) { edges { node { id name siret } } }
  }
`);

/** One structure's allocation as typed: amount in euros, its own targets (same rules as the contract's objectives). */
export interface AllocationDraft {
  memberStructureId: string;
  structureName: string;
  amount: number | '';
  targets: ObjectiveDraft[];
}

export const toAllocationDrafts = (list: { memberStructureId: string; structureName: string; amountCents: number; targets: { indicator: string; target: number }[] }[]): AllocationDraft[] =>
  list.map((a) => ({ memberStructureId: a.memberStructureId, structureName: a.structureName, amount: a.amountCents / 100, targets: a.targets.map((x) => ({ ...x })) }));

export const toAllocationInputs = (rows: AllocationDraft[]) =>
  rows.map((x) => ({ memberStructureId: x.memberStructureId, amountCents: centsOf(x.amount) ?? 0, targets: x.targets.map((tg) => ({ indicator: tg.indicator, target: Number(tg.target) })) }));

/** A comparable key: what would be sent (to know whether anything changed). */
export const allocationsKey = (rows: AllocationDraft[]) => JSON.stringify(toAllocationInputs(rows));

/** Whether any row cannot be sent: a negative amount or a target problem (duplicate, wrong kind, missing). */
export const allocationsInvalid = (rows: AllocationDraft[]) =>
  rows.some((r) => (r.amount !== '' && Number(r.amount) < 0) || objectiveProblems(r.targets).some(Boolean));

/**
 * The allocations table (controlled): amount per structure, each structure's own targets in an
 * expandable row, and a server-side search to add a member structure of the network.
 */
export function AllocationRows({
  rows,
  onChange,
  networkId,
  editable,
  fieldErrors = {},
  prefix = 'allocations',
}: {
  rows: AllocationDraft[];
  onChange: (rows: AllocationDraft[]) => void;
  networkId: string;
  editable: boolean;
  fieldErrors?: Record<string, string>;
  /** Field path of the list in the server's errors. */
  prefix?: string;
}) {
  const { t } = useTranslation('contracts');
  const [open, setOpen] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [found] = useQuery({ query: MemberSearch, variables: { filter: { networkIds: [networkId], search: debounced || null } }, pause: !editable });
  const options = (found.data?.members.edges ?? [])
    .map((e) => e.node)
    .filter((m) => !rows.some((r) => r.memberStructureId === m.id))
    .map((m) => ({ value: m.id, label: `${m.name} (${m.siret})` }));
  const set = (i: number, patch: Partial<AllocationDraft>) => onChange(rows.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const setTarget = (i: number, k: number, patch: Partial<ObjectiveDraft>) => set(i, { targets: rows[i].targets.map((x, j) => (j === k ? { ...x, ...patch } : x)) });

  return (
    <Stack>
      {!rows.length ? (
        <Text c="dimmed">{t('allocations.empty')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('allocations.structure')}</Table.Th>
              <Table.Th ta="right">{t('allocations.amount')}</Table.Th>
              <Table.Th>{t('allocations.targets')}</Table.Th>
              {editable ? <Table.Th /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => {
              const problems = objectiveProblems(r.targets);
              const expanded = open === r.memberStructureId;
              const panelId = `targets-${i}`;
              return (
                <Fragment key={r.memberStructureId}>
                  <Table.Tr>
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
                          onChange={(v) => set(i, { amount: v === '' ? '' : Number(v) })}
                          error={(r.amount !== '' && Number(r.amount) < 0 ? t('fieldErrors.money.negative') : undefined) ?? fieldErrors[`${prefix}.${i}.amountCents`]}
                          maw={200}
                          ml="auto"
                        />
                      ) : (
                        formatEuros(centsOf(r.amount))
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {r.targets.length ? (
                          <Text size="sm" data-testid="allocation-targets">
                            {r.targets.map((x) => `${indicatorLabel(x.indicator)} : ${x.target === '' ? '—' : formatNumber(Number(x.target))}`).join(' · ')}
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed">—</Text>
                        )}
                        {problems.some(Boolean) ? <Badge color="red" variant="light">{t('allocations.targetsInvalid')}</Badge> : null}
                        {editable ? (
                          <Button
                            variant="subtle"
                            size="compact-xs"
                            leftSection={<IconTarget size={14} aria-hidden="true" />}
                            aria-expanded={expanded}
                            aria-controls={panelId}
                            aria-label={`${t('allocations.editTargets')} — ${r.structureName}`}
                            onClick={() => setOpen(expanded ? null : r.memberStructureId)}
                          >
                            {t('allocations.editTargets')}
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                    {editable ? (
                      <Table.Td w={40}>
                        <ActionIcon variant="subtle" color="red" aria-label={`${t('allocations.remove')} ${r.structureName}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                          <IconTrash size={16} aria-hidden="true" />
                        </ActionIcon>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                  {editable && expanded ? (
                    <Table.Tr id={panelId}>
                      <Table.Td colSpan={4}>
                        <Stack gap="xs" pl="md" role="group" aria-label={`${t('allocations.targets')} — ${r.structureName}`}>
                          {r.targets.map((x, k) => {
                            const unit = x.indicator ? INDICATOR_BY_CODE[x.indicator]?.unit : null;
                            const p = problems[k];
                            const serverError = fieldErrors[`${prefix}.${i}.targets.${k}.target`];
                            return (
                              <Group key={k} align="flex-start" wrap="nowrap">
                                <Select
                                  label={t('objectives.indicator')}
                                  data={INDICATORS.map((d) => ({ value: d.code, label: indicatorLabel(d.code) }))}
                                  value={x.indicator || null}
                                  onChange={(v) => setTarget(i, k, { indicator: v ?? '' })}
                                  error={p === 'objective.indicator.duplicate' ? t(`fieldErrors.${p}`) : undefined}
                                  style={{ flex: 2 }}
                                />
                                <NumberInput
                                  label={`${t('objectives.target')}${unit ? ` (${t(`units.${unit}`)})` : ''}`}
                                  value={x.target}
                                  onChange={(v) => setTarget(i, k, { target: v === '' ? '' : Number(v) })}
                                  decimalSeparator=","
                                  error={(p && p.startsWith('objective.target') ? t(`fieldErrors.${p}`) : undefined) ?? serverError}
                                  style={{ flex: 1 }}
                                />
                                <ActionIcon
                                  variant="subtle"
                                  color="red"
                                  mt={28}
                                  aria-label={`${t('objectives.remove')} ${x.indicator ? indicatorLabel(x.indicator) : ''}`}
                                  onClick={() => set(i, { targets: r.targets.filter((_, j) => j !== k) })}
                                >
                                  <IconTrash size={16} aria-hidden="true" />
                                </ActionIcon>
                              </Group>
                            );
                          })}
                          <Group>
                            <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden="true" />} onClick={() => set(i, { targets: [...r.targets, { indicator: '', target: '' }] })}>
                              {t('allocations.addTarget')}
                            </Button>
                          </Group>
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editable ? (
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
            if (o) onChange([...rows, { memberStructureId: o.value, structureName: o.label.replace(/ \(\d+\)$/, ''), amount: 0, targets: [] }]);
            setSearch('');
          }}
          filter={({ options: all }) => all}
          w={420}
          nothingFoundMessage="—"
        />
      ) : null}
    </Stack>
  );
}
