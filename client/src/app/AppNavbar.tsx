import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router-dom';
import { appRoutes } from './routes';
import { useViewer } from './session';

function isActive(path: string, pathname: string): boolean {
  if (path === '/') return pathname === '/';
  return pathname === path || pathname.startsWith(`${path}/`);
}

/** Nav entries of routes.tsx the active role may open (rendered inside AppShell.Navbar, a <nav>). */
export function AppNavbar() {
  const { t } = useTranslation();
  const { role } = useViewer();
  const { pathname } = useLocation();
  const entries = appRoutes.filter(
    (route) => route.navLabelKey && (!route.roles || route.roles.includes(role)),
  );
  return (
    <Stack gap={2}>
      {entries.map(({ path, navLabelKey, navIcon: Icon }) => (
        <NavLink
          key={path}
          component={RouterNavLink}
          to={path}
          end={path === '/'}
          active={isActive(path, pathname)}
          label={t(navLabelKey ?? '')}
          leftSection={Icon ? <Icon size={18} stroke={1.6} aria-hidden="true" /> : null}
        />
      ))}
    </Stack>
  );
}
