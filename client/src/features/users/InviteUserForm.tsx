import { Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toUserError, type UserError } from '../../app/errors';
import { FormError } from '../../app/FormError';
import { ROLES_BY_ORGANIZATION_KIND, type Role } from '../../app/roles';
import { graphql } from '../../gql';
import { InviteLink } from './InviteLink';
import type { ManagedOrganization } from './useManageableOrganizations';

const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      inviteUrl
      invitation {
        id
        email
        role
      }
    }
  }
`);

const FIELDS = ['email', 'role'] as const;

export interface InviteUserFormProps {
  /** Whom the person is invited to join. */
  organization: ManagedOrganization;
  /** Null for the active organisation (the server's default). */
  organizationId: string | null;
}

export function InviteUserForm({ organization, organizationId }: InviteUserFormProps) {
  const { t } = useTranslation('users');
  const [{ fetching }, invite] = useMutation(InviteUserMutation);
  const [error, setError] = useState<UserError | null>(null);
  const [created, setCreated] = useState<{ email: string; url: string } | null>(null);
  const roles = ROLES_BY_ORGANIZATION_KIND[organization.kind];
  const form = useForm({
    mode: 'controlled',
    // The least-privileged role is the safe default.
    initialValues: { email: '', role: roles[roles.length - 1] as string },
    validateInputOnBlur: true,
    validate: {
      email: isEmail(t('errors:fields.email.invalid')),
      role: isNotEmpty(t('errors:fields.required')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await invite({ input: { email: values.email.trim(), role: values.role as Role, organizationId } });
    if (result.error || !result.data) {
      const userError = toUserError(result.error);
      setError(userError);
      form.setErrors(userError.fieldErrors);
      return;
    }
    const { inviteUrl, invitation } = result.data.inviteUser;
    setCreated({ email: invitation.email, url: new URL(inviteUrl, window.location.origin).toString() });
    form.reset();
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="users-invite">
      <Title order={2} size="h3" id="users-invite" mb="xs">
        {t('invite.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('invite.description', { organization: organization.name })}
      </Text>
      {created ? (
        <InviteLink email={created.email} url={created.url} onDone={() => setCreated(null)} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError error={error} shownFields={FIELDS} />
            <Group align="flex-start" wrap="wrap">
              <TextInput
                label={t('invite.email')}
                type="email"
                autoComplete="off"
                required
                w={320}
                {...form.getInputProps('email')}
              />
              <Select
                label={t('invite.role')}
                data={roles.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
                allowDeselect={false}
                required
                w={280}
                {...form.getInputProps('role')}
              />
            </Group>
            <Group>
              <Button type="submit" loading={fetching}>
                {t('invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
