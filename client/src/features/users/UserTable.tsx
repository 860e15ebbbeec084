import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import type { UserTableMembershipFragment } from '../../gql/graphql';
import { MembershipRoleSelect } from './MembershipRoleSelect';
import { RemoveMembershipButton } from './RemoveMembershipButton';

graphql(`
  fragment UserTableMembership on Membership {
    id
    role
    user {
      id
      displayName
      email
    }
    organization {
      id
      name
      kind
    }
  }
`);

export interface UserTableProps {
  memberships: readonly UserTableMembershipFragment[];
}

export function UserTable({ memberships }: UserTableProps) {
  const { t } = useTranslation('users');
  const { viewer, organization } = useViewer();
  const showOrganization = memberships.some((m) => m.organization.id !== organization.id);

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('members.name')}</Table.Th>
            <Table.Th scope="col">{t('members.email')}</Table.Th>
            {showOrganization ? <Table.Th scope="col">{t('members.organization')}</Table.Th> : null}
            <Table.Th scope="col">{t('members.role')}</Table.Th>
            <Table.Th scope="col">{t('members.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {memberships.map((membership) => {
            const isSelf = membership.user.id === viewer.id;
            return (
              <Table.Tr key={membership.id}>
                <Table.Th scope="row" fw={500}>
                  <Group gap="xs">
                    <span>{membership.user.displayName}</span>
                    {isSelf ? (
                      <Badge size="xs" variant="outline" color="gray">
                        {t('members.you')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Th>
                <Table.Td>{membership.user.email}</Table.Td>
                {showOrganization ? <Table.Td>{membership.organization.name}</Table.Td> : null}
                <Table.Td>
                  <MembershipRoleSelect membership={membership} disabled={isSelf} />
                </Table.Td>
                <Table.Td>
                  <RemoveMembershipButton membership={membership} disabled={isSelf} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
