import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { FormError } from '../../app/FormError';
import { toUserError, type UserError } from '../../app/errors';
import { checkMeetingTimes } from '../../../../server/src/meetings/meeting.rules';
import { inParis } from './meetingTime';

const Update = graphql(`
  mutation RescheduleMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      meeting {
        id
        startsAt
        endsAt
        place
        version
        sequence
      }
      conflicts {
        startsAt
        endsAt
      }
    }
  }
`);

export interface RescheduleFormProps {
  meeting: { id: string; startsAt: string; endsAt: string; place?: string | null; version: number };
}

/** Moves a meeting (the convener); a stale version is shown as the server's CONFLICT message. */
export function RescheduleForm({ meeting }: RescheduleFormProps) {
  const { t } = useTranslation('meetings');
  const s = inParis(meeting.startsAt);
  const [date, setDate] = useState(s.toISODate() as string);
  const [start, setStart] = useState(s.toFormat('HH:mm'));
  const [end, setEnd] = useState(inParis(meeting.endsAt).toFormat('HH:mm'));
  const [place, setPlace] = useState(meeting.place ?? '');
  const [error, setError] = useState<UserError | null>(null);
  const [{ fetching }, update] = useMutation(Update);
  const local = useMemo(() => checkMeetingTimes({ startsAt: `${date}T${start}`, endsAt: `${date}T${end}`, timeZone: 'Europe/Paris' }).errors, [date, start, end]);
  const msg = (field: string) => {
    const e = local.find((x) => x.field === field);
    return e ? t([`fieldErrors.${e.code}`, `errors:fields.${e.code}`]) : error?.fieldErrors[field];
  };
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        if (local.length) return;
        const r = await update({ input: { id: meeting.id, version: meeting.version, startsAt: `${date}T${start}`, endsAt: `${date}T${end}`, timeZone: 'Europe/Paris', place: place || null } });
        if (r.error) setError(toUserError(r.error, { namespace: 'meetings' }));
        else notifications.show({ message: t('reschedule.done'), color: 'green' });
      }}
    >
      <Stack gap="xs">
        <FormError error={error} shownFields={['startsAt', 'endsAt']} />
        <Group align="flex-start">
          <TextInput label={t('form.date')} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={msg('startsAt')} />
          <TextInput label={t('form.start')} type="time" value={start} onChange={(e) => setStart(e.currentTarget.value)} />
          <TextInput label={t('form.end')} type="time" value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={msg('endsAt')} />
        </Group>
        <TextInput label={t('form.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        <Group>
          <Button type="submit" variant="light" loading={fetching}>
            {t('reschedule.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
