// Fixed ids of the demo data, so that every feature's seed step can refer to the same rows.
export const ORG = {
  REGION: '00000000-0000-4000-8000-000000000001',
  FAS: '00000000-0000-4000-8000-000000000010',
  CE: '00000000-0000-4000-8000-000000000011',
  COORACE: '00000000-0000-4000-8000-000000000012',
  RQ: '00000000-0000-4000-8000-000000000013',
  COCAGNE: '00000000-0000-4000-8000-000000000014',
  /** The account of "Atelier Calanques Solidaires", a Chantier école member. */
  CALANQUES_ACCOUNT: '00000000-0000-4000-8000-000000000101',
} as const;

export const USER = {
  REGION_ADMIN: '00000000-0000-4000-8000-000000001001',
  REGION_STAFF: '00000000-0000-4000-8000-000000001002',
  CE_ADMIN: '00000000-0000-4000-8000-000000001003',
  FAS_STAFF: '00000000-0000-4000-8000-000000001004',
  MULTI: '00000000-0000-4000-8000-000000001005',
  CALANQUES: '00000000-0000-4000-8000-000000001006',
} as const;

/** The demo password of every demo account (development only; production never seeds). */
export const DEMO_PASSWORD = 'Passerelle-demo-2026';

export const NETWORKS = [
  { id: ORG.FAS, slug: 'fas', code: 'FAS', name: 'Fédération des acteurs de la solidarité PACA' },
  { id: ORG.CE, slug: 'chantier-ecole', code: 'CE', name: 'Chantier école PACA' },
  { id: ORG.COORACE, slug: 'coorace', code: 'COORACE', name: 'COORACE PACA' },
  { id: ORG.RQ, slug: 'regies-mediterranee', code: 'RQ', name: 'Régies Méditerranée' },
  { id: ORG.COCAGNE, slug: 'cocagne', code: 'COCAGNE', name: 'Réseau Cocagne PACA' },
] as const;

export const DEMO_ACCOUNTS = [
  { id: USER.REGION_ADMIN, email: 'region.admin@passerelle.example', name: 'Claire Martin', memberships: [[ORG.REGION, 'REGION_ADMIN']] },
  { id: USER.REGION_STAFF, email: 'region.staff@passerelle.example', name: 'Julien Roux', memberships: [[ORG.REGION, 'REGION_STAFF']] },
  { id: USER.CE_ADMIN, email: 'admin@chantier-ecole.example', name: 'Sophie Bernard', memberships: [[ORG.CE, 'FEDERATION_ADMIN']] },
  { id: USER.FAS_STAFF, email: 'staff@fas.example', name: 'Karim Haddad', memberships: [[ORG.FAS, 'FEDERATION_STAFF']] },
  {
    id: USER.MULTI,
    email: 'multi@passerelle.example',
    name: 'Élise Garnier',
    memberships: [
      [ORG.COCAGNE, 'FEDERATION_ADMIN'],
      [ORG.RQ, 'FEDERATION_STAFF'],
    ],
  },
  { id: USER.CALANQUES, email: 'structure@calanques.example', name: 'Nadia Benali', memberships: [[ORG.CALANQUES_ACCOUNT, 'STRUCTURE_USER']] },
] as const;
