import { ActionIcon, Button, Card, Grid, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useHasRole } from '../../app/session';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Loading } from '../../app/states/Loading';
import { MeetingList, MonthGrid, WeekView } from './MeetingCalendar';
import { NoticesPanel } from './NoticesPanel';
import { CalendarFeedCard } from './CalendarFeedCard';
import { WorkingGroupsCard } from './WorkingGroupsCard';
import { formatDay, formatMonth, PARIS } from './meetingTime';

export const CONVENER_ROLES = ['REGION_ADMIN', 'REGION_STAFF', 'FEDERATION_ADMIN', 'FEDERATION_STAFF'] as const;

const MeetingsQuery = graphql(`
  query MeetingsCalendar($from: DateTimeISO!, $to: DateTimeISO!) {
    meetings(from: $from, to: $to, first: 100) {
      totalCount
      edges {
        node {
          ...CalendarMeeting
        }
      }
    }
  }
`);

type View = 'month' | 'week' | 'list';

function rangeOf(view: View, anchor: DateTime): [DateTime, DateTime] {
  if (view === 'week') return [anchor.startOf('week'), anchor.startOf('week').plus({ weeks: 1 })];
  if (view === 'list') return [anchor.startOf('month'), anchor.startOf('month').plus({ months: 1 })];
  return [anchor.startOf('month').startOf('week'), anchor.startOf('month').startOf('week').plus({ weeks: 6 })];
}

/** "Réunions": month, week and list views of the meetings one convenes or is invited to. */
export function MeetingsPage() {
  const { t } = useTranslation('meetings');
  const canConvene = useHasRole(CONVENER_ROLES);
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(() => DateTime.now().setZone(PARIS));
  const [from, to] = useMemo(() => rangeOf(view, anchor), [view, anchor]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MeetingsQuery,
    variables: { from: from.toUTC().toISO() as string, to: to.toUTC().toISO() as string },
    context: useMemo(() => ({ additionalTypenames: ['Meeting'] }), []),
  });
  const meetings = data?.meetings.edges.map((e) => e.node) ?? [];
  const step = view === 'week' ? { weeks: 1 } : { months: 1 };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed">{t('subtitle')}</Text>
        </div>
        {canConvene ? (
          <Button component={Link} to="/reunions/nouvelle">
            {t('new')}
          </Button>
        ) : null}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Card withBorder padding="md">
            <Group justify="space-between" mb="md">
              <Group gap="xs">
                <ActionIcon variant="default" aria-label={t('previous')} onClick={() => setAnchor((a) => a.minus(step))}>
                  <IconChevronLeft size={16} aria-hidden="true" />
                </ActionIcon>
                <Button variant="default" size="xs" onClick={() => setAnchor(DateTime.now().setZone(PARIS))}>
                  {t('today')}
                </Button>
                <ActionIcon variant="default" aria-label={t('next')} onClick={() => setAnchor((a) => a.plus(step))}>
                  <IconChevronRight size={16} aria-hidden="true" />
                </ActionIcon>
                <Title order={2} size="h4" ml="sm" data-testid="calendar-period">
                  {view === 'week' ? `${formatDay(from)} – ${formatDay(to.minus({ days: 1 }))}` : formatMonth(anchor)}
                </Title>
              </Group>
              <SegmentedControl
                aria-label={t('views.label')}
                value={view}
                onChange={(v) => setView(v as View)}
                data={[
                  { value: 'month', label: t('views.month') },
                  { value: 'week', label: t('views.week') },
                  { value: 'list', label: t('views.list') },
                ]}
              />
            </Group>
            {fetching && !data ? <Loading /> : null}
            {error && !data ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
            {data && view === 'month' ? <MonthGrid month={anchor} meetings={meetings} /> : null}
            {data && view === 'week' ? <WeekView week={anchor} meetings={meetings} /> : null}
            {data && view !== 'list' && !meetings.length ? (
              <Text size="sm" c="dimmed" mt="sm" role="status">
                {t('empty')}
              </Text>
            ) : null}
            {data && view === 'list' ? meetings.length ? <MeetingList meetings={meetings} /> : <EmptyState title={t('empty')} /> : null}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <Stack>
            <NoticesPanel />
            <WorkingGroupsCard canConvene={canConvene} />
            <CalendarFeedCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
