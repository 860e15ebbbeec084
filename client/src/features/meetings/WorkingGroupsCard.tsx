import { Button, Card, Group, List, Modal, MultiSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { FormError } from '../../app/FormError';
import { toUserError, type UserError } from '../../app/errors';
import { ErrorState } from '../../app/states/ErrorState';
import { checkTitle } from '../../../../server/src/meetings/meeting.rules';

const Groups = graphql(`
  query WorkingGroupsCard {
    workingGroups {
      id
      title
      convener {
        id
        name
      }
      organizations {
        id
        name
      }
    }
  }
`);

const Invitees = graphql(`
  query WorkingGroupInvitees {
    meetingInvitees {
      organizationId
      organizationName
      invitable
    }
  }
`);

const Create = graphql(`
  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {
    createWorkingGroup(input: $input) {
      id
      title
    }
  }
`);

function CreateGroupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('meetings');
  const [{ data }] = useQuery({ query: Invitees });
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [orgIds, setOrgIds] = useState<string[]>([]);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<UserError | null>(null);
  const [{ fetching }, create] = useMutation(Create);
  const titleError = touched ? checkTitle(title).map((e) => t([`fieldErrors.${e.code}`, `errors:fields.${e.code}`]))[0] : undefined;
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setTouched(true);
        if (checkTitle(title).length) return;
        const r = await create({ input: { title, description: description || null, organizationIds: orgIds } }, { additionalTypenames: ['WorkingGroup'] });
        if (r.error) setError(toUserError(r.error, { namespace: 'meetings' }));
        else {
          notifications.show({ message: t('groups.created'), color: 'green' });
          onDone();
        }
      }}
    >
      <Stack gap="sm">
        <FormError error={error} shownFields={['title']} />
        <TextInput label={t('groups.name')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} onBlur={() => setTouched(true)} error={titleError ?? error?.fieldErrors.title} />
        <Textarea label={t('form.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
        <MultiSelect
          label={t('groups.members')}
          data={(data?.meetingInvitees ?? []).filter((o) => o.invitable).map((o) => ({ value: o.organizationId, label: o.organizationName }))}
          value={orgIds}
          onChange={setOrgIds}
          searchable
        />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('groups.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The working groups one convenes or takes part in; conveners create new ones. */
export function WorkingGroupsCard({ canConvene }: { canConvene: boolean }) {
  const { t } = useTranslation('meetings');
  const [{ data, error }, refetch] = useQuery({ query: Groups });
  const [open, setOpen] = useState(false);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="working-groups">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="working-groups">
          {t('groups.title')}
        </Title>
        {canConvene ? (
          <Button size="xs" variant="light" onClick={() => setOpen(true)}>
            {t('groups.new')}
          </Button>
        ) : null}
      </Group>
      {error && !data ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {data && !data.workingGroups.length ? (
        <Text size="sm" c="dimmed">
          {t('groups.empty')}
        </Text>
      ) : null}
      <List spacing={6} size="sm">
        {data?.workingGroups.map((g) => (
          <List.Item key={g.id}>
            <Text size="sm" fw={500}>
              {g.title}
            </Text>
            <Text size="xs" c="dimmed">
              {g.convener?.name} · {t('groups.count', { count: g.organizations.length })}
            </Text>
          </List.Item>
        ))}
      </List>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('groups.new')}>
        <CreateGroupForm
          onDone={() => {
            setOpen(false);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      </Modal>
    </Card>
  );
}
