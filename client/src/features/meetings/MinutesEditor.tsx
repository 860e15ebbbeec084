import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { FormError } from '../../app/FormError';
import { toUserError, type UserError } from '../../app/errors';

const Save = graphql(`
  mutation SaveMinutes($input: SaveMinutesInput!) {
    saveMinutes(input: $input) {
      id
      status
      minutes {
        body
        version
        updatedAt
      }
      decisions {
        position
        text
      }
    }
  }
`);

export interface MinutesEditorProps {
  meetingId: string;
  minutes: { body: string; version: number } | null | undefined;
  decisions: { text: string }[];
}

export function MinutesEditor({ meetingId, minutes, decisions }: MinutesEditorProps) {
  const { t } = useTranslation('meetings');
  const [body, setBody] = useState(minutes?.body ?? '');
  const [decisionText, setDecisionText] = useState(decisions.map((d) => d.text).join('\n'));
  const [error, setError] = useState<UserError | null>(null);
  const [{ fetching }, save] = useMutation(Save);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        const list = decisionText.split('\n').map((x) => x.trim()).filter(Boolean);
        const r = await save({ input: { meetingId, body, decisions: list, version: minutes?.version ?? null } });
        if (r.error) setError(toUserError(r.error, { namespace: 'meetings' }));
        else notifications.show({ message: t('minutes.saved'), color: 'green' });
      }}
    >
      <Stack gap="xs">
        <FormError error={error} />
        <Textarea label={t('minutes.body')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={4} />
        <Textarea label={t('minutes.decisions')} value={decisionText} onChange={(e) => setDecisionText(e.currentTarget.value)} autosize minRows={2} />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('minutes.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
