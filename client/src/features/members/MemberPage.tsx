import { Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { toUserError } from '../../app/errors';
import { FEDERATION_ROLES } from '../../app/roles';
import { useViewer } from '../../app/session';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Loading } from '../../app/states/Loading';
import { graphql } from '../../gql';
import { MemberDetails } from './MemberDetails';
import { MemberHistory } from './MemberHistory';
import { MemberStatusActions } from './MemberStatusActions';
import { STATUS_COLOR } from './memberFormat';
import { StructureAccountCard } from './StructureAccountCard';

const MemberPageQuery = graphql(`
  query MemberPage($id: ID!) {
    member(id: $id) {
      ...MemberDetails
      historyCount
      structureAccount {
        id
        name
        slug
      }
    }
  }
`);

export function MemberPage() {
  const { t } = useTranslation('members');
  const { memberId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { role } = useViewer();
  const [result, refetch] = useQuery({ query: MemberPageQuery, variables: { id: memberId } });
  const canEdit = FEDERATION_ROLES.includes(role);
  const tab = params.get('onglet') === 'historique' ? 'history' : 'details';

  const back = (
    <Anchor component={Link} to="/membres" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('actions.back')}
      </Group>
    </Anchor>
  );
  if (result.error && !result.data) {
    const code = toUserError(result.error).code;
    return (
      <Stack>
        {back}
        {code === 'NOT_FOUND' ? (
          <EmptyState title={t('detail.notFound')} headingOrder={1} />
        ) : (
          <ErrorState error={result.error} headingOrder={1} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        )}
      </Stack>
    );
  }
  const m = result.data?.member;
  if (!m) return <Loading />;

  return (
    <Stack gap="lg">
      {role !== 'STRUCTURE_USER' ? back : null}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{m.name}</Title>
          <Group gap="xs" mt={4}>
            <Badge color={STATUS_COLOR[m.status]} variant="dot" size="lg">
              {t(`statuses.${m.status}`)}
            </Badge>
            <Text c="dimmed" size="sm">
              {m.network?.name}
            </Text>
          </Group>
        </div>
        {canEdit ? (
          <Group>
            <Button component={Link} to={`/membres/${m.id}/modifier`} leftSection={<IconPencil size={16} aria-hidden="true" />}>
              {t('actions.edit')}
            </Button>
            <MemberStatusActions member={m} />
          </Group>
        ) : null}
      </Group>
      <Tabs value={tab} onChange={(v) => setParams(v === 'history' ? { onglet: 'historique' } : {}, { replace: true })}>
        <Tabs.List>
          <Tabs.Tab value="details">{t('detail.tabs.details')}</Tabs.Tab>
          {m.historyCount !== null && m.historyCount !== undefined ? (
            <Tabs.Tab value="history">
              {t('detail.tabs.history')} ({m.historyCount})
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <Stack>
            <MemberDetails member={m} />
            {role === 'FEDERATION_ADMIN' ? <StructureAccountCard memberId={m.id} account={m.structureAccount} /> : null}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          {tab === 'history' ? <MemberHistory memberId={m.id} /> : null}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
