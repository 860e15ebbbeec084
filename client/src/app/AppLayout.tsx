import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { OrganizationSwitcher } from '../features/organizations/OrganizationSwitcher';
import classes from './AppLayout.module.css';
import { AppNavbar } from './AppNavbar';
import { UserMenu } from './UserMenu';

const MAIN_ID = 'contenu';

export function AppLayout() {
  const { t } = useTranslation('common');
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const location = useLocation();

  // On small screens the navbar overlays the page: close it once a link is followed.
  useEffect(closeNavbar, [location.pathname, closeNavbar]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
      <a href={`#${MAIN_ID}`} className={classes.skipLink}>
        {t('layout.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Burger
              opened={navbarOpened}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label={navbarOpened ? t('layout.closeNavigation') : t('layout.openNavigation')}
              aria-expanded={navbarOpened}
            />
            <Anchor component={Link} to="/" underline="never" c="inherit" visibleFrom="xs">
              <Text fw={700} size="lg">
                {t('appName')}
              </Text>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap" justify="flex-end" miw={0} style={{ flex: 1 }}>
            <OrganizationSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('layout.navigation')}>
        <AppNavbar />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
