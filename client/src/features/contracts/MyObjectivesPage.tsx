import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Forbidden } from '../../app/states/Forbidden';
import { Loading } from '../../app/states/Loading';
import { graphql } from '../../gql';
import { RatesPanel } from '../exits/RatesPanel';
import { formatDay, formatEuros, formatNumber } from './contractFormat';
import { indicatorLabel } from './ObjectivesEditor';

const MyObjectivesQuery = graphql(`
  query MyObjectives {
    myObjectives {
      contract { id title status periodStart periodEnd network { name } objectives { id indicator unit target } }
      allocation { id amountCents targets { indicator target } }
      exitReports { id year status rates { totalExits examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility } }
    }
  }
`);

/** "Mes objectifs": what the contracts ask of my structure, my allocation, and where I stand. */
export function MyObjectivesPage() {
  const { t } = useTranslation('contracts');
  const { role } = useViewer();
  const [result, refetch] = useQuery({ query: MyObjectivesQuery, pause: role !== 'STRUCTURE_USER' });
  if (role !== 'STRUCTURE_USER') return <Forbidden />;
  const list = result.data?.myObjectives;
  let body;
  if (result.error && !result.data) body = <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (!list) body = <Loading />;
  else if (!list.length) body = <EmptyState title={t('mine.empty')} />;
  else
    body = list.map((m) => (
      <Card key={m.contract.id} withBorder>
        <Stack>
          <div>
            <Title order={2} size="h4">{m.contract.title}</Title>
            <Text c="dimmed">{m.contract.network.name} · {formatDay(m.contract.periodStart)} – {formatDay(m.contract.periodEnd)} · {t(`status.${m.contract.status}`)}</Text>
          </div>
          <Group><Text>{t('mine.allocation')} :</Text><Text fw={700}>{formatEuros(m.allocation?.amountCents ?? null)}</Text></Group>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('objectives.indicator')}</Table.Th>
                <Table.Th ta="right">{t('mine.networkTarget')}</Table.Th>
                <Table.Th ta="right">{t('mine.yourTarget')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.contract.objectives.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{indicatorLabel(o.indicator)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(o.target)} {t(`units.${o.unit}`)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(m.allocation?.targets.find((x) => x.indicator === o.indicator)?.target)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={3} size="h5">{t('mine.standing')}</Title>
          {!m.exitReports.length ? <Text c="dimmed">{t('mine.noReport')}</Text> : m.exitReports.map((r) => (
            <Stack key={r.id} gap={4}>
              <Text size="sm" fw={600}>{r.year} · {t(`exits:status.${r.status}`)}</Text>
              <RatesPanel rates={r.rates} threshold={r.rates.threshold} eligibility={r.rates.eligibility} />
            </Stack>
          ))}
        </Stack>
      </Card>
    ));
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('mine.title')}</Title>
        <Text c="dimmed">{t('mine.subtitle')}</Text>
      </div>
      {body}
    </Stack>
  );
}
