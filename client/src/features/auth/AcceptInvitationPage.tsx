import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDateTime } from '../../app/format';
import { WITHOUT_ORGANIZATION } from '../../app/graphqlClient';
import { PublicLayout } from '../../app/PublicLayout';
import { ErrorState } from '../../app/states/ErrorState';
import { Loading } from '../../app/states/Loading';
import { graphql } from '../../gql';
import { AcceptInvitationForm } from './AcceptInvitationForm';

const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      role
      organizationName
      expiresAt
    }
  }
`);

export function AcceptInvitationPage() {
  const { t } = useTranslation('auth');
  const { token = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: InvitationPreviewQuery,
    variables: { token },
    context: WITHOUT_ORGANIZATION,
    requestPolicy: 'network-only',
  });

  if (fetching && !data) {
    return (
      <PublicLayout title={t('invitation.title')}>
        <Loading />
      </PublicLayout>
    );
  }
  if (error) {
    return (
      <PublicLayout title={t('invitation.title')}>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </PublicLayout>
    );
  }
  const invitation = data?.invitation;
  if (!invitation) return <InvalidInvitation />;

  return (
    <PublicLayout title={t('invitation.title')}>
      <Stack>
        <Text>
          <Trans
            t={t}
            i18nKey="invitation.intro"
            values={{ organization: invitation.organizationName, role: t(`common:roles.${invitation.role}`) }}
            components={{ strong: <strong /> }}
          />
        </Text>
        <Text size="sm" c="dimmed">
          {t('invitation.expires', { date: formatDateTime(invitation.expiresAt) })}
        </Text>
        <AcceptInvitationForm token={token} invitation={invitation} />
      </Stack>
    </PublicLayout>
  );
}

export function InvalidInvitation() {
  const { t } = useTranslation('auth');
  return (
    <PublicLayout title={t('invitation.invalidTitle')}>
      <Stack>
        <Alert color="orange" variant="light" icon={<IconLinkOff aria-hidden="true" />} role="alert">
          {t('invitation.invalidDescription')}
        </Alert>
        <Anchor component={Link} to="/connexion">
          {t('invitation.goToSignIn')}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
