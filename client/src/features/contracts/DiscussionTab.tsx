import { Alert, Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatDateTime } from '../../app/format';
import { toUserError } from '../../app/errors';
import { graphql } from '../../gql';
import type { ContractPageData } from './ContractPage';
import { indicatorLabel } from './ObjectivesEditor';

const AddComment = graphql(`
  mutation AddContractComment($input: AddContractCommentInput!) {
    addContractComment(input: $input) { comment { id } }
  }
`);

/** The negotiation thread, on the contract or one of its objectives. */
export function DiscussionTab({ contract: c, onChanged }: { contract: ContractPageData; onChanged: () => void }) {
  const { t } = useTranslation('contracts');
  const [body, setBody] = useState('');
  const [about, setAbout] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [state, add] = useMutation(AddComment);
  const objective = (id: string | null) => c.objectives.find((o) => o.id === id);
  const send = async () => {
    const r = await add({ input: { contractId: c.id, objectiveId: about, body } });
    if (r.error) return setError(toUserError(r.error).message);
    setBody('');
    setError(null);
    onChanged();
  };
  return (
    <Stack>
      {!c.comments.length ? <Text c="dimmed">{t('discussion.empty')}</Text> : null}
      {c.comments.map((k) => (
        <Card key={k.id} withBorder padding="sm">
          <Group justify="space-between">
            <Text fw={600} size="sm">{t('history.by', { name: k.authorName ?? '—', organization: k.authorOrganizationName ?? '—' })}</Text>
            <Text size="xs" c="dimmed">{formatDateTime(k.createdAt)}</Text>
          </Group>
          {k.objectiveId ? <Text size="xs" c="blue.9">{t('discussion.about')} : {indicatorLabel(objective(k.objectiveId)?.indicator ?? '')}</Text> : null}
          <Text style={{ whiteSpace: 'pre-wrap' }}>{k.body}</Text>
        </Card>
      ))}
      {c.viewerActions.canComment ? (
        <Stack gap="xs">
          {error ? <Alert color="red" role="alert">{error}</Alert> : null}
          <Select
            label={t('discussion.about')}
            data={[{ value: '', label: t('discussion.wholeContract') }, ...c.objectives.map((o) => ({ value: o.id, label: indicatorLabel(o.indicator) }))]}
            value={about ?? ''}
            onChange={(v) => setAbout(v || null)}
            allowDeselect={false}
            maw={420}
          />
          <Textarea label={t('discussion.label')} placeholder={t('discussion.placeholder')} autosize minRows={2} maxLength={5000} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
          <Group>
            <Button onClick={send} loading={state.fetching} disabled={!body.trim()}>{t('discussion.send')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}
