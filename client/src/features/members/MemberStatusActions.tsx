import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toUserError, type UserError } from '../../app/errors';
import { FormError } from '../../app/FormError';
import { graphql } from '../../gql';
import type { MemberStatus } from '../../gql/graphql';
import { todayIso } from './memberFormat';

const SetMemberStatusMutation = graphql(`
  mutation SetMemberStatus($input: SetMemberStatusInput!) {
    setMemberStatus(input: $input) {
      member {
        ...MemberDetails
      }
    }
  }
`);

export interface MemberStatusActionsProps {
  member: { id: string; name: string; status: MemberStatus; version: number };
}

/** Suspend, record leaving, or reactivate, from a date. */
export function MemberStatusActions({ member }: MemberStatusActionsProps) {
  const { t } = useTranslation('members');
  const [target, setTarget] = useState<MemberStatus | null>(null);
  const [since, setSince] = useState(todayIso());
  const [error, setError] = useState<UserError | null>(null);
  const [{ fetching }, setStatus] = useMutation(SetMemberStatusMutation);
  const actions: { status: MemberStatus; label: string; color?: string }[] = [];
  if (member.status !== 'ACTIVE') actions.push({ status: 'ACTIVE' as MemberStatus, label: t('status.reactivate') });
  if (member.status === 'ACTIVE') actions.push({ status: 'SUSPENDED' as MemberStatus, label: t('status.suspend'), color: 'orange' });
  if (member.status !== 'LEFT') actions.push({ status: 'LEFT' as MemberStatus, label: t('status.leave'), color: 'gray' });
  const current = actions.find((a) => a.status === target);

  const confirm = async () => {
    if (!target) return;
    setError(null);
    const r = await setStatus({ input: { id: member.id, version: member.version, status: target, since } });
    if (r.error) return setError(toUserError(r.error, { namespace: 'members' }));
    notifications.show({ color: 'green', message: t('status.changed', { status: t(`statuses.${target}`) }) });
    setTarget(null);
  };

  return (
    <>
      <Group gap="xs">
        {actions.map((a) => (
          <Button key={a.status} variant="light" color={a.color} onClick={() => (setTarget(a.status), setSince(todayIso()), setError(null))}>
            {a.label}
          </Button>
        ))}
      </Group>
      <Modal opened={!!target} onClose={() => setTarget(null)} title={current ? t('status.dialogTitle', { action: current.label, name: member.name }) : ''}>
        <Stack>
          <FormError error={error} shownFields={['since']} />
          <TextInput type="date" label={t('status.since')} value={since} onChange={(e) => setSince(e.currentTarget.value)} error={error?.fieldErrors.since} required />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setTarget(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button onClick={confirm} loading={fetching}>
              {t('status.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
