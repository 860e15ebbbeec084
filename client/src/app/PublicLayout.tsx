import { Anchor, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';

export interface PublicLayoutProps {
  title: string;
  children: ReactNode;
}

/** Frame of the pages seen before signing in (sign-in, invitation). */
export function PublicLayout({ title, children }: PublicLayoutProps) {
  const { t, i18n } = useTranslation('common');
  const other = i18n.language === 'en' ? 'fr' : 'en';
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Box w="100%" maw={440} component="main">
        <Stack gap="lg">
          <Stack gap={4} align="center">
            <Text fw={800} size="xl" c="indigo.8">
              {t('appName')}
            </Text>
            <Text size="sm" c="dimmed" ta="center">
              {t('tagline')}
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Title order={1} size="h2" mb="md">
              {title}
            </Title>
            {children}
          </Paper>
          <Group justify="center">
            <Anchor component="button" type="button" size="sm" lang={other} onClick={() => changeLanguage(other)}>
              {t(`languages.${other}`)}
            </Anchor>
          </Group>
        </Stack>
      </Box>
    </Center>
  );
}
