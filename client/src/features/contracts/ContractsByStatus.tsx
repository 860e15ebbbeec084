import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTRACT_STATUSES } from '../../../../server/src/contracts/contract-transitions';

interface StatusCount {
  status: string;
  count: number;
}

/** Chart colours per status (the badges' hues, darker for contrast on white). */
const BAR_COLOR: Record<string, string> = { DRAFT: 'gray.6', NEGOTIATION: 'blue.6', SIGNED: 'green.7', CLOSED: 'dark.5', CANCELLED: 'red.6' };

/** The Region dashboard's contracts covering the year, counted by status per network: a stacked bar chart and the same figures as a table. */
export function ContractsByStatus({ networks, totals }: { networks: { networkId: string; networkName: string; statusCounts: StatusCount[] }[]; totals: StatusCount[] }) {
  const { t } = useTranslation('contracts');
  const countOf = (list: StatusCount[], status: string) => list.find((s) => s.status === status)?.count ?? 0;
  const all = totals.reduce((s, x) => s + x.count, 0);
  return (
    <Card withBorder data-testid="contracts-by-status">
      <Title order={2} size="h5" mb="xs">{t('dashboard.byStatus')}</Title>
      {!all ? (
        <Text c="dimmed">{t('dashboard.noContracts')}</Text>
      ) : (
        <BarChart
          h={Math.max(160, 40 * networks.length)}
          orientation="vertical"
          type="stacked"
          data={networks.map((n) => ({ network: n.networkName, ...Object.fromEntries(CONTRACT_STATUSES.map((s) => [s, countOf(n.statusCounts, s)])) }))}
          dataKey="network"
          withLegend
          yAxisProps={{ width: 180 }}
          xAxisProps={{ allowDecimals: false }}
          series={CONTRACT_STATUSES.map((s) => ({ name: s, label: t(`status.${s}`), color: BAR_COLOR[s] }))}
        />
      )}
      <Table mt="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.network')}</Table.Th>
            {CONTRACT_STATUSES.map((s) => (
              <Table.Th key={s} ta="right">{t(`status.${s}`)}</Table.Th>
            ))}
            <Table.Th ta="right">{t('dashboard.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {networks.map((n) => (
            <Table.Tr key={n.networkId} data-testid={`status-counts-${n.networkName}`}>
              <Table.Td>{n.networkName}</Table.Td>
              {CONTRACT_STATUSES.map((s) => (
                <Table.Td key={s} ta="right">{countOf(n.statusCounts, s)}</Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>{n.statusCounts.reduce((x, c) => x + c.count, 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('dashboard.total')}</Table.Th>
            {CONTRACT_STATUSES.map((s) => (
              <Table.Th key={s} ta="right">{countOf(totals, s)}</Table.Th>
            ))}
            <Table.Th ta="right">{all}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Card>
  );
}
