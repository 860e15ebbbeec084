import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ContractPageData } from './ContractPage';
import { featureError, formatNumber } from './contractFormat';
import { ObjectivesEditor, indicatorLabel, objectiveProblems, toObjectiveInputs, type ObjectiveDraft } from './ObjectivesEditor';

const UpdateObjectives = graphql(`
  mutation UpdateContractObjectives($input: UpdateContractInput!) {
    updateContract(input: $input) { contract { id version approved objectives { id indicator unit target } } }
  }
`);

export function ObjectivesTab({ contract: c, onChanged, disabled }: { contract: ContractPageData; onChanged: () => void; disabled?: boolean }) {
  const { t } = useTranslation('contracts');
  const [draft, setDraft] = useState<ObjectiveDraft[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [state, update] = useMutation(UpdateObjectives);
  const mine = c.allocations.length === 1 && c.viewerActions.canEdit === false ? c.allocations[0] : null;

  if (draft) {
    const save = async () => {
      const r = await update({ input: { id: c.id, version: c.version, objectives: toObjectiveInputs(draft) } });
      if (r.error) return setError(featureError(r.error, 'contracts').message);
      notifications.show({ color: 'green', message: t('objectives.saved') });
      setDraft(null);
      onChanged();
    };
    return (
      <Stack>
        {error ? <Alert color="red" role="alert">{error}</Alert> : null}
        <ObjectivesEditor value={draft} onChange={setDraft} />
        <Group>
          <Button onClick={save} loading={state.fetching} disabled={objectiveProblems(draft).some(Boolean)}>{t('actions.save')}</Button>
          <Button variant="default" onClick={() => setDraft(null)}>{t('common:actions.cancel')}</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack>
      {!c.objectives.length ? (
        <Text c="dimmed">{t('objectives.empty')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('objectives.indicator')}</Table.Th>
              <Table.Th ta="right">{t('objectives.target')}</Table.Th>
              {mine ? <Table.Th ta="right">{t('mine.yourTarget')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.objectives.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{indicatorLabel(o.indicator)}</Table.Td>
                <Table.Td ta="right">{formatNumber(o.target)} {t(`units.${o.unit}`)}</Table.Td>
                {mine ? <Table.Td ta="right">{formatNumber(mine.targets.find((x) => x.indicator === o.indicator)?.target)}</Table.Td> : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {c.viewerActions.canEdit ? (
        <Group>
          <Button variant="light" disabled={disabled} onClick={() => setDraft(c.objectives.map((o) => ({ indicator: o.indicator, target: o.target })))}>
            {t('objectives.edit')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
