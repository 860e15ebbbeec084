import { Table } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmedActionButton } from '../../app/ConfirmedActionButton';
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
  const [{ fetching }, revoke] = useMutation(RevokeInvitationMutation);
  return (
    <ConfirmedActionButton
      label={t('invitations.revoke')}
      ariaLabel={t('invitations.revokeLabel', { email: invitation.email })}
      title={t('invitations.revokeTitle')}
      confirmLabel={t('invitations.revokeConfirm')}
      message={t('invitations.revokeMessage', { email: invitation.email })}
      successMessage={t('invitations.revoked', { email: invitation.email })}
      run={() => revoke({ input: { invitationId: invitation.id } }, { additionalTypenames: ['Invitation'] })}
      running={fetching}
    />
  );
}
