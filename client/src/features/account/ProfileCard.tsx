import { Badge, Card, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/session';

export function ProfileCard() {
  const { t } = useTranslation('account');
  const { viewer, memberships, activeMembership } = useViewer();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="account-profile">
      <Title order={2} size="h3" id="account-profile" mb="sm">
        {t('profile.title')}
      </Title>
      <dl style={{ margin: 0 }}>
        <Text component="dt" size="sm" c="dimmed">
          {t('profile.displayName')}
        </Text>
        <Text component="dd" m={0} mb="xs">
          {viewer.displayName}
        </Text>
        <Text component="dt" size="sm" c="dimmed">
          {t('profile.email')}
        </Text>
        <Text component="dd" m={0} mb="xs">
          {viewer.email}
        </Text>
        <Text component="dt" size="sm" c="dimmed">
          {t('profile.memberships')}
        </Text>
        <Text component="dd" m={0}>
          <List listStyleType="none" spacing={4}>
            {memberships.map((membership) => (
              <List.Item key={membership.id}>
                <Group gap="xs">
                  <Text span>{membership.organization.name}</Text>
                  <Badge variant="light" size="sm">
                    {t(`common:roles.${membership.role}`)}
                  </Badge>
                  {membership.id === activeMembership.id ? (
                    <Badge variant="outline" size="sm" color="gray">
                      {t('profile.active')}
                    </Badge>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        </Text>
      </dl>
      <Text size="xs" c="dimmed" mt="md">
        {t('profile.changeHint')}
      </Text>
    </Card>
  );
}
