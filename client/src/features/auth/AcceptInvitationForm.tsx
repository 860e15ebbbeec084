import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { hasLength, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { toUserError, type UserError } from '../../app/errors';
import { FormError } from '../../app/FormError';
import { WITHOUT_ORGANIZATION } from '../../app/graphqlClient';
import { graphql } from '../../gql';
import type { InvitationPreviewQuery } from '../../gql/graphql';
import { MIN_PASSWORD_LENGTH, validateNewPassword, validatePasswordConfirmation } from './passwordRules';
import { useStartSession } from './useStartSession';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      expiresAt
      user {
        id
      }
    }
  }
`);

const FIELDS = ['displayName', 'password', 'passwordConfirmation'] as const;

export interface AcceptInvitationFormProps {
  token: string;
  invitation: NonNullable<InvitationPreviewQuery['invitation']>;
}

export function AcceptInvitationForm({ token, invitation }: AcceptInvitationFormProps) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const startSession = useStartSession();
  const [error, setError] = useState<UserError | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { displayName: '', password: '', passwordConfirmation: '' },
    validateInputOnBlur: true,
    validate: {
      displayName: (value) =>
        value.trim() ? hasLength({ max: 120 }, t('errors:fields.too_long', { limit: 120 }))(value) : t('errors:fields.required'),
      password: validateNewPassword,
      passwordConfirmation: (value, values) => validatePasswordConfirmation(value, values.password),
    },
  });

  const submit = form.onSubmit(async ({ displayName, password }) => {
    setError(null);
    const result = await accept({ input: { token, displayName: displayName.trim(), password } }, WITHOUT_ORGANIZATION);
    if (result.error || !result.data) {
      const userError = toUserError(result.error, { messageKeys: { NOT_FOUND: 'auth:invitation.invalidDescription' } });
      setError(userError);
      form.setErrors(userError.fieldErrors);
      return;
    }
    setStarting(true);
    await startSession({ preferOrganizationName: invitation.organizationName });
    navigate('/', { replace: true });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError error={error} shownFields={FIELDS} />
        <TextInput label={t('invitation.email')} value={invitation.email} readOnly autoComplete="username" />
        <TextInput
          label={t('invitation.displayName')}
          description={t('invitation.displayNameHint')}
          autoComplete="name"
          required
          {...form.getInputProps('displayName')}
        />
        <PasswordInput
          label={t('invitation.password')}
          description={t('invitation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('invitation.passwordConfirmation')}
          autoComplete="new-password"
          required
          {...form.getInputProps('passwordConfirmation')}
        />
        <Text size="xs" c="dimmed">
          {t('invitation.existingAccountHint')}
        </Text>
        <Button type="submit" loading={fetching || starting} fullWidth>
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
