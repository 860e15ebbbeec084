import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Forbidden } from '../../app/states/Forbidden';
import { Loading } from '../../app/states/Loading';
import { toUserError } from '../../app/errors';
import { graphql } from '../../gql';
import { mayActOnReport, type ExitReportAction } from '../../../../server/src/exits/exit-report.rules';
import { ELIGIBILITY_COLOR, featureError, formatRate } from '../contracts/contractFormat';
import { ExitReportForm, type EditableReport } from './ExitReportForm';

const ReportsQuery = graphql(`
  query ExitReportsPage {
    exitReports(first: 100) {
      totalCount
      edges {
        node {
          id version year status structureName kinds networkName notExamined
          counts { reasonCode count }
          rates { totalExits examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility }
        }
      }
    }
  }
`);
const Submit = graphql(`mutation SubmitExitReport($input: ExitReportActionInput!) { submitExitReport(input: $input) { exitReport { id status version } } }`);
const Validate = graphql(`mutation ValidateExitReport($input: ExitReportActionInput!) { validateExitReport(input: $input) { exitReport { id status version } } }`);
const Reopen = graphql(`mutation ReopenExitReport($input: ExitReportActionInput!) { reopenExitReport(input: $input) { exitReport { id status version } } }`);

const STATUS_COLOR: Record<string, string> = { DRAFT: 'gray', SUBMITTED: 'blue', VALIDATED: 'green' };

const CONTEXT = { additionalTypenames: ['ExitReport'] };

export function ExitReportsPage() {
  const { t } = useTranslation('exits');
  const { role } = useViewer();
  const [result, refetch] = useQuery({ query: ReportsQuery, context: CONTEXT });
  const [editing, setEditing] = useState<EditableReport | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, submit] = useMutation(Submit);
  const [, validate] = useMutation(Validate);
  const [, reopen] = useMutation(Reopen);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // Versions are stale while the list re-reads: actions wait.
  const refreshing = result.fetching || !!result.stale;
  const asNetwork = role === 'FEDERATION_ADMIN' || role === 'FEDERATION_STAFF';
  const mayCreate = asNetwork || role === 'STRUCTURE_USER';
  const act = async (action: Exclude<ExitReportAction, 'SAVE'>, id: string, version: number) => {
    const fn = action === 'SUBMIT' ? submit : action === 'VALIDATE' ? validate : reopen;
    const r = await fn({ input: { id, version } });
    if (r.error) return setError(featureError(r.error, 'exits').message);
    setError(null);
    notifications.show({ color: 'green', message: t(`actions.${action.toLowerCase()}`) });
    reload();
  };

  let body;
  const rows = result.data?.exitReports.edges.map((e) => e.node) ?? [];
  if (result.error && !result.data) body = toUserError(result.error).code === 'FORBIDDEN' ? <Forbidden /> : <ErrorState error={result.error} onRetry={reload} />;
  else if (!result.data) body = <Loading />;
  else if (!rows.length) body = <EmptyState title={t('empty')} />;
  else
    body = (
      <Table.ScrollContainer minWidth={860}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('structure')}</Table.Th>
              <Table.Th>{t('year')}</Table.Th>
              <Table.Th>{t('rates.examined')}</Table.Th>
              <Table.Th>{t('rates.dynamicRate')}</Table.Th>
              <Table.Th>{t('rates.sustainableRate')}</Table.Th>
              <Table.Th />
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid={`report-${r.structureName}`}>
                <Table.Td>{r.structureName}</Table.Td>
                <Table.Td>{r.year}</Table.Td>
                <Table.Td>{r.rates.examined}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {formatRate(r.rates.dynamicRate)}
                    <Badge size="xs" variant="light" color={ELIGIBILITY_COLOR[r.rates.eligibility]}>{t(`eligibility.${r.rates.eligibility}`)}</Badge>
                  </Group>
                </Table.Td>
                <Table.Td>{formatRate(r.rates.sustainableRate)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}><Badge color={STATUS_COLOR[r.status]} variant="light">{t(`status.${r.status}`)}</Badge></Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end">
                    {mayActOnReport('SAVE', r.status, role) ? <Button size="xs" variant="default" disabled={refreshing} onClick={() => setEditing(r)}>{t('actions.edit')}</Button> : null}
                    {mayActOnReport('SUBMIT', r.status, role) ? <Button size="xs" disabled={refreshing} onClick={() => act('SUBMIT', r.id, r.version)}>{t('actions.submit')}</Button> : null}
                    {mayActOnReport('VALIDATE', r.status, role) ? <Button size="xs" color="teal" disabled={refreshing} onClick={() => act('VALIDATE', r.id, r.version)}>{t('actions.validate')}</Button> : null}
                    {mayActOnReport('REOPEN', r.status, role) ? <Button size="xs" variant="subtle" disabled={refreshing} onClick={() => act('REOPEN', r.id, r.version)}>{t('actions.reopen')}</Button> : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed">{t('subtitle')}</Text>
        </div>
        {mayCreate && !editing ? <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>{t('new')}</Button> : null}
      </Group>
      {error ? <Alert color="red" role="alert">{error}</Alert> : null}
      {editing ? (
        <ExitReportForm
          key={editing === 'new' ? 'new' : editing.id + editing.version}
          report={editing === 'new' ? null : editing}
          asNetwork={asNetwork}
          onDone={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
      {body}
    </Stack>
  );
}
