import { Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuilding, IconCheck, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useViewer } from '../../app/session';
import { switchOrganization } from '../../app/useActiveOrganization';

/**
 * Header control showing the active organisation and role; with several memberships it is a menu
 * (keyboard: Enter/Space opens, arrows move, Escape closes) that switches organisation.
 */
export function OrganizationSwitcher() {
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  const { memberships, activeMembership, organization, role } = useViewer();
  const roleLabel = t(`roles.${role}`);

  if (memberships.length < 2) {
    return (
      <Group gap="xs" wrap="nowrap" miw={0}>
        <IconBuilding size={18} aria-hidden="true" style={{ flexShrink: 0 }} />
        <Text size="sm" fw={600} truncate="end" miw={0}>
          {organization.name}
        </Text>
        <Badge variant="light" visibleFrom="lg" style={{ flexShrink: 0 }}>
          {roleLabel}
        </Badge>
      </Group>
    );
  }

  const choose = (slug: string, name: string) => {
    if (slug === organization.slug) return;
    switchOrganization(slug);
    navigate('/');
    notifications.show({ message: t('organization.switched', { name }) });
  };

  return (
    <Menu position="bottom-end" width={320} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconBuilding size={16} aria-hidden="true" />}
          rightSection={<IconSelector size={16} aria-hidden="true" />}
          aria-label={t('organization.switcherLabel', { name: organization.name, role: roleLabel })}
          maw="100%"
          miw={0}
          styles={{ label: { overflow: 'hidden' } }}
        >
          <Text size="sm" fw={600} truncate="end" span>
            {organization.name}
          </Text>
          {/* A space, so the visible text reads "name role" like the accessible name (WCAG 2.5.3). */}{' '}
          <Badge ml="xs" variant="light" visibleFrom="lg" component="span" style={{ flexShrink: 0 }}>
            {roleLabel}
          </Badge>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('organization.switchTo')}</Menu.Label>
        {memberships.map((membership) => {
          const current = membership.id === activeMembership.id;
          return (
            <Menu.Item
              key={membership.id}
              onClick={() => choose(membership.organization.slug, membership.organization.name)}
              rightSection={current ? <IconCheck size={16} aria-hidden="true" /> : null}
              aria-current={current ? 'true' : undefined}
            >
              <Stack gap={0}>
                <Text size="sm" fw={current ? 600 : 400}>
                  {membership.organization.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`roles.${membership.role}`)}
                </Text>
              </Stack>
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
