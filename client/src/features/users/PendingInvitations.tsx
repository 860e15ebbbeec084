import { Button, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconMailOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { toUserError } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { EmptyState } from '../../app/states/EmptyState';
import { graphql } from '../../gql';
import type { PendingInvitationRowFragment } from '../../gql/graphql';

graphql(`
  fragment PendingInvitationRow on Invitation {
    id
    email
    role
    expiresAt
    organization {
      id
      name
    }
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input)
  }
`);

export interface PendingInvitationsProps {
  invitations: readonly PendingInvitationRowFragment[];
}

export function PendingInvitations({ invitations }: PendingInvitationsProps) {
  const { t } = useTranslation('users');
  if (invitations.length === 0) {
    return <EmptyState icon={<IconMailOff aria-hidden="true" />} title={t('invitations.empty')} />;
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('invitations.email')}</Table.Th>
            <Table.Th scope="col">{t('invitations.organization')}</Table.Th>
            <Table.Th scope="col">{t('invitations.role')}</Table.Th>
            <Table.Th scope="col">{t('invitations.expires')}</Table.Th>
            <Table.Th scope="col">{t('members.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Th scope="row" fw={500}>
                {invitation.email}
              </Table.Th>
              <Table.Td>{invitation.organization.name}</Table.Td>
              <Table.Td>{t(`common:roles.${invitation.role}`)}</Table.Td>
              <Table.Td>{formatDateTime(invitation.expiresAt)}</Table.Td>
              <Table.Td>
                <RevokeInvitationButton invitation={invitation} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RevokeInvitationButton({ invitation }: { invitation: PendingInvitationRowFragment }) {
  const { t } = useTranslation('users');
  const [opened, { open, close }] = useDisclosure(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, revoke] = useMutation(RevokeInvitationMutation);

  const confirm = async () => {
    setError(null);
    const result = await revoke({ input: { invitationId: invitation.id } }, { additionalTypenames: ['Invitation'] });
    if (result.error) {
      setError(toUserError(result.error).message);
      return;
    }
    close();
    notifications.show({ color: 'green', message: t('invitations.revoked', { email: invitation.email }) });
  };

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        onClick={() => {
          setError(null);
          open();
        }}
        aria-label={t('invitations.revokeLabel', { email: invitation.email })}
      >
        {t('invitations.revoke')}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={() => void confirm()}
        loading={fetching}
        error={error}
        danger
        title={t('invitations.revokeTitle')}
        confirmLabel={t('invitations.revokeConfirm')}
      >
        {t('invitations.revokeMessage', { email: invitation.email })}
      </ConfirmDialog>
    </>
  );
}
