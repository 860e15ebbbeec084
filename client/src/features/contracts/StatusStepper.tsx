import { Alert, Button, Group, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import type { ContractStatus } from '../../gql/graphql';
import { availableTransitions, canApprove } from '../../../../server/src/contracts/contract-transitions';
import type { ContractPageData } from './ContractPage';
import { featureError } from './contractFormat';

const Transition = graphql(`
  mutation TransitionContract($input: TransitionContractInput!) {
    transitionContract(input: $input) { contract { id status version approved } }
  }
`);
const Approve = graphql(`
  mutation ApproveContract($input: ApproveContractInput!) {
    approveContract(input: $input) { contract { id status version approved } }
  }
`);

const STEPS = ['DRAFT', 'NEGOTIATION', 'SIGNED', 'CLOSED'] as const;

/** The life cycle, and only the actions the viewer may take, from the shared transition table. */
export function StatusStepper({ contract: c, onChanged, disabled }: { contract: ContractPageData; onChanged: () => void; disabled?: boolean }) {
  const { t } = useTranslation('contracts');
  const { role } = useViewer();
  const [, move] = useMutation(Transition);
  const [, approve] = useMutation(Approve);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const targets = availableTransitions(c.status, role, c.approved);
  const mayApprove = canApprove(c.status, role, c.approved);
  const run = async (key: string, fn: () => Promise<{ error?: unknown }>) => {
    setBusy(key);
    setError(null);
    const r = await fn();
    setBusy(null);
    if (r.error) setError(featureError(r.error, 'contracts').message);
    else {
      notifications.show({ color: 'green', message: key === 'approve' ? t('approved') : t(`status.${key}`) });
      onChanged();
    }
  };
  const active = c.status === 'CANCELLED' ? -1 : STEPS.indexOf(c.status as (typeof STEPS)[number]);
  return (
    <div>
      <Stepper active={active} size="sm" allowNextStepsSelect={false}>
        {STEPS.map((s) => (
          <Stepper.Step key={s} label={t(`status.${s}`)} />
        ))}
      </Stepper>
      <Group mt="md" gap="sm">
        {c.status === 'NEGOTIATION' ? (
          <Text size="sm" c={c.approved ? 'green.9' : 'dimmed'}>
            {c.approved ? t('approvedBy', { name: c.approvedByName ?? '' }) : t('notApproved')}
          </Text>
        ) : null}
        {c.signedByName ? <Text size="sm" c="dimmed">{t('signedBy', { name: c.signedByName })}</Text> : null}
      </Group>
      <Group mt="sm" gap="sm">
        {mayApprove ? (
          <Button color="teal" disabled={disabled} loading={busy === 'approve'} onClick={() => run('approve', () => approve({ input: { id: c.id, version: c.version } }))}>
            {t('approve')}
          </Button>
        ) : null}
        {targets.map((to) => (
          <Button
            key={to}
            variant={to === 'CANCELLED' || to === 'DRAFT' ? 'default' : 'filled'}
            color={to === 'CANCELLED' ? 'red' : undefined}
            loading={busy === to}
            disabled={disabled}
            onClick={() => run(to, () => move({ input: { id: c.id, version: c.version, to: to as ContractStatus } }))}
          >
            {t(`transition.${to}`)}
          </Button>
        ))}
      </Group>
      {error ? <Alert color="red" mt="sm" role="alert">{error}</Alert> : null}
    </div>
  );
}
