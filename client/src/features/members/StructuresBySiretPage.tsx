import { Anchor, Badge, Checkbox, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { toUserError } from '../../app/errors';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Forbidden } from '../../app/states/Forbidden';
import { Loading } from '../../app/states/Loading';
import { graphql } from '../../gql';
import { formatSiret } from './memberFormat';

const StructuresBySiretQuery = graphql(`
  query StructuresBySiret($first: Int!, $after: String, $search: String, $sharedOnly: Boolean!) {
    structuresBySiret(first: $first, after: $after, search: $search, sharedOnly: $sharedOnly) {
      totalCount
      edges {
        node {
          siret
          name
          city
          department
          networks {
            id
            name
          }
          members {
            id
            name
            network {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const PAGE = 25;
const cursorBefore = (page: number) => (page <= 1 ? null : btoa(`o:${(page - 1) * PAGE - 1}`).replace(/=+$/, ''));

/** The Region's consolidated view: one line per SIRET with the networks that count it as a member. */
export function StructuresBySiretPage() {
  const { t } = useTranslation('members');
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const sharedOnly = params.get('partagees') === '1';
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) (v ? next.set(k, v) : next.delete(k));
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  const q = params.get('q') ?? '';
  useEffect(() => {
    if (debounced !== q) set({ q: debounced || null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const [result, refetch] = useQuery({
    query: StructuresBySiretQuery,
    variables: { first: PAGE, after: cursorBefore(page), search: q || null, sharedOnly },
  });
  const connection = result.data?.structuresBySiret;

  let body;
  if (result.error && !result.data)
    body = toUserError(result.error).code === 'FORBIDDEN' ? <Forbidden /> : <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (!connection) body = <Loading />;
  else if (!connection.edges.length) body = <EmptyState title={t('bySiret.empty')} />;
  else
    body = (
      <Stack>
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label={t('bySiret.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.siret')}</Table.Th>
                <Table.Th>{t('columns.name')}</Table.Th>
                <Table.Th>{t('columns.city')}</Table.Th>
                <Table.Th>{t('columns.networks')}</Table.Th>
                <Table.Th>{t('columns.members')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.edges.map(({ node: s }) => (
                <Table.Tr key={s.siret}>
                  <Table.Td ff="monospace">{formatSiret(s.siret)}</Table.Td>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{[s.department, s.city].filter(Boolean).join(' — ')}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {s.networks.map((n) => (
                        <Badge key={n.id} variant="light">
                          {n.name}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {s.members.map((m) => (
                        <Anchor key={m.id} component={Link} to={`/membres/${m.id}`} size="sm">
                          {m.network?.name}
                        </Anchor>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('count', { count: connection.totalCount })}
          </Text>
          {connection.totalCount > PAGE ? (
            <Pagination total={Math.ceil(connection.totalCount / PAGE)} value={page} onChange={(p) => set({ page: String(p) })} />
          ) : null}
        </Group>
      </Stack>
    );

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/membres" size="sm">
          {t('actions.back')}
        </Anchor>
        <Title order={1}>{t('bySiret.title')}</Title>
        <Text c="dimmed">{t('bySiret.subtitle')}</Text>
      </div>
      <Group align="flex-end">
        <TextInput
          label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
        />
        <Checkbox label={t('bySiret.sharedOnly')} checked={sharedOnly} onChange={(e) => set({ partagees: e.currentTarget.checked ? '1' : null })} />
      </Group>
      {body}
    </Stack>
  );
}
