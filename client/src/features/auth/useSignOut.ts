import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { toUserError } from '../../app/errors';
import { WITHOUT_ORGANIZATION } from '../../app/graphqlClient';
import { resetSession } from '../../app/useActiveOrganization';
import { graphql } from '../../gql';

const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

/** Ends the session on the server, then forgets the organisation and every cached result. */
export function useSignOut(): () => Promise<void> {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [, logout] = useMutation(SignOutMutation);
  return useCallback(async () => {
    const result = await logout({}, WITHOUT_ORGANIZATION);
    if (result.error) {
      notifications.show({ color: 'red', title: t('signOut.failed'), message: toUserError(result.error).message });
      return;
    }
    resetSession({ forget: true });
    navigate('/connexion', { replace: true });
  }, [logout, navigate, t]);
}
