import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileCard } from './ProfileCard';
import { SignOutEverywhereCard } from './SignOutEverywhereCard';

export function AccountPage() {
  const { t } = useTranslation('account');
  return (
    <Stack maw={720} gap="lg">
      <Title order={1}>{t('title')}</Title>
      <ProfileCard />
      <ChangePasswordForm />
      <SignOutEverywhereCard />
    </Stack>
  );
}
