import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LoadingProps {
  /** Defaults to "Chargement…". */
  label?: string;
  /** Centre in the whole viewport (used before the layout exists). */
  fullPage?: boolean;
}

export function Loading({ label, fullPage = false }: LoadingProps) {
  const { t } = useTranslation('common');
  const text = label ?? t('states.loading');
  return (
    <Center mih={fullPage ? '100vh' : 160} role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden="true" />
        <Text c="dimmed" size="sm">
          {text}
        </Text>
      </Stack>
    </Center>
  );
}
