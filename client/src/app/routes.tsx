import { IconLayoutDashboard, IconUserCircle, IconUsers, type TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { AccountPage } from '../features/account/AccountPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { UsersPage } from '../features/users/UsersPage';
import { USER_MANAGER_ROLES, type Role } from './roles';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { FEDERATION_ROLES, REGION_ROLES } from './roles';
import { MembersPage } from '../features/members/MembersPage';
import { MemberCreatePage } from '../features/members/MemberCreatePage';
import { MemberEditPage } from '../features/members/MemberEditPage';
import { MemberPage } from '../features/members/MemberPage';
import { ImportPage } from '../features/members/ImportPage';
import { StructuresBySiretPage } from '../features/members/StructuresBySiretPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { MeetingFormPage } from '../features/meetings/MeetingFormPage';
import { MyActionsPage } from '../features/meetings/MyActionsPage';
import { IconCalendarEvent, IconChecklist } from '@tabler/icons-react';

import { ContractsPage } from '../features/contracts/ContractsPage';
import { ContractCreatePage } from '../features/contracts/ContractCreatePage';
import { ContractPage } from '../features/contracts/ContractPage';
import { MyObjectivesPage } from '../features/contracts/MyObjectivesPage';
import { RegionDashboardPage } from '../features/contracts/RegionDashboardPage';
import { ExitReportsPage } from '../features/exits/ExitReportsPage';
import { EligibilityPage } from '../features/exits/EligibilityPage';
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
  { path: '/membres', element: <MembersPage />, navLabelKey: 'members:nav', navIcon: IconBuildingCommunity },
  { path: '/membres/nouvelle', element: <MemberCreatePage />, roles: FEDERATION_ROLES },
  { path: '/membres/import', element: <ImportPage />, roles: FEDERATION_ROLES },
  { path: '/membres/siret', element: <StructuresBySiretPage />, roles: REGION_ROLES },
  { path: '/membres/:memberId', element: <MemberPage /> },
  { path: '/membres/:memberId/modifier', element: <MemberEditPage />, roles: FEDERATION_ROLES },

  { path: '/reunions', element: <MeetingsPage />, navLabelKey: 'meetings:nav', navIcon: IconCalendarEvent },
  { path: '/reunions/nouvelle', element: <MeetingFormPage /> },
  { path: '/reunions/:meetingId', element: <MeetingPage /> },
  { path: '/mes-actions', element: <MyActionsPage />, navLabelKey: 'meetings:navActions', navIcon: IconChecklist },
  { path: '/contrats', element: <ContractsPage />, navLabelKey: 'contracts:nav', navIcon: IconFileCertificate, roles: [...REGION_ROLES, ...FEDERATION_ROLES] },
  { path: '/contrats/nouveau', element: <ContractCreatePage />, roles: REGION_ROLES },
  { path: '/contrats/:contractId', element: <ContractPage /> },
  { path: '/mes-objectifs', element: <MyObjectivesPage />, navLabelKey: 'contracts:navMine', navIcon: IconTargetArrow, roles: ['STRUCTURE_USER'] },
  { path: '/sorties', element: <ExitReportsPage />, navLabelKey: 'exits:nav', navIcon: IconLogout2 },
  { path: '/eligibilite', element: <EligibilityPage />, navLabelKey: 'exits:navEligibility', navIcon: IconPercentage, roles: [...REGION_ROLES, ...FEDERATION_ROLES] },
  { path: '/pilotage-region', element: <RegionDashboardPage />, navLabelKey: 'contracts:navDashboard', navIcon: IconChartBar, roles: REGION_ROLES },
  // ── to here ──
  { path: '/utilisateurs', element: <UsersPage />, navLabelKey: 'users:nav', navIcon: IconUsers, roles: USER_MANAGER_ROLES },
  { path: '/compte', element: <AccountPage />, navLabelKey: 'account:nav', navIcon: IconUserCircle },
];
