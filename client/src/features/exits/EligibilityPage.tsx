import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { REGION_ROLES } from '../../app/roles';
import { useViewer } from '../../app/session';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Forbidden } from '../../app/states/Forbidden';
import { Loading } from '../../app/states/Loading';
import { toUserError } from '../../app/errors';
import { downloadFile } from '../../app/download';
import { graphql } from '../../gql';
import type { EligibilityStatus, StructureKind } from '../../gql/graphql';
import { ELIGIBILITY_COLOR, formatRate } from '../contracts/contractFormat';

const EligibilityQuery = graphql(`
  query EligibilityPage($year: Int!, $filter: EligibilityFilter, $after: String) {
    eligibility(year: $year, filter: $filter, first: 100, after: $after) {
      totalCount hasNextPage endCursor
      totals { structures eligible notEligible undefined examined dynamic dynamicRate eligibleShare }
      lines {
        memberStructureId structureName siret kinds department networkName reported
        rates { examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility }
      }
    }
  }
`);
const NetworksQuery = graphql(`query EligibilityNetworks { organizations { id name kind } }`);
const KINDS = ['ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ'];
const DEPARTMENTS = ['04', '05', '06', '13', '83', '84'];

const downloadCsv = (query: string) => downloadFile(`/api/eligibility.csv?${query}`, 'eligibilite.csv');

const CONTEXT = { additionalTypenames: ['ExitReport'] };

