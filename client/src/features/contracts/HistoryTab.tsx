import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { ContractPageData } from './ContractPage';

export function HistoryTab({ contract: c }: { contract: ContractPageData }) {
  const { t } = useTranslation('contracts');
  const rows = c.history.edges.map((e) => e.node);
  if (!rows.length) return <Text c="dimmed">{t('history.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <Table.Tbody>
          {rows.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td w={180}>{formatDateTime(h.createdAt)}</Table.Td>
              <Table.Td>{h.action}</Table.Td>
              <Table.Td>{h.actorName ? t('history.by', { name: h.actorName, organization: h.actorOrganizationName ?? '—' }) : '—'}</Table.Td>
              <Table.Td><Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>{h.changes ?? ''}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
