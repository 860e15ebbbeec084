import { Badge, Checkbox, Group, List, Pagination, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from './uploadImport';

const ACTION_COLOR: Record<string, string> = { CREATE: 'green', UPDATE: 'blue', UNCHANGED: 'gray', ERROR: 'red' };
const PAGE = 100;

/** Every row of the file with what the import will do, and every error with its line and field. */
export function ImportPreview({ report }: { report: ImportReport }) {
  const { t } = useTranslation('members');
  const [onlyErrors, setOnlyErrors] = useState(report.errorRows > 0);
  const [page, setPage] = useState(1);
  const rows = useMemo(() => (onlyErrors ? report.rows.filter((r) => r.action === 'ERROR') : report.rows), [report, onlyErrors]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((page - 1) * PAGE, page * PAGE);
  const fieldLabel = (field: string) => t(`fields.${field}`, { defaultValue: field });

  return (
    <Stack>
      {report.errorRows > 0 ? (
        <Checkbox label={t('import.onlyErrors')} checked={onlyErrors} onChange={(e) => (setOnlyErrors(e.currentTarget.checked), setPage(1))} />
      ) : null}
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-label={t('import.steps.preview')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.columns.line')}</Table.Th>
              <Table.Th>{t('import.columns.action')}</Table.Th>
              <Table.Th>{t('import.columns.name')}</Table.Th>
              <Table.Th>{t('import.columns.siret')}</Table.Th>
              <Table.Th>{t('import.columns.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.line}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td w={130} style={{ whiteSpace: 'nowrap' }}>
                  <Badge color={ACTION_COLOR[r.action]} variant="light" style={{ overflow: 'visible' }}>
                    {t(`import.actions.${r.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td ff="monospace">{r.siret}</Table.Td>
                <Table.Td>
                  {r.errors.length ? (
                    <List size="sm" c="red">
                      {r.errors.map((e, i) => (
                        <List.Item key={i}>
                          {fieldLabel(e.field)} : {t(`fieldErrors.${e.code}`, { defaultValue: e.message })}
                        </List.Item>
                      ))}
                    </List>
                  ) : r.changedFields.length ? (
                    <Text size="sm">{t('import.changes', { fields: r.changedFields.map(fieldLabel).join(', ') })}</Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 ? (
        <Group justify="flex-end">
          <Pagination total={pages} value={page} onChange={setPage} />
        </Group>
      ) : null}
    </Stack>
  );
}
