import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { MemberTableRowFragment } from '../../gql/graphql';
import { STATUS_COLOR, formatSiret } from './memberFormat';

export const MemberTableRowFragmentDoc = graphql(`
  fragment MemberTableRow on Member {
    id
    name
    siret
    kinds
    city
    department
    status
    network {
      id
      name
    }
  }
`);

export interface MemberTableProps {
  rows: MemberTableRowFragment[];
  showNetwork: boolean;
}

export function MemberTable({ rows, showNetwork }: MemberTableProps) {
  const { t } = useTranslation('members');
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover aria-label={t('title')}>
        <Table.Thead>
          <Table.Tr>
            {showNetwork ? <Table.Th>{t('columns.network')}</Table.Th> : null}
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.siret')}</Table.Th>
            <Table.Th>{t('columns.kinds')}</Table.Th>
            <Table.Th>{t('columns.city')}</Table.Th>
            <Table.Th>{t('columns.department')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.id}>
              {showNetwork ? <Table.Td>{m.network?.name}</Table.Td> : null}
              <Table.Td>
                <Anchor component={Link} to={`/membres/${m.id}`} fw={500}>
                  {m.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {formatSiret(m.siret)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {m.kinds.map((k) => (
                    <Badge key={k} variant="light" size="sm" title={t(`kinds.${k}`)}>
                      {k}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{m.city ?? '—'}</Table.Td>
              <Table.Td>{m.department ?? '—'}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[m.status]} variant="dot">
                  {t(`statuses.${m.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
