import { Badge, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationAnswer, MeetingStatus } from '../../gql/graphql';
import { MinutesEditor } from './MinutesEditor';

const ANSWER_COLOR = { PENDING: 'gray', ACCEPTED: 'green', DECLINED: 'red', TENTATIVE: 'yellow' } as const;

export interface AnswerRow {
  id: string;
  answer: InvitationAnswer;
  comment?: string | null;
  organization?: { name: string } | null;
  person?: { displayName: string } | null;
  answeredBy?: { displayName: string } | null;
}

/** Answers per invited organisation or person. */
export function MeetingAnswers({ invitations }: { invitations: AnswerRow[] }) {
  const { t } = useTranslation('meetings');
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('meeting.invitee')}</Table.Th>
          <Table.Th>{t('meeting.answerCol')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {invitations.map((i) => (
          <Table.Tr key={i.id} data-testid="invitation-row">
            <Table.Td>
              <Text size="sm">{i.organization?.name ?? i.person?.displayName}</Text>
              {i.comment ? (
                <Text size="xs" c="dimmed">
                  {i.answeredBy ? `${i.answeredBy.displayName} : ` : ''}
                  {i.comment}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Badge color={ANSWER_COLOR[i.answer]} variant="light" tt="none" style={{ whiteSpace: 'nowrap', overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
                {t(`answer.${i.answer}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export interface MinutesSectionProps {
  meeting: {
    id: string;
    status: MeetingStatus;
    canEditMinutes: boolean;
    minutes?: { body: string; version: number } | null;
    decisions: { position: number; text: string }[];
  };
}

/** The minutes and decisions: an editor for the convener and named editors, read-only for others. */
export function MinutesSection({ meeting: m }: MinutesSectionProps) {
  const { t } = useTranslation('meetings');
  return (
    <>
      {m.canEditMinutes && m.status !== 'CANCELLED' ? (
      <MinutesEditor key={m.minutes?.version ?? 0} meetingId={m.id} minutes={m.minutes} decisions={m.decisions} />
    ) : (
      <Stack gap="xs">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {m.minutes?.body || t('minutes.none')}
        </Text>
        <Title order={3} size="h5">
          {t('minutes.decisionsTitle')}
        </Title>
        {m.decisions.length ? (
          <List>
            {m.decisions.map((d) => (
              <List.Item key={d.position}>{d.text}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('minutes.noDecisions')}
          </Text>
        )}
      </Stack>
    )}
    </>
  );
}
