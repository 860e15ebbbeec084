import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { toUserError } from '../../app/errors';
import { graphql } from '../../gql';
import type { UserTableMembershipFragment } from '../../gql/graphql';

const RemoveMembershipMutation = graphql(`
  mutation RemoveMembership($input: RemoveMembershipInput!) {
    removeMembership(input: $input)
  }
`);

export interface RemoveMembershipButtonProps {
  membership: UserTableMembershipFragment;
  disabled?: boolean;
}

export function RemoveMembershipButton({ membership, disabled }: RemoveMembershipButtonProps) {
  const { t } = useTranslation('users');
  const [opened, { open, close }] = useDisclosure(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, remove] = useMutation(RemoveMembershipMutation);
  const name = membership.user.displayName;

  const confirm = async () => {
    setError(null);
    // The payload is a bare id: name the type so the member list is refetched.
    const result = await remove({ input: { membershipId: membership.id } }, { additionalTypenames: ['Membership'] });
    if (result.error) {
      setError(toUserError(result.error).message);
      return;
    }
    close();
    notifications.show({ color: 'green', message: t('members.removed', { name }) });
  };

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        leftSection={<IconUserMinus size={14} aria-hidden="true" />}
        onClick={() => {
          setError(null);
          open();
        }}
        disabled={disabled}
        aria-label={t('members.removeLabel', { name })}
      >
        {t('members.remove')}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={() => void confirm()}
        loading={fetching}
        error={error}
        danger
        title={t('members.removeTitle')}
        confirmLabel={t('members.removeConfirm')}
      >
        {t('members.removeMessage', { name, organization: membership.organization.name })}
      </ConfirmDialog>
    </>
  );
}
