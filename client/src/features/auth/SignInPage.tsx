import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router-dom';
import { useMutation } from 'urql';
import { toUserError, type UserError } from '../../app/errors';
import { FormError } from '../../app/FormError';
import { WITHOUT_ORGANIZATION } from '../../app/graphqlClient';
import { PublicLayout } from '../../app/PublicLayout';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import { useStartSession } from './useStartSession';

const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        id
      }
    }
  }
`);

const FIELDS = ['email', 'password'] as const;

function returnPath(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/connexion') return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export function SignInPage() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [{ fetching }, login] = useMutation(SignInMutation);
  const startSession = useStartSession();
  const [error, setError] = useState<UserError | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validateInputOnBlur: true,
    validate: {
      email: isEmail(t('errors:fields.email.invalid')),
      password: isNotEmpty(t('errors:fields.required')),
    },
  });

  if (session.status === 'signedIn') return <Navigate to={returnPath(location.state)} replace />;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await login({ input: { email: values.email.trim(), password: values.password } }, WITHOUT_ORGANIZATION);
    if (result.error || !result.data) {
      const userError = toUserError(result.error);
      setError(userError);
      form.setErrors(userError.fieldErrors);
      form.setFieldValue('password', '');
      return;
    }
    setStarting(true);
    await startSession();
    navigate(returnPath(location.state), { replace: true });
  });

  return (
    <PublicLayout title={t('signIn.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={error} shownFields={FIELDS} />
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={fetching || starting} fullWidth>
            {t('signIn.submit')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('signIn.invitationHint')}
          </Text>
        </Stack>
      </form>
    </PublicLayout>
  );
}
