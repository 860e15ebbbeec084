import { IconLayoutDashboard, IconUserCircle, IconUsers, type TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { AccountPage } from '../features/account/AccountPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { UsersPage } from '../features/users/UsersPage';
import { USER_MANAGER_ROLES, type Role } from './roles';
import { lazyPage } from './lazyPage';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { FEDERATION_ROLES, REGION_ROLES } from './roles';
import { IconCalendarEvent, IconChecklist } from '@tabler/icons-react';

import { IconChartBar, IconFileCertificate, IconLogout2, IconPercentage, IconTargetArrow } from '@tabler/icons-react';

export interface AppRoute {
  /** react-router path, French words: '/membres', '/membres/:memberId'. */
  path: string;
  element: ReactNode;
  /** i18n key of the nav label ('members:nav'); omit for pages without a nav entry (detail pages). */
  navLabelKey?: string;
  navIcon?: TablerIcon;
  /** Roles (in the active organisation) that may open the page and see its nav entry; omit = all. */
  roles?: readonly Role[];
}

/**
 * Every signed-in page, in nav order. The layout, the guards (signed in, role) and the nav are
 * built from this list: a feature adds its page with one line in the block below.
 */
export const appRoutes: AppRoute[] = [
  { path: '/', element: <DashboardPage />, navLabelKey: 'dashboard:nav', navIcon: IconLayoutDashboard },
  // ── feature pages: one line each, from here ──
  { path: '/membres', element: lazyPage(() => import('../features/members/MembersPage'), 'MembersPage'), navLabelKey: 'members:nav', navIcon: IconBuildingCommunity },
  { path: '/membres/nouvelle', element: lazyPage(() => import('../features/members/MemberCreatePage'), 'MemberCreatePage'), roles: FEDERATION_ROLES },
  { path: '/membres/import', element: lazyPage(() => import('../features/members/ImportPage'), 'ImportPage'), roles: FEDERATION_ROLES },
  { path: '/membres/siret', element: lazyPage(() => import('../features/members/StructuresBySiretPage'), 'StructuresBySiretPage'), roles: REGION_ROLES },
  { path: '/membres/:memberId', element: lazyPage(() => import('../features/members/MemberPage'), 'MemberPage') },
  { path: '/membres/:memberId/modifier', element: lazyPage(() => import('../features/members/MemberEditPage'), 'MemberEditPage'), roles: FEDERATION_ROLES },

  { path: '/reunions', element: lazyPage(() => import('../features/meetings/MeetingsPage'), 'MeetingsPage'), navLabelKey: 'meetings:nav', navIcon: IconCalendarEvent },
  { path: '/reunions/nouvelle', element: lazyPage(() => import('../features/meetings/MeetingFormPage'), 'MeetingFormPage') },
  { path: '/reunions/:meetingId', element: lazyPage(() => import('../features/meetings/MeetingPage'), 'MeetingPage') },
  { path: '/mes-actions', element: lazyPage(() => import('../features/meetings/MyActionsPage'), 'MyActionsPage'), navLabelKey: 'meetings:navActions', navIcon: IconChecklist },
  { path: '/contrats', element: lazyPage(() => import('../features/contracts/ContractsPage'), 'ContractsPage'), navLabelKey: 'contracts:nav', navIcon: IconFileCertificate, roles: [...REGION_ROLES, ...FEDERATION_ROLES] },
  { path: '/contrats/nouveau', element: lazyPage(() => import('../features/contracts/ContractCreatePage'), 'ContractCreatePage'), roles: REGION_ROLES },
  { path: '/contrats/:contractId', element: lazyPage(() => import('../features/contracts/ContractPage'), 'ContractPage') },
  { path: '/mes-objectifs', element: lazyPage(() => import('../features/contracts/MyObjectivesPage'), 'MyObjectivesPage'), navLabelKey: 'contracts:navMine', navIcon: IconTargetArrow, roles: ['STRUCTURE_USER'] },
  { path: '/sorties', element: lazyPage(() => import('../features/exits/ExitReportsPage'), 'ExitReportsPage'), navLabelKey: 'exits:nav', navIcon: IconLogout2 },
  { path: '/eligibilite', element: lazyPage(() => import('../features/exits/EligibilityPage'), 'EligibilityPage'), navLabelKey: 'exits:navEligibility', navIcon: IconPercentage, roles: [...REGION_ROLES, ...FEDERATION_ROLES] },
  { path: '/pilotage-region', element: lazyPage(() => import('../features/contracts/RegionDashboardPage'), 'RegionDashboardPage'), navLabelKey: 'contracts:navDashboard', navIcon: IconChartBar, roles: REGION_ROLES },
  // ── to here ──
  { path: '/utilisateurs', element: <UsersPage />, navLabelKey: 'users:nav', navIcon: IconUsers, roles: USER_MANAGER_ROLES },
  { path: '/compte', element: <AccountPage />, navLabelKey: 'account:nav', navIcon: IconUserCircle },
];
