import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { toUserError } from '../../app/errors';
import { EmptyState } from '../../app/states/EmptyState';
import { ErrorState } from '../../app/states/ErrorState';
import { Loading } from '../../app/states/Loading';
import { graphql } from '../../gql';
import type { MemberDetailsFragment } from '../../gql/graphql';
import { MemberForm, type MemberFormValues } from './MemberForm';
import { departmentFromPostcode } from '../../../../server/src/members/member.rules';

const MemberEditQuery = graphql(`
  query MemberEdit($id: ID!) {
    member(id: $id) {
      ...MemberDetails
    }
  }
`);

const UpdateMemberMutation = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      member {
        ...MemberDetails
      }
    }
  }
`);

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const formValues = (m: MemberDetailsFragment): MemberFormValues => ({
  name: m.name,
  siret: m.siret,
  kinds: [...m.kinds],
  postcode: str(m.postcode),
  // A department that just follows the postcode stays empty, so it follows a new postcode too.
  department: m.postcode && m.department === departmentFromPostcode(m.postcode) ? '' : str(m.department),
  city: str(m.city),
  address: str(m.address),
  email: str(m.email),
  phone: str(m.phone),
  website: str(m.website),
  etp: m.etp === null || m.etp === undefined ? '' : String(m.etp).replace('.', ','),
  insertionHeadcount: str(m.insertionHeadcount),
  annexNumber: str(m.annexNumber),
  notes: str(m.notes),
});

export function MemberEditPage() {
  const { t } = useTranslation('members');
  const { memberId = '' } = useParams();
  const navigate = useNavigate();
  const [result, refetch] = useQuery({ query: MemberEditQuery, variables: { id: memberId } });
  const [, update] = useMutation(UpdateMemberMutation);
  // The version the user started from; a reload after a conflict moves it to the latest, keeping their input.
  const [version, setVersion] = useState<number | null>(null);

  const m = result.data?.member;
  // Recomputed only when the record itself changes (a reload after a conflict).
  const base = useMemo(() => (m ? formValues(m) : undefined), [m]);

  if (result.error && !result.data) {
    return toUserError(result.error).code === 'NOT_FOUND' ? (
      <EmptyState title={t('detail.notFound')} headingOrder={1} />
    ) : (
      <ErrorState error={result.error} headingOrder={1} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  }
  if (!m || !base) return <Loading />;
  const seen = version ?? m.version;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('form.editTitle', { name: m.name })}</Title>
      <MemberForm
        initialValues={base}
        rebaseOn={base}
        submitLabel={t('actions.save')}
        onCancel={() => navigate(`/membres/${m.id}`)}
        conflictSlot={() => (
          <Alert color="orange" role="alert" title={t('errors:CONFLICT')}>
            <Text size="sm" mb="sm">
              {t('form.conflict')}
            </Text>
            <Button
              size="xs"
              variant="outline"
              onClick={() => {
                refetch({ requestPolicy: 'network-only' });
                setVersion(null);
              }}
            >
              {t('actions.reload')}
            </Button>
          </Alert>
        )}
        onSubmit={async (input) => {
          const r = await update({ input: { ...input, id: m.id, version: seen } });
          if (r.error || !r.data) {
            // Remember the version this form was based on, so a reload shows the newer one.
            setVersion(seen);
            return r.error;
          }
          notifications.show({ color: 'green', message: t('form.saved') });
          navigate(`/membres/${m.id}`);
          return null;
        }}
      />
    </Stack>
  );
}
