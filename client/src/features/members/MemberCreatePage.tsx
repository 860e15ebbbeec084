import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { EMPTY_MEMBER, MemberForm } from './MemberForm';

const CreateMemberMutation = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      member {
        id
        name
      }
    }
  }
`);

export function MemberCreatePage() {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const [, create] = useMutation(CreateMemberMutation);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('form.createTitle')}</Title>
      <MemberForm
        initialValues={EMPTY_MEMBER}
        submitLabel={t('actions.save')}
        onCancel={() => navigate('/membres')}
        onSubmit={async (input) => {
          const r = await create({ input });
          if (r.error || !r.data) return r.error;
          const m = r.data.createMember.member;
          notifications.show({ color: 'green', message: t('form.created', { name: m.name }) });
          navigate(`/membres/${m.id}`);
          return null;
        }}
      />
    </Stack>
  );
}
