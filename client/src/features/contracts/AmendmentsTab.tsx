import { Alert, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatDate } from '../../app/format';
import { graphql } from '../../gql';
import type { ContractPageData } from './ContractPage';
import { centsOf, featureError, formatEuros } from './contractFormat';

const Amend = graphql(`
  mutation AmendContract($input: AmendContractInput!) {
    amendContract(input: $input) { contract { id version budgetCents } }
  }
`);

const money = (field: string, v: string | null) => (v !== null && /Cents$/.test(field) ? formatEuros(Number(v)) : (v ?? '—'));

/** Amendments ("avenants"): before and after of each, and the form for the Region administrator. */
export function AmendmentsTab({ contract: c, onChanged, disabled }: { contract: ContractPageData; onChanged: () => void; disabled?: boolean }) {
  const { t } = useTranslation('contracts');
  const [reason, setReason] = useState('');
  const [budget, setBudget] = useState<number | ''>(c.budgetCents / 100);
  const [error, setError] = useState<string | null>(null);
  const [state, amend] = useMutation(Amend);
  const submit = async () => {
    const r = await amend({ input: { contractId: c.id, version: c.version, reason, budgetCents: centsOf(budget) } });
    if (r.error) return setError(featureError(r.error, 'contracts').message);
    setError(null);
    setReason('');
    notifications.show({ color: 'green', message: t('amendments.signed') });
    onChanged();
  };
  return (
    <Stack>
      {!c.amendments.length ? <Text c="dimmed">{t('amendments.empty')}</Text> : null}
      {c.amendments.map((a) => (
        <Card key={a.id} withBorder>
          <Title order={3} size="h5">{t('amendments.number', { number: a.number })} — {a.reason}</Title>
          <Text size="xs" c="dimmed">{t('amendments.signedBy', { name: a.signedByName ?? '—', date: formatDate(a.signedAt) })}</Text>
          <Table mt="xs">
            <Table.Thead>
              <Table.Tr><Table.Th>{t('amendments.field')}</Table.Th><Table.Th>{t('amendments.before')}</Table.Th><Table.Th>{t('amendments.after')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.changes.map((ch) => (
                <Table.Tr key={ch.field}>
                  <Table.Td>{ch.field}</Table.Td>
                  <Table.Td>{ch.field.startsWith('allocation:') ? formatEuros(Number(ch.before)) : money(ch.field, ch.before)}</Table.Td>
                  <Table.Td>{ch.field.startsWith('allocation:') ? formatEuros(Number(ch.after)) : money(ch.field, ch.after)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
      {c.viewerActions.canAmend ? (
        <Card withBorder>
          <Stack>
            <Title order={3} size="h5">{t('amendments.new')}</Title>
            {error ? <Alert color="red" role="alert">{error}</Alert> : null}
            <TextInput label={t('amendments.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <NumberInput label={t('amendments.budget')} min={0} decimalScale={2} decimalSeparator="," thousandSeparator=" " value={budget} onChange={(v) => setBudget(v === '' ? '' : Number(v))} />
            <Group>
              <Button onClick={submit} loading={state.fetching} disabled={disabled || !reason.trim() || centsOf(budget) === null}>{t('amendments.new')}</Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
