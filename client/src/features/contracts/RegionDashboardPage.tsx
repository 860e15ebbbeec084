import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Badge, Button, Card, Group, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { REGION_ROLES } from '../../app/roles';
import { useViewer } from '../../app/session';
import { ErrorState } from '../../app/states/ErrorState';
import { Forbidden } from '../../app/states/Forbidden';
import { Loading } from '../../app/states/Loading';
import { toUserError } from '../../app/errors';
import { graphql } from '../../gql';
import { STATUS_COLOR, centsOf, formatEuros, formatRate } from './contractFormat';
import { ContractsByStatus } from './ContractsByStatus';

const DashboardQuery = graphql(`
  query RegionDashboard($year: Int!) {
    regionDashboard(year: $year) {
      year envelopeCents envelopeVersion signedBudgetCents allocatedCents
      networks { networkId networkName status contractId budgetCents allocatedCents structures eligible notEligible statusCounts { status count } }
      contractsByStatus { status count }
      trend { year signedBudgetCents envelopeCents eligible notEligible }
    }
  }
`);
const SetEnvelope = graphql(`
  mutation SetRegionEnvelope($input: SetRegionEnvelopeInput!) {
    setRegionEnvelope(input: $input) { year envelopeCents envelopeVersion }
  }
`);

export function RegionDashboardPage() {
  const { t } = useTranslation('contracts');
  const { role } = useViewer();
  const [year, setYear] = useState<number | ''>(2019);
  const [result, refetch] = useQuery({ query: DashboardQuery, variables: { year: Number(year) || 2019 }, pause: !REGION_ROLES.includes(role) });
  const [envelope, setEnvelope] = useState<number | ''>('');
  const [state, save] = useMutation(SetEnvelope);
  const d = result.data?.regionDashboard;
  useEffect(() => setEnvelope(d?.envelopeCents != null ? d.envelopeCents / 100 : ''), [d?.envelopeCents, d?.year]);
  if (!REGION_ROLES.includes(role)) return <Forbidden />;
  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!d) return <Loading />;
  const eligible = d.networks.reduce((s, n) => s + n.eligible, 0);
  const defined = eligible + d.networks.reduce((s, n) => s + n.notEligible, 0);
  const submit = async () => {
    const r = await save({ input: { year: d.year, envelopeCents: centsOf(envelope) ?? 0, version: d.envelopeVersion } });
    if (r.error) return notifications.show({ color: 'red', message: toUserError(r.error).message });
    notifications.show({ color: 'green', message: t('dashboard.envelopeSaved') });
    refetch({ requestPolicy: 'network-only' });
  };
  const kpi = (label: string, value: string) => (
    <Card withBorder>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fw={700} size="xl">{value}</Text>
    </Card>
  );
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('dashboard.title')}</Title>
        <NumberInput label={t('dashboard.year')} min={2000} max={2100} value={year} onChange={(x) => setYear(x === '' ? '' : Number(x))} w={120} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {kpi(t('dashboard.envelope'), formatEuros(d.envelopeCents))}
        {kpi(t('dashboard.signed'), formatEuros(d.signedBudgetCents))}
        {kpi(t('dashboard.allocated'), formatEuros(d.allocatedCents))}
        {kpi(t('dashboard.eligibleShare'), `${formatRate(defined ? eligible / defined : null)} (${eligible}/${defined})`)}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">{t('dashboard.budgetVsEnvelope')}</Title>
          <BarChart
            h={220}
            data={d.trend.map((y) => ({ year: String(y.year), signed: y.signedBudgetCents / 100, envelope: (y.envelopeCents ?? 0) / 100 }))}
            dataKey="year"
            withLegend
            yAxisProps={{ width: 130 }}
            valueFormatter={(v) => formatEuros(Math.round(v * 100))}
            series={[{ name: 'envelope', label: t('dashboard.envelope'), color: 'gray.5' }, { name: 'signed', label: t('dashboard.signed'), color: 'blue.6' }]}
          />
        </Card>
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">{t('dashboard.trend')}</Title>
          <BarChart
            h={220}
            type="stacked"
            data={d.trend.map((y) => ({ year: String(y.year), eligible: y.eligible, notEligible: y.notEligible }))}
            dataKey="year"
            withLegend
            series={[{ name: 'eligible', label: t('dashboard.eligible'), color: 'teal.6' }, { name: 'notEligible', label: t('dashboard.notEligible'), color: 'orange.6' }]}
          />
        </Card>
      </SimpleGrid>
      <ContractsByStatus networks={d.networks} totals={d.contractsByStatus} />
      <Card withBorder>
        <Title order={2} size="h5" mb="xs">{t('dashboard.byNetwork')}</Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.network')}</Table.Th><Table.Th>{t('columns.status')}</Table.Th>
              <Table.Th ta="right">{t('columns.budget')}</Table.Th><Table.Th ta="right">{t('columns.allocated')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.eligible')}</Table.Th><Table.Th ta="right">{t('dashboard.notEligible')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.networks.map((n) => (
              <Table.Tr key={n.networkId}>
                <Table.Td>{n.networkName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{n.status ? <Badge color={STATUS_COLOR[n.status]} variant="light">{t(`status.${n.status}`)}</Badge> : t('dashboard.noContract')}</Table.Td>
                <Table.Td ta="right">{formatEuros(n.budgetCents)}</Table.Td>
                <Table.Td ta="right">{formatEuros(n.allocatedCents)}</Table.Td>
                <Table.Td ta="right">{n.eligible}</Table.Td>
                <Table.Td ta="right">{n.notEligible}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {role === 'REGION_ADMIN' ? (
        <Group align="flex-end">
          <NumberInput label={t('dashboard.envelopeLabel')} min={0} decimalScale={2} decimalSeparator="," thousandSeparator=" " value={envelope} onChange={(x) => setEnvelope(x === '' ? '' : Number(x))} w={240} />
          <Button onClick={submit} loading={state.fetching} disabled={centsOf(envelope) === null}>{t('dashboard.setEnvelope')}</Button>
        </Group>
      ) : null}
    </Stack>
  );
}
