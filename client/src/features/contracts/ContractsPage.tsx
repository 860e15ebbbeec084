import { Anchor, Badge, Button, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { REGION_ROLES } from '../../app/roles';
import { useViewer } from '../../app/session';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Forbidden } from '../../app/states/Forbidden';
import { Loading } from '../../app/states/Loading';
import { toUserError } from '../../app/errors';
import { graphql } from '../../gql';
import type { ContractStatus } from '../../gql/graphql';
import { CONTRACT_STATUSES } from '../../../../server/src/contracts/contract-transitions';
import { STATUS_COLOR, formatDay, formatEuros } from './contractFormat';

const ContractsQuery = graphql(`
  query ContractsPage($filter: ContractFilter) {
    contracts(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          title
          status
          periodStart
          periodEnd
          budgetCents
          allocatedCents
          network { id name }
        }
      }
    }
  }
`);

const ContractListNetworks = graphql(`
  query ContractListNetworks {
    organizations { id name kind }
  }
`);

const CONTEXT = { additionalTypenames: ['ObjectiveContract'] };

export function ContractsPage() {
  const { t } = useTranslation('contracts');
  const { role, organization } = useViewer();
  const isRegion = REGION_ROLES.includes(role);
  const [status, setStatus] = useState<string | null>(null);
  const [year, setYear] = useState<number | ''>('');
  const [network, setNetwork] = useState<string | null>(null);
  const filter = { status: status as ContractStatus | null, year: year === '' ? null : year, networkId: network };
  const [result, refetch] = useQuery({ query: ContractsQuery, variables: { filter }, context: CONTEXT });
  const [networks] = useQuery({ query: ContractListNetworks, pause: !isRegion });
  const rows = result.data?.contracts.edges.map((e) => e.node) ?? [];

  let body;
  if (result.error && !result.data)
    body = toUserError(result.error).code === 'FORBIDDEN' ? <Forbidden /> : <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (!result.data) body = <Loading />;
  else if (!rows.length) body = <EmptyState title={t('empty.title')} description={t('empty.description')} />;
  else
    body = (
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.title')}</Table.Th>
              {isRegion ? <Table.Th>{t('columns.network')}</Table.Th> : null}
              <Table.Th>{t('columns.period')}</Table.Th>
              <Table.Th>{t('columns.status')}</Table.Th>
              <Table.Th ta="right">{t('columns.budget')}</Table.Th>
              <Table.Th ta="right">{t('columns.allocated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/contrats/${c.id}`}>
                    {c.title}
                  </Anchor>
                </Table.Td>
                {isRegion ? <Table.Td>{c.network.name}</Table.Td> : null}
                <Table.Td>
                  {formatDay(c.periodStart)} – {formatDay(c.periodEnd)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge color={STATUS_COLOR[c.status]} variant="light">
                    {t(`status.${c.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatEuros(c.budgetCents)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatEuros(c.allocatedCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed">{isRegion ? t('subtitleRegion') : t('subtitleNetwork', { organization: organization.name })}</Text>
        </div>
        {isRegion ? (
          <Button component={Link} to="/contrats/nouveau" leftSection={<IconPlus size={16} aria-hidden="true" />}>
            {t('actions.create')}
          </Button>
        ) : null}
      </Group>
      <Group align="flex-end">
        {isRegion ? (
          <Select label={t('columns.network')} clearable data={(networks.data?.organizations ?? []).filter((o) => o.kind === 'FEDERATION').map((o) => ({ value: o.id, label: o.name }))} value={network} onChange={setNetwork} w={280} />
        ) : null}
        <Select label={t('columns.status')} clearable data={CONTRACT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} value={status} onChange={setStatus} w={180} />
        <NumberInput label={t('dashboard.year')} min={2000} max={2100} value={year} onChange={(v) => setYear(v === '' ? '' : Number(v))} w={120} />
      </Group>
      {body}
    </Stack>
  );
}
