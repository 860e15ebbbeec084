import { Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconPlus, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { FEDERATION_ROLES, REGION_ROLES } from '../../app/roles';
import { useViewer } from '../../app/session';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Forbidden } from '../../app/states/Forbidden';
import { Loading } from '../../app/states/Loading';
import { toUserError } from '../../app/errors';
import { graphql } from '../../gql';
import { ExportButton } from './ExportButton';
import { MemberFilters } from './MemberFilters';
import { MemberTable } from './MemberTable';
import { PAGE_SIZE, cursorBefore, exportQuery, filterOf, orderOf, useMemberSearchParams } from './useMemberSearchParams';

const MembersPageQuery = graphql(`
  query MembersPage($first: Int!, $after: String, $filter: MemberFilter, $orderBy: MemberOrder) {
    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          ...MemberTableRow
        }
      }
    }
  }
`);

const NetworksQuery = graphql(`
  query MemberNetworks {
    organizations {
      id
      name
      kind
    }
  }
`);

const CONTEXT = { additionalTypenames: ['Member'] };

export function MembersPage() {
  const { t } = useTranslation('members');
  const { organization, role } = useViewer();
  const { view, update } = useMemberSearchParams();
  const isRegion = REGION_ROLES.includes(role);
  const isNetwork = FEDERATION_ROLES.includes(role);
  const [result, refetch] = useQuery({
    query: MembersPageQuery,
    variables: { first: PAGE_SIZE, after: cursorBefore(view.page), filter: filterOf(view), orderBy: orderOf(view.sort) },
    context: CONTEXT,
    // Imports go around urql's cache (XHR for progress): always check the list with the server.
    requestPolicy: 'cache-and-network',
  });
  const [networks] = useQuery({ query: NetworksQuery, pause: !isRegion });
  const networkOptions = networks.data?.organizations.filter((o) => o.kind === 'FEDERATION');

  const connection = result.data?.members;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const pages = connection ? Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)) : 1;
  const filtered = !!(view.search || view.kinds.length || view.departments.length || view.statuses.length || view.networks.length);

  const subtitle = isRegion ? t('subtitleRegion') : isNetwork ? t('subtitle', { organization: organization.name }) : t('subtitleStructure');

  let body;
  if (result.error && !result.data) {
    body = toUserError(result.error).code === 'FORBIDDEN' ? <Forbidden /> : <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  } else if (!connection) {
    body = <Loading />;
  } else if (!rows.length) {
    body = <EmptyState title={t('empty.title')} description={filtered ? t('empty.filtered') : t('empty.register')} />;
  } else {
    body = (
      <Stack>
        <MemberTable rows={rows} showNetwork={isRegion} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('count', { count: connection.totalCount })}
          </Text>
          {pages > 1 ? (
            <Pagination
              total={pages}
              value={Math.min(view.page, pages)}
              onChange={(page) => update({ page })}
              getControlProps={(control) => ({ 'aria-label': control })}
              getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
            />
          ) : null}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed">{subtitle}</Text>
        </div>
        <Group>
          {isNetwork ? (
            <>
              <Button component={Link} to="/membres/nouvelle" leftSection={<IconPlus size={16} aria-hidden="true" />}>
                {t('actions.create')}
              </Button>
              <Button component={Link} to="/membres/import" variant="light" leftSection={<IconFileImport size={16} aria-hidden="true" />}>
                {t('actions.import')}
              </Button>
            </>
          ) : null}
          {isRegion ? (
            <Button component={Link} to="/membres/siret" variant="light" leftSection={<IconTable size={16} aria-hidden="true" />}>
              {t('actions.bySiret')}
            </Button>
          ) : null}
          <ExportButton query={exportQuery(view)} />
        </Group>
      </Group>
      {role !== 'STRUCTURE_USER' ? <MemberFilters view={view} update={update} networks={isRegion ? networkOptions : undefined} /> : null}
      {body}
    </Stack>
  );
}
