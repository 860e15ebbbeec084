import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, type OperationContext } from 'urql';
import { useViewer } from '../../app/session';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Loading } from '../../app/states/Loading';
import { graphql } from '../../gql';
import { InviteUserForm } from './InviteUserForm';
import { PendingInvitations } from './PendingInvitations';
import { useManageableOrganizations } from './useManageableOrganizations';
import { UserTable } from './UserTable';

const PAGE_SIZE = 50;

const UsersPageMembershipsQuery = graphql(`
  query UsersPageMemberships($organizationId: ID, $first: Int!, $after: String) {
    organizationUsers(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...UserTableMembership
        }
      }
    }
  }
`);

const UsersPageInvitationsQuery = graphql(`
  query UsersPageInvitations($organizationId: ID) {
    pendingInvitations(organizationId: $organizationId) {
      ...PendingInvitationRow
    }
  }
`);

// Refetched after mutations touching these types, even when the list was empty.
const MEMBERSHIPS_CONTEXT: Partial<OperationContext> = { additionalTypenames: ['Membership'] };
const INVITATIONS_CONTEXT: Partial<OperationContext> = { additionalTypenames: ['Invitation'] };

export function UsersPage() {
  const { t } = useTranslation('users');
  const { organization: active } = useViewer();
  const organizations = useManageableOrganizations();
  const [selectedId, setSelectedId] = useState(active.id);
  const selected = organizations.find((o) => o.id === selectedId) ?? active;
  const organizationId = selected.id === active.id ? null : selected.id;
  // Cursors of the pages up to the current one ("Précédent" pops one).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;

  const [memberships, refetchMemberships] = useQuery({
    query: UsersPageMembershipsQuery,
    variables: { organizationId, first: PAGE_SIZE, after },
    context: MEMBERSHIPS_CONTEXT,
  });
  const [invitations, refetchInvitations] = useQuery({
    query: UsersPageInvitationsQuery,
    variables: { organizationId },
    context: INVITATIONS_CONTEXT,
  });

  const connection = memberships.data?.organizationUsers;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed">{t('subtitle', { organization: selected.name })}</Text>
        </div>
        {organizations.length > 1 ? (
          <Select
            label={t('organizationFilter')}
            data={organizations.map((o) => ({ value: o.id, label: o.name }))}
            value={selected.id}
            onChange={(id) => {
              setSelectedId(id ?? active.id);
              setCursors([null]);
            }}
            allowDeselect={false}
            searchable={organizations.length > 8}
            w={320}
          />
        ) : null}
      </Group>

      <InviteUserForm key={selected.id} organization={selected} organizationId={organizationId} />

      <Card withBorder padding="lg" component="section" aria-labelledby="users-members">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="users-members">
            {t('members.title')}
          </Title>
          {connection ? (
            <Text size="sm" c="dimmed">
              {t('members.count', { count: connection.totalCount })}
            </Text>
          ) : null}
        </Group>
        {memberships.fetching && !connection ? <Loading /> : null}
        {memberships.error && !connection ? (
          <ErrorState error={memberships.error} onRetry={() => refetchMemberships({ requestPolicy: 'network-only' })} />
        ) : null}
        {connection && rows.length === 0 ? <EmptyState title={t('members.empty')} /> : null}
        {rows.length > 0 ? <UserTable memberships={rows} /> : null}
        {connection && (cursors.length > 1 || connection.pageInfo.hasNextPage) ? (
          <Group justify="flex-end" mt="sm">
            <Button variant="default" disabled={cursors.length < 2} onClick={() => setCursors((c) => c.slice(0, -1))}>
              {t('common:actions.previous')}
            </Button>
            <Button
              variant="default"
              disabled={!connection.pageInfo.hasNextPage}
              onClick={() => setCursors((c) => [...c, connection.pageInfo.endCursor ?? null])}
            >
              {t('common:actions.next')}
            </Button>
          </Group>
        ) : null}
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="users-invitations">
        <Title order={2} size="h3" id="users-invitations" mb="sm">
          {t('invitations.title')}
        </Title>
        {invitations.fetching && !invitations.data ? <Loading /> : null}
        {invitations.error && !invitations.data ? (
          <ErrorState error={invitations.error} onRetry={() => refetchInvitations({ requestPolicy: 'network-only' })} />
        ) : null}
        {invitations.data ? <PendingInvitations invitations={invitations.data.pendingInvitations} /> : null}
      </Card>
    </Stack>
  );
}
