import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSignOut } from '../features/auth/useSignOut';
import { changeLanguage, LANGUAGES } from '../i18n';
import { useViewer } from './session';
import classes from './UserMenu.module.css';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

export function UserMenu() {
  const { t, i18n } = useTranslation('common');
  const { viewer } = useViewer();
  const signOut = useSignOut();

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          style={{ flexShrink: 0 }}
          leftSection={
            <Avatar size="sm" radius="xl" color="indigo" aria-hidden="true">
              {/* Drawn by CSS: initials are decoration, not part of the button's visible label (WCAG 2.5.3). */}
              <span className={classes.initials} data-initials={initials(viewer.displayName)} />
            </Avatar>
          }
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          aria-label={t('userMenu.label', { name: viewer.displayName })}
        >
          <Text size="sm" visibleFrom="md" span>
            {viewer.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.email}</Menu.Label>
        <Menu.Item component={Link} to="/compte" leftSection={<IconUserCircle size={16} aria-hidden="true" />}>
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('userMenu.language')}</Menu.Label>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => changeLanguage(language)}
            rightSection={i18n.language === language ? <IconCheck size={14} aria-hidden="true" /> : null}
            aria-current={i18n.language === language ? 'true' : undefined}
          >
            {t(`languages.${language}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void signOut()} leftSection={<IconLogout size={16} aria-hidden="true" />}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
