import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { appRoutes } from '../../app/routes';
import { useViewer } from '../../app/session';

/** Placeholder home: who you act for and as what; feature pages will bring real widgets. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const { viewer, organization, role } = useViewer();
  const shortcuts = appRoutes.filter(
    (route) => route.path !== '/' && route.navLabelKey && (!route.roles || route.roles.includes(role)),
  );

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{t('greeting', { name: viewer.displayName })}</Text>
      </div>
      <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-organization">
        <Text size="sm" c="dimmed" id="dashboard-organization">
          {t('activeOrganization')}
        </Text>
        <Group gap="sm" mt={4}>
          <Title order={2} size="h3">
            {organization.name}
          </Title>
          <Badge variant="outline" color="gray">
            {t(`common:organizationKinds.${organization.kind}`)}
          </Badge>
        </Group>
        <Group gap="xs" mt="sm">
          <Text size="sm">{t('yourRole')}</Text>
          <Badge variant="light">{t(`common:roles.${role}`)}</Badge>
        </Group>
        <Text size="sm" mt="sm">
          {t(`roleDescriptions.${role}`)}
        </Text>
      </Card>
      {shortcuts.length > 0 ? (
        <section aria-labelledby="dashboard-shortcuts">
          <Title order={2} size="h4" id="dashboard-shortcuts" mb="sm">
            {t('shortcuts')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {shortcuts.map(({ path, navLabelKey, navIcon: Icon }) => (
              <Button
                key={path}
                component={Link}
                to={path}
                variant="light"
                justify="flex-start"
                leftSection={Icon ? <Icon size={18} aria-hidden="true" /> : null}
              >
                {t(navLabelKey ?? '')}
              </Button>
            ))}
          </SimpleGrid>
        </section>
      ) : null}
    </Stack>
  );
}
