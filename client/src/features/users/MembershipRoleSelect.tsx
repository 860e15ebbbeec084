import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toUserError } from '../../app/errors';
import { ROLES_BY_ORGANIZATION_KIND, type Role } from '../../app/roles';
import { graphql } from '../../gql';
import type { UserTableMembershipFragment } from '../../gql/graphql';

const ChangeMembershipRoleMutation = graphql(`
  mutation ChangeMembershipRole($input: ChangeMembershipRoleInput!) {
    changeMembershipRole(input: $input) {
      id
      role
    }
  }
`);

export interface MembershipRoleSelectProps {
  membership: UserTableMembershipFragment;
  /** An administrator does not change their own role here (they could lock themselves out). */
  disabled?: boolean;
}

export function MembershipRoleSelect({ membership, disabled }: MembershipRoleSelectProps) {
  const { t } = useTranslation('users');
  const [{ fetching }, changeRole] = useMutation(ChangeMembershipRoleMutation);
  const roles = ROLES_BY_ORGANIZATION_KIND[membership.organization.kind];

  const onChange = async (value: string | null) => {
    if (!value || value === membership.role) return;
    const role = value as Role;
    const result = await changeRole({ input: { membershipId: membership.id, role } });
    const name = membership.user.displayName;
    if (result.error) {
      notifications.show({ color: 'red', title: t('members.roleChangeFailed', { name }), message: toUserError(result.error).message });
      return;
    }
    notifications.show({ color: 'green', message: t('members.roleChanged', { name, role: t(`common:roles.${role}`) }) });
  };

  return (
    <Select
      aria-label={t('members.roleOf', { name: membership.user.displayName })}
      data={roles.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
      value={membership.role}
      onChange={(value) => void onChange(value)}
      allowDeselect={false}
      disabled={disabled || fetching || roles.length < 2}
      size="sm"
      w={260}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
