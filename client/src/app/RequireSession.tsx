import { Button, Center, Container } from '@mantine/core';
import { IconBuildingOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSignOut } from '../features/auth/useSignOut';
import { useSession } from './session';
import { EmptyState } from './states/EmptyState';
import { ErrorState } from './states/ErrorState';
import { Loading } from './states/Loading';

/** Signed-out visitors go to /connexion (and come back afterwards); pages render with an active organisation. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'loading') return <Loading fullPage />;
  if (session.status === 'error') {
    return (
      <Container size="sm" py="xl">
        <ErrorState error={session.error} onRetry={session.retry} />
      </Container>
    );
  }
  if (session.status === 'signedOut') {
    return <Navigate to="/connexion" replace state={{ from: location }} />;
  }
  if (session.memberships.length === 0) return <NoMembership />;
  if (!session.activeMembership) return <Loading fullPage />;
  return <Outlet />;
}

function NoMembership() {
  const { t } = useTranslation('common');
  const signOut = useSignOut();
  return (
    <Center mih="100vh">
      <EmptyState
        icon={<IconBuildingOff aria-hidden="true" />}
        headingOrder={1}
        title={t('states.noMembershipTitle')}
        description={t('states.noMembershipDescription')}
        action={<Button onClick={signOut}>{t('userMenu.signOut')}</Button>}
      />
    </Center>
  );
}
