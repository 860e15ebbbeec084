import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { toUserError } from '../../app/errors';
import { WITHOUT_ORGANIZATION } from '../../app/graphqlClient';
import { resetSession } from '../../app/useActiveOrganization';
import { graphql } from '../../gql';

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    logoutEverywhere
  }
`);

export function SignOutEverywhereCard() {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [{ fetching }, logoutEverywhere] = useMutation(SignOutEverywhereMutation);

  const confirm = async () => {
    const result = await logoutEverywhere({}, WITHOUT_ORGANIZATION);
    if (result.error) {
      notifications.show({ color: 'red', title: t('signOutEverywhere.failed'), message: toUserError(result.error).message });
      return;
    }
    close();
    resetSession({ forget: true });
    navigate('/connexion', { replace: true });
    notifications.show({ message: t('signOutEverywhere.done') });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="account-sessions">
      <Title order={2} size="h3" id="account-sessions" mb="xs">
        {t('signOutEverywhere.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('signOutEverywhere.description')}
      </Text>
      <Group>
        <Button color="red" variant="light" onClick={open}>
          {t('signOutEverywhere.button')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={() => void confirm()}
        loading={fetching}
        title={t('signOutEverywhere.confirmTitle')}
        confirmLabel={t('signOutEverywhere.confirm')}
        danger
      >
        {t('signOutEverywhere.confirmMessage')}
      </ConfirmDialog>
    </Card>
  );
}
