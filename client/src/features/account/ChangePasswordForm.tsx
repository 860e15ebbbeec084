import { Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toUserError, type UserError } from '../../app/errors';
import { FormError } from '../../app/FormError';
import { graphql } from '../../gql';
import { MIN_PASSWORD_LENGTH, validateNewPassword, validatePasswordConfirmation } from '../auth/passwordRules';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const FIELDS = ['currentPassword', 'newPassword', 'newPasswordConfirmation'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const [{ fetching }, changePassword] = useMutation(ChangePasswordMutation);
  const [error, setError] = useState<UserError | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', newPasswordConfirmation: '' },
    validateInputOnBlur: true,
    validate: {
      currentPassword: isNotEmpty(t('errors:fields.required')),
      newPassword: validateNewPassword,
      newPasswordConfirmation: (value, values) => validatePasswordConfirmation(value, values.newPassword),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setError(null);
    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (result.error) {
      const userError = toUserError(result.error);
      setError(userError);
      form.setErrors(userError.fieldErrors);
      return;
    }
    form.reset();
    notifications.show({ color: 'green', title: t('password.changedTitle'), message: t('password.changedMessage') });
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="account-password">
      <Title order={2} size="h3" id="account-password" mb="xs">
        {t('password.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('password.description')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack maw={420}>
          <FormError error={error} shownFields={FIELDS} />
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('password.new')}
            description={t('auth:invitation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('password.confirmation')}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPasswordConfirmation')}
          />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
