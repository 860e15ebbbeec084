import { Button, Card, Code, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';

const CreateFeed = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
    }
  }
`);
const RevokeFeed = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

/** Button labels wrap (the card sits in a narrow column) rather than being cut off. */
const WRAP = { label: { whiteSpace: 'normal' as const, textAlign: 'center' as const, lineHeight: 1.3 } };

/** The private, revocable subscription URL (shown once). */
export function CalendarFeedCard() {
  const { t } = useTranslation('meetings');
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState<number | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateFeed);
  const [{ fetching: revoking }, revoke] = useMutation(RevokeFeed);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="meeting-feed">
      <Title order={2} size="h4" id="meeting-feed" mb={4}>
        {t('feed.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('feed.description')}
      </Text>
      {url ? (
        <>
          <Text size="xs" fw={600}>
            {t('feed.url')}
          </Text>
          <Code block mb="sm" style={{ wordBreak: 'break-all' }}>
            {url}
          </Code>
        </>
      ) : null}
      {revoked != null ? (
        <Text size="sm" mb="sm">
          {t('feed.revoked', { count: revoked })}
        </Text>
      ) : null}
      <Group>
        <Button size="xs" h="auto" py={6} styles={WRAP} loading={creating} onClick={async () => {
          const r = await create({});
          if (r.data) {
            setUrl(r.data.createCalendarFeed.url);
            setRevoked(null);
          }
        }}>
          {t('feed.create')}
        </Button>
        <Button size="xs" h="auto" py={6} styles={WRAP} variant="default" loading={revoking} onClick={async () => {
          const r = await revoke({});
          if (r.data) {
            setRevoked(r.data.revokeCalendarFeed);
            setUrl(null);
          }
        }}>
          {t('feed.revoke')}
        </Button>
      </Group>
    </Card>
  );
}
