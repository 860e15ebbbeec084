import { Anchor, Badge, Button, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ErrorState } from '../../app/states/ErrorState';
import { Loading } from '../../app/states/Loading';
import { EmptyState } from '../../app/states/EmptyState';
import { toUserError } from '../../app/errors';
import { AnswerForm } from './AnswerForm';
import { MeetingAnswers, MinutesSection } from './MeetingSections';
import { ActionItemsTable, AddActionForm, type Participant } from './ActionItemsSection';
import { downloadFile } from '../../app/download';
import { RescheduleForm } from './RescheduleForm';
import { formatMeetingRange } from './meetingTime';

const MeetingQuery = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      title
      description
      startsAt
      endsAt
      timeZone
      place
      videoUrl
      status
      version
      sequence
      canManage
      canEditMinutes
      icsPath
      convener {
        id
        name
      }
      workingGroup {
        id
        title
      }
      agenda {
        position
        title
      }
      invitations {
        id
        answer
        comment
        canRespond
        organization {
          id
          name
        }
        person {
          id
          displayName
        }
        answeredBy {
          id
          displayName
        }
      }
      myInvitations {
        id
        answer
        comment
      }
      minutes {
        body
        version
        updatedAt
      }
      decisions {
        position
        text
      }
      actionItems {
        ...ActionItemRow
      }
    }
  }
`);

const Cancel = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      id
      status
      version
      sequence
    }
  }
`);

/** A meeting: agenda, answers per organisation, minutes, decisions, actions, .ics. */
export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const { meetingId = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MeetingQuery, variables: { id: meetingId }, context: useMemo(() => ({ additionalTypenames: ['ActionItem'] }), []) });
  const [{ fetching: cancelling }, cancel] = useMutation(Cancel);
  if (fetching && !data) return <Loading />;
  const notFound = error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');
  if (notFound) return <EmptyState title={t('meeting.notFound')} headingOrder={1} action={<Button component={Link} to="/reunions" variant="light">{t('title')}</Button>} />;
  if (error || !data) return <ErrorState error={error} headingOrder={1} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const m = data.meeting;
  const participants: Participant = {
    organizations: [
      ...(m.convener ? [m.convener] : []),
      ...m.invitations.flatMap((i) => (i.organization ? [i.organization] : [])),
    ],
    people: [...new Map(m.invitations.flatMap((i) => [i.person, i.answeredBy]).filter((p): p is { id: string; displayName: string } => !!p).map((p) => [p.id, p])).values()],
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component={Link} to="/reunions" size="sm">
            ← {t('title')}
          </Anchor>
          <Group gap="sm">
            <Title order={1}>{m.title}</Title>
            <Badge color={m.status === 'CANCELLED' ? 'red' : m.status === 'HELD' ? 'gray' : 'blue'}>{t(`status.${m.status}`)}</Badge>
          </Group>
          <Text>{formatMeetingRange(m.startsAt, m.endsAt)}</Text>
        </div>
        <Group>
          <Button variant="default" onClick={() => downloadFile(m.icsPath, 'reunion.ics').catch((e) => notifications.show({ color: 'red', message: toUserError(e).message }))}>
            {t('meeting.download')}
          </Button>
          {m.canManage && m.status !== 'CANCELLED' ? (
            <Button
              color="red"
              variant="light"
              loading={cancelling}
              onClick={async () => {
                if (!window.confirm(t('meeting.cancelConfirm'))) return;
                const r = await cancel({ input: { id: m.id, version: m.version } });
                if (r.error) notifications.show({ color: 'red', message: toUserError(r.error).message });
                else notifications.show({ message: t('meeting.cancelled') });
              }}
            >
              {t('meeting.cancel')}
            </Button>
          ) : null}
        </Group>
      </Group>

      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder padding="md">
              <Stack gap={4}>
                <Text size="sm">
                  <b>{t('meeting.convener')} :</b> {m.convener?.name}
                </Text>
                {m.workingGroup ? (
                  <Text size="sm">
                    <b>{t('meeting.group')} :</b> {m.workingGroup.title}
                  </Text>
                ) : null}
                {m.place ? (
                  <Text size="sm">
                    <b>{t('meeting.place')} :</b> {m.place}
                  </Text>
                ) : null}
                {m.videoUrl ? (
                  <Text size="sm">
                    <b>{t('meeting.video')} :</b> <Anchor href={m.videoUrl}>{m.videoUrl}</Anchor>
                  </Text>
                ) : null}
                {m.description ? <Text size="sm">{m.description}</Text> : null}
                <Text size="xs" c="dimmed">
                  {t('meeting.sequence', { sequence: m.sequence })}
                </Text>
              </Stack>
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="meeting-agenda">
              <Title order={2} size="h4" id="meeting-agenda" mb="xs">
                {t('meeting.agenda')}
              </Title>
              {m.agenda.length ? (
                <List type="ordered">
                  {m.agenda.map((a) => (
                    <List.Item key={a.position}>{a.title}</List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('meeting.noAgenda')}
                </Text>
              )}
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="meeting-minutes">
              <Title order={2} size="h4" id="meeting-minutes" mb="xs">
                {t('minutes.title')}
              </Title>
              <MinutesSection meeting={m} />
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="meeting-actions">
              <Title order={2} size="h4" id="meeting-actions" mb="xs">
                {t('actions.title')}
              </Title>
              <ActionItemsTable items={m.actionItems} canEdit={m.canEditMinutes} />
              {m.canEditMinutes && m.status !== 'CANCELLED' ? (
                <Card withBorder mt="md" padding="sm">
                  <AddActionForm meetingId={m.id} participants={participants} onAdded={() => refetch({ requestPolicy: 'network-only' })} />
                </Card>
              ) : null}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            {m.canManage && m.status === 'SCHEDULED' ? (
              <Card withBorder padding="md" component="section" aria-labelledby="meeting-reschedule">
                <Title order={2} size="h4" id="meeting-reschedule" mb="xs">
                  {t('reschedule.title')}
                </Title>
                <RescheduleForm key={m.version} meeting={m} />
              </Card>
            ) : null}
            {m.myInvitations.length && m.status !== 'CANCELLED' ? (
              <Card withBorder padding="md" component="section" aria-labelledby="meeting-my-answer">
                <Title order={2} size="h4" id="meeting-my-answer" mb="xs">
                  {t('meeting.yourAnswer')}
                </Title>
                <AnswerForm invitation={m.myInvitations[0]} />
              </Card>
            ) : null}
            <Card withBorder padding="md" component="section" aria-labelledby="meeting-answers">
              <Title order={2} size="h4" id="meeting-answers" mb="xs">
                {t('meeting.answers')}
              </Title>
              <MeetingAnswers invitations={m.invitations} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