/** The 60 % rule per structure for a year: table, chart against the threshold, CSV. */
export function EligibilityPage() {
  const { t } = useTranslation('exits');
  const { role } = useViewer();
  const isRegion = REGION_ROLES.includes(role);
  const [year, setYear] = useState<number | ''>(2019);
  const [network, setNetwork] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [department, setDepartment] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const filter = { networkId: network, kind: kind as StructureKind | null, department: department || null, eligibility: outcome as EligibilityStatus | null };
  // Pages of 100 lines (the totals always cover every line): the cursors of the pages seen, to go back.
  const [cursors, setCursors] = useState<string[]>([]);
  const filterKey = JSON.stringify([year, filter]);
  const [pagedFor, setPagedFor] = useState(filterKey);
  if (pagedFor !== filterKey) {
    setPagedFor(filterKey);
    setCursors([]);
  }
  const after = cursors.at(-1) ?? null;
  const [result, refetch] = useQuery({ query: EligibilityQuery, variables: { year: Number(year) || 2019, filter, after }, context: CONTEXT });
  const [networks] = useQuery({ query: NetworksQuery, pause: !isRegion });
  if (role === 'STRUCTURE_USER') return <Forbidden />;
  const v = result.data?.eligibility;
  const query = new URLSearchParams({ year: String(year), ...(network ? { network } : {}), ...(kind ? { kind } : {}), ...(department ? { department } : {}) }).toString();
  const chart = (v?.lines ?? []).filter((l) => l.rates.dynamicRate !== null).map((l) => ({ name: l.structureName, rate: Math.round((l.rates.dynamicRate ?? 0) * 1000) / 10 }));

  let body;
  if (result.error && !result.data) body = toUserError(result.error).code === 'FORBIDDEN' ? <Forbidden /> : <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (!v) body = <Loading />;
  else if (!v.lines.length) body = <EmptyState title={t('eligibilityView.empty')} />;
  else
    body = (
      <Stack>
        <Text aria-live="polite">{t('eligibilityView.totals', v.totals)} · {t('rates.dynamicRate')} : {formatRate(v.totals.dynamicRate)}</Text>
        {chart.length ? (
          <Card withBorder>
            <Title order={2} size="h5" mb="xs">{t('eligibilityView.chart')}</Title>
            <BarChart
              h={Math.max(160, chart.length * 28)}
              data={chart}
              dataKey="name"
              orientation="vertical"
              yAxisProps={{ width: 220 }}
              xAxisProps={{ domain: [0, 100] }}
              unit=" %"
              referenceLines={[{ x: 60, label: '60 %', color: 'red.6' }]}
              series={[{ name: 'rate', label: t('rates.dynamicRate'), color: 'teal.6' }]}
            />
          </Card>
        ) : null}
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {isRegion ? <Table.Th>{t('eligibilityView.network')}</Table.Th> : null}
                <Table.Th>{t('structure')}</Table.Th>
                <Table.Th>{t('eligibilityView.kind')}</Table.Th>
                <Table.Th>{t('eligibilityView.department')}</Table.Th>
                <Table.Th ta="right">{t('rates.examined')}</Table.Th>
                <Table.Th ta="right">{t('rates.dynamic')}</Table.Th>
                <Table.Th ta="right">{t('rates.dynamicRate')}</Table.Th>
                <Table.Th ta="right">{t('rates.sustainableRate')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.lines.map((l) => (
                <Table.Tr key={l.memberStructureId} data-testid={`eligibility-${l.structureName}`}>
                  {isRegion ? <Table.Td>{l.networkName}</Table.Td> : null}
                  <Table.Td>{l.structureName}</Table.Td>
                  <Table.Td>{l.kinds.join(', ')}</Table.Td>
                  <Table.Td>{l.department ?? '—'}</Table.Td>
                  <Table.Td ta="right">{l.rates.examined}</Table.Td>
                  <Table.Td ta="right">{l.rates.dynamic}</Table.Td>
                  <Table.Td ta="right">{formatRate(l.rates.dynamicRate)}</Table.Td>
                  <Table.Td ta="right">{formatRate(l.rates.sustainableRate)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}><Badge color={ELIGIBILITY_COLOR[l.rates.eligibility]} variant="light">{t(`eligibility.${l.rates.eligibility}`)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between">
          <Text size="sm" aria-live="polite" data-testid="eligibility-page-info">
            {t('eligibilityView.pageInfo', { from: cursors.length * 100 + 1, to: cursors.length * 100 + v.lines.length, total: v.totalCount })}
          </Text>
          <Group gap="xs">
            <Button variant="default" size="xs" disabled={!cursors.length} onClick={() => setCursors(cursors.slice(0, -1))}>{t('eligibilityView.previous')}</Button>
            <Button variant="default" size="xs" disabled={!v.hasNextPage || !v.endCursor} onClick={() => v.endCursor && setCursors([...cursors, v.endCursor])}>{t('eligibilityView.next')}</Button>
          </Group>
        </Group>
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('eligibilityView.title')}</Title>
          <Text c="dimmed">{t('eligibilityView.subtitle')}</Text>
        </div>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} onClick={() => downloadCsv(query).catch(() => notifications.show({ color: 'red', message: t('errors:INTERNAL_SERVER_ERROR') }))}>
          {t('eligibilityView.export')}
        </Button>
      </Group>
      <Group align="flex-end">
        <NumberInput label={t('year')} min={2000} max={2100} value={year} onChange={(x) => setYear(x === '' ? '' : Number(x))} w={120} />
        {isRegion ? (
          <Select label={t('eligibilityView.network')} clearable placeholder={t('eligibilityView.all')} data={(networks.data?.organizations ?? []).filter((o) => o.kind === 'FEDERATION').map((o) => ({ value: o.id, label: o.name }))} value={network} onChange={setNetwork} w={280} />
        ) : null}
        <Select label={t('eligibilityView.kind')} clearable placeholder={t('eligibilityView.all')} data={KINDS} value={kind} onChange={setKind} w={140} />
        <Select label={t('eligibilityView.department')} clearable placeholder={t('eligibilityView.all')} data={DEPARTMENTS} value={department || null} onChange={(x) => setDepartment(x ?? '')} w={140} />
        <Select
          label={t('eligibilityView.outcome')}
          clearable
          placeholder={t('eligibilityView.all')}
          data={(['ELIGIBLE', 'NOT_ELIGIBLE', 'UNDEFINED'] as const).map((e) => ({ value: e, label: t(`eligibility.${e}`) }))}
          value={outcome}
          onChange={setOutcome}
          w={180}
        />
      </Group>
      {body}
    </Stack>
  );
}
