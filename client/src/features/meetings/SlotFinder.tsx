import { Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { FormError } from '../../app/FormError';
import { toUserError, type UserError } from '../../app/errors';
import { formatMeetingRange, inParis, PARIS } from './meetingTime';

const FindSlots = graphql(`
  query FindMeetingSlots($input: FindMeetingSlotsInput!) {
    findMeetingSlots(input: $input) {
      startsAt
      endsAt
    }
  }
`);

export interface SlotFinderProps {
  organizationIds: string[];
  userIds: string[];
  onPick: (slot: { date: string; start: string; end: string }) => void;
}

/** "Trouver un créneau": free slots for every invitee in working hours. */
export function SlotFinder({ organizationIds, userIds, onPick }: SlotFinderProps) {
  const { t } = useTranslation('meetings');
  const client = useClient();
  const today = DateTime.now().setZone(PARIS);
  const [duration, setDuration] = useState<number | string>(120);
  const [from, setFrom] = useState(today.plus({ days: 1 }).toISODate() as string);
  const [to, setTo] = useState(today.plus({ days: 15 }).toISODate() as string);
  const [slots, setSlots] = useState<{ startsAt: string; endsAt: string }[] | null>(null);
  const [error, setError] = useState<UserError | null>(null);
  const [loading, setLoading] = useState(false);
  const search = async () => {
    setLoading(true);
    setError(null);
    const r = await client
      .query(FindSlots, { input: { organizationIds, userIds, durationMinutes: Number(duration), from, to, limit: 10 } }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    if (r.error) setError(toUserError(r.error, { namespace: 'meetings' }));
    else setSlots(r.data?.findMeetingSlots ?? []);
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="slot-finder">
      <Title order={2} size="h4" id="slot-finder">
        {t('slots.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('slots.description')}
      </Text>
      <Stack gap="xs">
        <FormError error={error} shownFields={[]} />
        <Group align="flex-end">
          <NumberInput label={t('slots.duration')} value={duration} onChange={setDuration} min={15} max={600} step={15} w={140} />
          <TextInput label={t('slots.from')} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput label={t('slots.to')} type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <Button variant="light" onClick={search} loading={loading}>
            {t('slots.search')}
          </Button>
        </Group>
        {slots && !slots.length ? (
          <Text size="sm" c="dimmed">
            {t('slots.none')}
          </Text>
        ) : null}
        {slots?.map((s) => (
          <Group key={s.startsAt} justify="space-between" data-testid="slot">
            <Text size="sm">{formatMeetingRange(s.startsAt, s.endsAt)}</Text>
            <Button
              size="xs"
              variant="default"
              aria-label={`${t('slots.use')} ${formatMeetingRange(s.startsAt, s.endsAt)}`}
              onClick={() =>
                onPick({ date: inParis(s.startsAt).toISODate() as string, start: inParis(s.startsAt).toFormat('HH:mm'), end: inParis(s.endsAt).toFormat('HH:mm') })
              }
            >
              {t('slots.use')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
