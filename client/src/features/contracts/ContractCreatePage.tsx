import { Alert, Button, Card, Group, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { REGION_ROLES } from '../../app/roles';
import { useViewer } from '../../app/session';
import { Forbidden } from '../../app/states/Forbidden';
import { toUserError } from '../../app/errors';
import { graphql } from '../../gql';
import { centsOf } from './contractFormat';
import { ObjectivesEditor, objectiveProblems, toObjectiveInputs, type ObjectiveDraft } from './ObjectivesEditor';

const NetworksQuery = graphql(`
  query ContractNetworks {
    organizations { id name kind }
  }
`);

const CreateContract = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) { contract { id } }
  }
`);

export function ContractCreatePage() {
  const { t } = useTranslation('contracts');
  const { role } = useViewer();
  const navigate = useNavigate();
  const [networks] = useQuery({ query: NetworksQuery });
  const [state, create] = useMutation(CreateContract);
  const year = new Date().getFullYear();
  const [v, setV] = useState({ networkId: '', title: '', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, budget: '' as number | '', coordination: 0 as number | '' });
  const [objectives, setObjectives] = useState<ObjectiveDraft[]>([{ indicator: 'DYNAMIC_EXIT_RATE', target: 60 }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  if (!REGION_ROLES.includes(role)) return <Forbidden />;

  const budget = centsOf(v.budget);
  const coordination = centsOf(v.coordination) ?? 0;
  const live: Record<string, string> = {};
  if (v.periodEnd && v.periodStart && v.periodEnd < v.periodStart) live.periodEnd = t('fieldErrors.contract.period.endBeforeStart');
  if (budget !== null && coordination > budget) live.coordinationCents = t('fieldErrors.contract.coordination.overBudget');
  const all = { ...errors, ...live };
  const invalid = !v.networkId || !v.title.trim() || budget === null || Object.keys(live).length > 0 || objectiveProblems(objectives).some(Boolean);

  const submit = async () => {
    setMessage(null);
    const r = await create({
      input: { networkId: v.networkId, title: v.title, periodStart: v.periodStart, periodEnd: v.periodEnd, budgetCents: budget ?? 0, coordinationCents: coordination, objectives: toObjectiveInputs(objectives) },
    });
    if (r.error) {
      const e = toUserError(r.error, { namespace: 'contracts' });
      setErrors(e.fieldErrors);
      setMessage(e.message);
      return;
    }
    notifications.show({ color: 'green', message: t('form.created') });
    navigate(`/contrats/${r.data!.createContract.contract.id}`);
  };

  return (
    <Stack gap="lg" maw={880}>
      <Title order={1}>{t('form.createTitle')}</Title>
      {message ? <Alert color="red" role="alert">{message}</Alert> : null}
      <Card withBorder>
        <Stack>
          <Select
            label={t('form.network')}
            required
            data={(networks.data?.organizations ?? []).filter((o) => o.kind === 'FEDERATION').map((o) => ({ value: o.id, label: o.name }))}
            value={v.networkId || null}
            onChange={(x) => setV({ ...v, networkId: x ?? '' })}
            error={all.networkId}
          />
          <TextInput label={t('form.title')} required value={v.title} onChange={(e) => setV({ ...v, title: e.currentTarget.value })} error={all.title} />
          <Group grow>
            <TextInput type="date" label={t('form.periodStart')} required value={v.periodStart} onChange={(e) => setV({ ...v, periodStart: e.currentTarget.value })} error={all.periodStart} />
            <TextInput type="date" label={t('form.periodEnd')} required value={v.periodEnd} onChange={(e) => setV({ ...v, periodEnd: e.currentTarget.value })} error={all.periodEnd} />
          </Group>
          <Group grow>
            <NumberInput label={t('form.budget')} required min={0} decimalScale={2} thousandSeparator=" " decimalSeparator="," value={v.budget} onChange={(x) => setV({ ...v, budget: x === '' ? '' : Number(x) })} error={all.budgetCents} />
            <NumberInput label={t('form.coordination')} min={0} decimalScale={2} thousandSeparator=" " decimalSeparator="," value={v.coordination} onChange={(x) => setV({ ...v, coordination: x === '' ? '' : Number(x) })} error={all.coordinationCents} />
          </Group>
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">{t('tabs.objectives')}</Title>
        <ObjectivesEditor value={objectives} onChange={setObjectives} />
      </Card>
      <Group>
        <Button onClick={submit} loading={state.fetching} disabled={invalid}>
          {t('actions.create')}
        </Button>
      </Group>
    </Stack>
  );
}
