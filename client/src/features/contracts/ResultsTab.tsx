import { Alert, Badge, Button, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import type { ResultPeriod } from '../../gql/graphql';
import type { ContractPageData } from './ContractPage';
import { featureError, formatNumber, formatRate } from './contractFormat';
import { indicatorLabel } from './ObjectivesEditor';

/** Actual against target per objective; the exit-rate objective computed from validated reports. */
const RecordResult = graphql(`
  mutation RecordResult($input: RecordResultInput!) {
    recordResult(input: $input) { objectiveId }
  }
`);

export function ResultsTab({ contract: c, onChanged }: { contract: ContractPageData; onChanged: () => void }) {
  const { t } = useTranslation('contracts');
  const { role } = useViewer();
  const [objectiveId, setObjectiveId] = useState<string | null>(null);
  const [period, setPeriod] = useState<string>('INTERIM');
  const [actual, setActual] = useState<number | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [state, record] = useMutation(RecordResult);
  const mayRecord = (c.status === 'SIGNED' || c.status === 'CLOSED') && role !== 'STRUCTURE_USER';
  if (!c.results.length) return <Text c="dimmed">{t('results.empty')}</Text>;
  const submit = async () => {
    const r = await record({ input: { objectiveId: objectiveId!, period: period as ResultPeriod, actual: Number(actual) } });
    if (r.error) return setError(featureError(r.error, 'contracts').message);
    setError(null);
    setActual('');
    onChanged();
  };
  return (
    <Stack>
      <Table.ScrollContainer minWidth={720}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('objectives.indicator')}</Table.Th>
              <Table.Th ta="right">{t('results.target')}</Table.Th>
              <Table.Th ta="right">{t('results.interim')}</Table.Th>
              <Table.Th ta="right">{t('results.final')}</Table.Th>
              <Table.Th ta="right">{t('results.computed')}</Table.Th>
              <Table.Th ta="right">{t('results.attainment')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.results.map((r) => (
              <Table.Tr key={r.objectiveId}>
                <Table.Td>{indicatorLabel(r.indicator)}</Table.Td>
                <Table.Td ta="right">{formatNumber(r.target)} {t(`units.${r.unit}`)}</Table.Td>
                <Table.Td ta="right">{formatNumber(r.interim)}</Table.Td>
                <Table.Td ta="right">{formatNumber(r.final)}</Table.Td>
                <Table.Td ta="right">
                  {r.examined !== null && r.examined !== undefined ? (
                    <Text span>
                      {formatRate(r.examined > 0 ? (r.dynamic ?? 0) / r.examined : null)} ({r.dynamic}/{r.examined})
                    </Text>
                  ) : '—'}
                </Table.Td>
                <Table.Td ta="right">
                  {r.attainment === null || r.attainment === undefined ? '—' : (
                    <Badge color={r.attainment >= 1 ? 'green' : 'orange'} variant="light">{formatRate(r.attainment)}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {mayRecord ? (
        <Group align="flex-end">
          <Select label={t('objectives.indicator')} data={c.results.map((r) => ({ value: r.objectiveId, label: indicatorLabel(r.indicator) }))} value={objectiveId} onChange={setObjectiveId} w={320} />
          <Select label={t('results.period')} data={[{ value: 'INTERIM', label: t('results.interim') }, { value: 'FINAL', label: t('results.final') }]} value={period} onChange={(v) => setPeriod(v ?? 'INTERIM')} allowDeselect={false} w={200} />
          <NumberInput label={t('results.actual')} min={0} decimalSeparator="," value={actual} onChange={(v) => setActual(v === '' ? '' : Number(v))} w={160} />
          <Button onClick={submit} loading={state.fetching} disabled={!objectiveId || actual === ''}>{t('results.record')}</Button>
        </Group>
      ) : null}
      {error ? <Alert color="red" role="alert">{error}</Alert> : null}
    </Stack>
  );
}
