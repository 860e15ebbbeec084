import { Button, Checkbox, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { FormError } from '../../app/FormError';
import { toUserError, type UserError } from '../../app/errors';
import { formatDate } from '../../app/format';

export const ActionItemRowFragment = graphql(`
  fragment ActionItemRow on ActionItem {
    id
    title
    dueDate
    done
    doneAt
    mine
    meetingId
    meetingTitle
    ownerOrganization {
      id
      name
    }
    ownerPerson {
      id
      displayName
    }
  }
`);

const Complete = graphql(`
  mutation CompleteActionItem($input: CompleteActionItemInput!) {
    completeActionItem(input: $input) {
      ...ActionItemRow
    }
  }
`);

const Add = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      ...ActionItemRow
    }
  }
`);

type Row = { id: string; title: string; dueDate?: string | null; done: boolean; mine: boolean; ownerOrganization?: { name: string } | null; ownerPerson?: { displayName: string } | null };

export function ActionItemsTable({ items, canEdit, showMeeting }: { items: (Row & { meetingTitle?: string | null })[]; canEdit: boolean; showMeeting?: boolean }) {
  const { t } = useTranslation('meetings');
  const [{ fetching }, complete] = useMutation(Complete);
  if (!items.length) return <Text size="sm" c="dimmed">{t('actions.none')}</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('actions.what')}</Table.Th>
          {showMeeting ? <Table.Th>{t('actions.meeting')}</Table.Th> : null}
          <Table.Th>{t('actions.owner')}</Table.Th>
          <Table.Th>{t('actions.due')}</Table.Th>
          <Table.Th>{t('actions.done')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{a.title}</Table.Td>
            {showMeeting ? <Table.Td>{a.meetingTitle ?? '—'}</Table.Td> : null}
            <Table.Td>{a.ownerPerson?.displayName ?? a.ownerOrganization?.name ?? '—'}</Table.Td>
            <Table.Td>{a.dueDate ? formatDate(`${a.dueDate}T12:00:00Z`) : '—'}</Table.Td>
            <Table.Td>
              <Checkbox
                aria-label={t('actions.markDone', { title: a.title })}
                checked={a.done}
                disabled={fetching || !(a.mine || canEdit)}
                onChange={(e) => complete({ input: { id: a.id, done: e.currentTarget.checked } })}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export interface Participant {
  organizations: { id: string; name: string }[];
  people: { id: string; displayName: string }[];
}

export function AddActionForm({ meetingId, participants, onAdded }: { meetingId: string; participants: Participant; onAdded: () => void }) {
  const { t } = useTranslation('meetings');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'organization' | 'person'>('organization');
  const [owner, setOwner] = useState<string | null>(null);
  const [due, setDue] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [{ fetching }, add] = useMutation(Add);
  const options = kind === 'organization' ? participants.organizations.map((o) => ({ value: o.id, label: o.name })) : participants.people.map((p) => ({ value: p.id, label: p.displayName }));
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        const r = await add({
          input: { meetingId, title, dueDate: due || null, ownerOrganizationId: kind === 'organization' ? owner : null, ownerUserId: kind === 'person' ? owner : null },
        });
        if (r.error) setError(toUserError(r.error, { namespace: 'meetings' }));
        else {
          notifications.show({ message: t('actions.added'), color: 'green' });
          setTitle('');
          setDue('');
          onAdded();
        }
      }}
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('actions.newTitle')}
        </Text>
        <FormError error={error} shownFields={['title', 'dueDate']} />
        <TextInput label={t('actions.what')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required error={error?.fieldErrors.title} />
        <SegmentedControl
          aria-label={t('actions.ownerKind')}
          value={kind}
          onChange={(v) => {
            setKind(v as 'organization' | 'person');
            setOwner(null);
          }}
          data={[
            { value: 'organization', label: t('actions.organization') },
            { value: 'person', label: t('actions.person') },
          ]}
        />
        <Select
          label={kind === 'organization' ? t('actions.ownerOrganization') : t('actions.ownerPerson')}
          data={options}
          value={owner}
          onChange={setOwner}
          searchable
          required
        />
        <TextInput label={t('actions.due')} type="date" value={due} onChange={(e) => setDue(e.currentTarget.value)} error={error?.fieldErrors.dueDate} />
        <Group>
          <Button type="submit" loading={fetching} disabled={!title.trim() || !owner}>
            {t('actions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
