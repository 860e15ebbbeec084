import { Anchor, Badge, Box, Group, Paper, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { CalendarMeetingFragment } from '../../gql/graphql';
import { formatDay, formatMeetingRange, formatMonth, formatTime, inParis } from './meetingTime';

export const CalendarMeetingFragmentDoc = graphql(`
  fragment CalendarMeeting on Meeting {
    id
    title
    startsAt
    endsAt
    status
    place
    convener {
      id
      name
    }
    myInvitations {
      id
      answer
    }
  }
`);

const STATUS_COLOR = { SCHEDULED: 'blue', CANCELLED: 'red', HELD: 'gray' } as const;

function MeetingLink({ m, withTime = true }: { m: CalendarMeetingFragment; withTime?: boolean }) {
  return (
    <Anchor component={Link} to={`/reunions/${m.id}`} size="xs" td={m.status === 'CANCELLED' ? 'line-through' : undefined} style={{ display: 'block' }} lineClamp={2}>
      {withTime ? `${formatTime(m.startsAt)} ` : ''}
      {m.title}
    </Anchor>
  );
}

const byDay = (meetings: CalendarMeetingFragment[]) => {
  const map = new Map<string, CalendarMeetingFragment[]>();
  for (const m of meetings) {
    const key = inParis(m.startsAt).toISODate() as string;
    map.set(key, [...(map.get(key) ?? []), m]);
  }
  return map;
};

/**
 * A month grid, Monday first; days outside the month are dimmed. Exposed as a table (weeks are rows,
 * weekdays column headers) so screen readers announce the weekday with each day; it is not an
 * interactive grid (the meetings inside are plain links).
 */
export function MonthGrid({ month, meetings }: { month: DateTime; meetings: CalendarMeetingFragment[] }) {
  const { t } = useTranslation('meetings');
  const days = byDay(meetings);
  const start = month.startOf('month').startOf('week');
  const cells = Array.from({ length: 42 }, (_, i) => start.plus({ days: i }));
  const shown = cells[35].month !== month.month ? cells.slice(0, 35) : cells;
  const weeks = Array.from({ length: shown.length / 7 }, (_, w) => shown.slice(w * 7, w * 7 + 7));
  const weekdays = t('weekdays', { returnObjects: true }) as string[];
  return (
    <Box role="table" aria-label={formatMonth(month)}>
      <SimpleGrid cols={7} spacing={4} mb={4} role="row">
        {weekdays.map((d) => (
          <Text key={d} size="xs" fw={600} c="dimmed" ta="center" role="columnheader">
            {d}
          </Text>
        ))}
      </SimpleGrid>
      <Stack gap={4}>
        {weeks.map((week) => (
          <SimpleGrid key={week[0].toISODate()} cols={7} spacing={4} role="row">
            {week.map((d) => {
              const list = days.get(d.toISODate() as string) ?? [];
              return (
                <Paper key={d.toISODate()} withBorder p={4} mih={84} bg={d.month !== month.month ? 'var(--mantine-color-gray-0)' : undefined} role="cell">
                  <Text size="xs" c={d.month !== month.month ? 'dimmed' : undefined} fw={500}>
                    <span aria-hidden="true">{d.day}</span>
                    <VisuallyHidden>{formatDay(d)}</VisuallyHidden>
                  </Text>
                  <Stack gap={2}>
                    {list.slice(0, 3).map((m) => (
                      <MeetingLink key={m.id} m={m} />
                    ))}
                    {list.length > 3 ? (
                      <Text size="xs" c="dimmed">
                        {t('more', { count: list.length - 3 })}
                      </Text>
                    ) : null}
                  </Stack>
                </Paper>
              );
            })}
          </SimpleGrid>
        ))}
      </Stack>
    </Box>
  );
}

/** Seven days, one column each. */
export function WeekView({ week, meetings }: { week: DateTime; meetings: CalendarMeetingFragment[] }) {
  const days = byDay(meetings);
  const start = week.startOf('week');
  return (
    <SimpleGrid cols={{ base: 1, sm: 7 }} spacing={4}>
      {Array.from({ length: 7 }, (_, i) => start.plus({ days: i })).map((d) => (
        <Paper key={d.toISODate()} withBorder p="xs" mih={160}>
          <Text size="xs" fw={600} mb={4}>
            {formatDay(d)}
          </Text>
          <Stack gap={4}>
            {(days.get(d.toISODate() as string) ?? []).map((m) => (
              <MeetingLink key={m.id} m={m} />
            ))}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function MeetingList({ meetings }: { meetings: CalendarMeetingFragment[] }) {
  const { t } = useTranslation('meetings');
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('meeting.when')}</Table.Th>
          <Table.Th>{t('form.meetingTitle')}</Table.Th>
          <Table.Th>{t('meeting.convener')}</Table.Th>
          <Table.Th>{t('meeting.yourAnswer')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Td>{formatMeetingRange(m.startsAt, m.endsAt)}</Table.Td>
            <Table.Td>
              <Group gap="xs">
                <MeetingLink m={m} withTime={false} />
                <Badge size="xs" color={STATUS_COLOR[m.status]} variant="light">
                  {t(`status.${m.status}`)}
                </Badge>
              </Group>
            </Table.Td>
            <Table.Td>{m.convener?.name}</Table.Td>
            <Table.Td>{m.myInvitations[0] ? t(`answer.${m.myInvitations[0].answer}`) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
