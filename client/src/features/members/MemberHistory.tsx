import { Badge, Card, Stack, Table, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDateTime } from '../../app/format';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Loading } from '../../app/states/Loading';
import { toUserError } from '../../app/errors';
import { graphql } from '../../gql';

const MemberHistoryQuery = graphql(`
  query MemberHistory($id: ID!) {
    member(id: $id) {
      id
      history(first: 100) {
        totalCount
        edges {
          node {
            id
            action
            createdAt
            actorName
            actorOrganizationName
            changes {
              field
              from
              to
            }
          }
        }
      }
    }
  }
`);

/** Who changed what and when, with the previous and new values. */
export function MemberHistory({ memberId }: { memberId: string }) {
  const { t } = useTranslation('members');
  const [result, refetch] = useQuery({ query: MemberHistoryQuery, variables: { id: memberId }, requestPolicy: 'cache-and-network' });
  if (result.error && !result.data) {
    if (toUserError(result.error).code === 'FORBIDDEN') return <EmptyState title={t('history.forbidden')} />;
    return <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  const history = result.data?.member.history;
  if (!history) return <Loading />;
  if (!history.edges.length) return <EmptyState title={t('history.empty')} />;
  const label = (field: string) => (field === 'statusSince' ? t('fields.statusSince') : t(`fields.${field}`, { defaultValue: field }));
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('history.count', { count: history.totalCount })}
      </Text>
      <Timeline bulletSize={14} lineWidth={2}>
        {history.edges.map(({ node: e }) => (
          <Timeline.Item
            key={e.id}
            title={
              <>
                <Badge variant="light" mr="xs">
                  {t(`history.actions.${e.action}`, { defaultValue: e.action })}
                </Badge>
                <Text span size="sm">
                  {formatDateTime(e.createdAt)} — {e.actorName ? t('history.by', { actor: e.actorName }) : t('history.system')}
                  {e.actorOrganizationName ? ` (${e.actorOrganizationName})` : ''}
                </Text>
              </>
            }
          >
            {e.changes.length ? (
              <Card withBorder padding="xs" mt="xs">
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('history.field')}</Table.Th>
                      <Table.Th>{t('history.from')}</Table.Th>
                      <Table.Th>{t('history.to')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {e.changes.map((c) => (
                      <Table.Tr key={c.field}>
                        <Table.Td>{label(c.field)}</Table.Td>
                        <Table.Td c="dimmed">{c.from ?? '—'}</Table.Td>
                        <Table.Td>{c.to ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
