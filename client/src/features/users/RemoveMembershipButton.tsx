import { IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmedActionButton } from '../../app/ConfirmedActionButton';
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
  const [{ fetching }, remove] = useMutation(RemoveMembershipMutation);
  const name = membership.user.displayName;
  return (
    <ConfirmedActionButton
      label={t('members.remove')}
      ariaLabel={t('members.removeLabel', { name })}
      leftSection={<IconUserMinus size={14} aria-hidden="true" />}
      disabled={disabled}
      title={t('members.removeTitle')}
      confirmLabel={t('members.removeConfirm')}
      message={t('members.removeMessage', { name, organization: membership.organization.name })}
      successMessage={t('members.removed', { name })}
      // The payload is a bare id: name the type so the member list is refetched.
      run={() => remove({ input: { membershipId: membership.id } }, { additionalTypenames: ['Membership'] })}
      running={fetching}
    />
  );
}
