import { Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { ErrorState } from '../../app/states/ErrorState';
import { Loading } from '../../app/states/Loading';
import { EmptyState } from '../../app/states/EmptyState';
import { ActionItemsTable } from './ActionItemsSection';

const MyActions = graphql(`
  query MyActionItems($includeDone: Boolean) {
    myActionItems(includeDone: $includeDone) {
      ...ActionItemRow
    }
  }
`);

/** "Mes actions": actions owned by the person or their organisation. */
export function MyActionsPage() {
  const { t } = useTranslation('meetings');
  const [includeDone, setIncludeDone] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyActions, variables: { includeDone }, context: useMemo(() => ({ additionalTypenames: ['ActionItem'] }), []) });
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('actions.mine')}</Title>
        <Text c="dimmed">{t('actions.mineSubtitle')}</Text>
      </div>
      <Card withBorder padding="md">
        <Group mb="sm">
          <Checkbox label={t('actions.includeDone')} checked={includeDone} onChange={(e) => setIncludeDone(e.currentTarget.checked)} />
        </Group>
        {fetching && !data ? <Loading /> : null}
        {error && !data ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
        {data && !data.myActionItems.length ? <EmptyState title={t('actions.emptyMine')} /> : null}
        {data && data.myActionItems.length ? <ActionItemsTable items={data.myActionItems} canEdit={false} showMeeting /> : null}
      </Card>
    </Stack>
  );
}
