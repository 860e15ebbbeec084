import { Anchor, Badge, Button, Card, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ErrorState } from '../../app/states/ErrorState';
import { formatDateTime } from '../../app/format';

const NoticesQuery = graphql(`
  query MeetingNotices {
    unreadMeetingNoticeCount
    meetingNotices {
      id
      kind
      createdAt
      readAt
      meetingId
      meetingTitle
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkMeetingNoticesRead($input: MarkMeetingNoticesReadInput!) {
    markMeetingNoticesRead(input: $input)
  }
`);

/** In-app notices: invited to, changed or cancelled meetings, with an unread badge. */
export function NoticesPanel() {
  const { t } = useTranslation('meetings');
  const [{ data, error }, refetch] = useQuery({ query: NoticesQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching }, markRead] = useMutation(MarkReadMutation);
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const notices = data.meetingNotices.slice(0, 8);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="meeting-notices">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={2} size="h4" id="meeting-notices">
            {t('notices.title')}
          </Title>
          {data.unreadMeetingNoticeCount > 0 ? (
            <Badge color="red" aria-label={t('notices.badge', { count: data.unreadMeetingNoticeCount })}>
              {data.unreadMeetingNoticeCount}
            </Badge>
          ) : null}
        </Group>
        {data.unreadMeetingNoticeCount > 0 ? (
          <Button size="xs" variant="subtle" loading={fetching} onClick={async () => {
            await markRead({ input: {} });
            refetch({ requestPolicy: 'network-only' });
          }}>
            {t('notices.markAll')}
          </Button>
        ) : null}
      </Group>
      {notices.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('notices.empty')}
        </Text>
      ) : (
        <List spacing={4} size="sm">
          {notices.map((n) => (
            <List.Item key={n.id} fw={n.readAt ? undefined : 600}>
              <Anchor component={Link} to={`/reunions/${n.meetingId}`} size="sm">
                {t(`notices.${n.kind}`, { title: n.meetingTitle ?? t('notices.unknownMeeting') })}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {formatDateTime(n.createdAt)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
