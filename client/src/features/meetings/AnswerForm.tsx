import { Button, Group, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { FormError } from '../../app/FormError';
import { toUserError, type UserError } from '../../app/errors';
import type { InvitationAnswer } from '../../gql/graphql';

const Respond = graphql(`
  mutation RespondToInvitation($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      id
      invitations {
        id
        answer
        comment
      }
      myInvitations {
        id
        answer
        comment
      }
    }
  }
`);

export function AnswerForm({ invitation }: { invitation: { id: string; answer: InvitationAnswer; comment?: string | null } }) {
  const { t } = useTranslation('meetings');
  const [answer, setAnswer] = useState<InvitationAnswer>(invitation.answer === 'PENDING' ? 'ACCEPTED' : invitation.answer);
  const [comment, setComment] = useState(invitation.comment ?? '');
  const [error, setError] = useState<UserError | null>(null);
  const [{ fetching }, respond] = useMutation(Respond);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        const r = await respond({ input: { invitationId: invitation.id, answer, comment: comment || null } });
        if (r.error) setError(toUserError(r.error, { namespace: 'meetings' }));
        else notifications.show({ message: t('meeting.answered'), color: 'green' });
      }}
    >
      <Stack gap="xs">
        <FormError error={error} />
        <SegmentedControl
          aria-label={t('meeting.yourAnswer')}
          value={answer}
          onChange={(v) => setAnswer(v as InvitationAnswer)}
          data={(['ACCEPTED', 'TENTATIVE', 'DECLINED'] as const).map((a) => ({ value: a, label: t(`answer.${a}`) }))}
        />
        <TextInput label={t('meeting.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} maxLength={1000} />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('meeting.respond')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
