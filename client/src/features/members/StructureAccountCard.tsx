import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toUserError, type UserError } from '../../app/errors';
import { FormError } from '../../app/FormError';
import { graphql } from '../../gql';
import { InviteLink } from '../users/InviteLink';

const CreateStructureAccountMutation = graphql(`
  mutation CreateStructureAccount($input: CreateStructureAccountInput!) {
    createStructureAccount(input: $input) {
      created
      member {
        id
        structureAccount {
          id
          name
          slug
        }
      }
    }
  }
`);

const InviteStructureUserMutation = graphql(`
  mutation InviteStructureUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      inviteUrl
      invitation {
        id
        email
      }
    }
  }
`);

export interface StructureAccountCardProps {
  memberId: string;
  account: { id: string; name: string; slug: string } | null | undefined;
}

/** The network gives the structure its own account, then invites its people to it. */
export function StructureAccountCard({ memberId, account }: StructureAccountCardProps) {
  const { t } = useTranslation('members');
  const [{ fetching: creating }, create] = useMutation(CreateStructureAccountMutation);
  const [{ fetching: inviting }, invite] = useMutation(InviteStructureUserMutation);
  const [error, setError] = useState<UserError | null>(null);
  const [email, setEmail] = useState('');
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);

  const onCreate = async () => {
    setError(null);
    const r = await create({ input: { memberId } });
    if (r.error) setError(toUserError(r.error, { namespace: 'members' }));
  };
  const onInvite = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!account) return;
    setError(null);
    const r = await invite({ input: { organizationId: account.id, email: email.trim(), role: 'STRUCTURE_USER' } });
    if (r.error || !r.data) return setError(toUserError(r.error, { namespace: 'members' }));
    setLink({ email: r.data.inviteUser.invitation.email, url: new URL(r.data.inviteUser.inviteUrl, window.location.origin).toString() });
    setEmail('');
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="member-account">
      <Title order={2} size="h4" id="member-account" mb="sm">
        {t('account.title')}
      </Title>
      <Stack>
        <FormError error={error} shownFields={['email']} />
        {!account ? (
          <>
            <Text size="sm">{t('account.none')}</Text>
            <Group>
              <Button onClick={onCreate} loading={creating}>
                {t('account.create')}
              </Button>
            </Group>
          </>
        ) : link ? (
          <InviteLink email={link.email} url={link.url} onDone={() => setLink(null)} />
        ) : (
          <>
            <Text size="sm">{t('account.exists', { name: account.name, slug: account.slug })}</Text>
            <form onSubmit={onInvite} noValidate>
              <Group align="flex-end">
                <TextInput
                  type="email"
                  label={t('account.inviteEmail')}
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  error={error?.fieldErrors.email}
                  required
                  w={320}
                />
                <Button type="submit" loading={inviting}>
                  {t('account.invite')}
                </Button>
              </Group>
            </form>
          </>
        )}
      </Stack>
    </Card>
  );
}
