import type pg from 'pg';
import { ORG } from '../seed/demo-ids.js';
import { departmentFromPostcode } from './member.rules.js';

/** Fixed ids of DOMAIN.md's five example structures, for other features' seed steps and tests. */
export const MEMBER = {
  CALANQUES: '00000000-0000-4000-8000-000000002001',
  BUECH: '00000000-0000-4000-8000-000000002002',
  RADE_EST: '00000000-0000-4000-8000-000000002003',
  VENTOUX: '00000000-0000-4000-8000-000000002004',
  BLEONE: '00000000-0000-4000-8000-000000002005',
} as const;

interface SeedMember {
  id: string;
  tenantId: string;
  name: string;
  siret: string;
  kinds: string[];
  postcode: string;
  city: string;
  etp: number;
  headcount: number;
}

const EXAMPLES: SeedMember[] = [
  { id: MEMBER.CALANQUES, tenantId: ORG.CE, name: 'Atelier Calanques Solidaires', siret: '90678901100010', kinds: ['ACI'], postcode: '13003', city: 'Marseille', etp: 12, headcount: 31 },
  { id: MEMBER.BUECH, tenantId: ORG.COCAGNE, name: 'Jardins du Buëch', siret: '83789012800015', kinds: ['ACI'], postcode: '05000', city: 'Gap', etp: 8.5, headcount: 22 },
  { id: MEMBER.RADE_EST, tenantId: ORG.RQ, name: 'Régie Rade Est', siret: '89890123600015', kinds: ['ACI', 'EI'], postcode: '83000', city: 'Toulon', etp: 10, headcount: 27 },
  { id: MEMBER.VENTOUX, tenantId: ORG.FAS, name: 'Chantier Ventoux Patrimoine', siret: '82901234300010', kinds: ['ACI'], postcode: '84000', city: 'Avignon', etp: 6, headcount: 16 },
  { id: MEMBER.BLEONE, tenantId: ORG.COORACE, name: 'Recyclerie Haute-Bléone', siret: '87012345200019', kinds: ['AI'], postcode: '04000', city: 'Digne-les-Bains', etp: 5, headcount: 14 },
];

const PLACES: [string, string][] = [
  ['13001', 'Marseille'], ['13100', 'Aix-en-Provence'], ['13200', 'Arles'], ['13500', 'Martigues'], ['83000', 'Toulon'],
  ['83300', 'Draguignan'], ['84000', 'Avignon'], ['84300', 'Cavaillon'], ['06000', 'Nice'], ['06400', 'Cannes'],
  ['04100', 'Manosque'], ['05000', 'Gap'], ['05100', 'Briançon'], ['83600', 'Fréjus'], ['84100', 'Orange'],
];
const PREFIXES = ['Atelier', 'Chantier', 'Ressourcerie', 'Jardin', 'Régie', 'Recyclerie', 'Entreprise', 'Association'];
const SUFFIXES = ['du Littoral', 'des Collines', 'Solidaire', 'de la Durance', 'Horizon', 'du Lubéron', 'Trait d’Union', 'Émeraude', 'des Alpilles', 'Verte'];
const KINDS_BY_NETWORK: Record<string, string[][]> = {
  [ORG.FAS]: [['ACI'], ['AI'], ['ACI', 'AI']],
  [ORG.CE]: [['ACI'], ['ACI'], ['ACI', 'EI']],
  [ORG.COORACE]: [['AI'], ['ETTI'], ['EI'], ['ACI']],
  [ORG.RQ]: [['ACI'], ['EI'], ['ACI', 'EI']],
  [ORG.COCAGNE]: [['ACI']],
};

/** A SIRET from 13 digits plus the Luhn digit that makes it valid. */
export function siretFrom(thirteen: string): string {
  for (let d = 0; d < 10; d++) {
    const s = thirteen + d;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let n = Number(s[13 - i]);
      if (i % 2 === 1) (n *= 2), n > 9 && (n -= 9);
      sum += n;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

/** Ten more structures per network, deterministic; two real structures are members of two networks. */
function generated(): SeedMember[] {
  const out: SeedMember[] = [];
  const networks = Object.keys(KINDS_BY_NETWORK);
  networks.forEach((tenantId, ni) => {
    for (let i = 0; i < 10; i++) {
      const k = ni * 10 + i;
      const [postcode, city] = PLACES[(k * 7) % PLACES.length];
      out.push({
        id: `00000000-0000-4000-8000-0000000021${String(k).padStart(2, '0')}`,
        tenantId,
        name: `${PREFIXES[(k * 3) % PREFIXES.length]} ${SUFFIXES[(k * 7 + ni) % SUFFIXES.length]} ${city}`,
        siret: siretFrom(`5${String(100000 + k * 7919).padStart(8, '0')}0001`.slice(0, 13)),
        kinds: KINDS_BY_NETWORK[tenantId][i % KINDS_BY_NETWORK[tenantId].length],
        postcode,
        city,
        etp: 3 + ((k * 5) % 18) + (k % 2 ? 0.5 : 0),
        headcount: 8 + ((k * 11) % 40),
      });
    }
  });
  // The same real structure in two networks: the Region's by-SIRET view recognises it.
  const shared = out.find((m) => m.tenantId === ORG.FAS)!;
  out.push({ ...shared, id: '00000000-0000-4000-8000-000000002190', tenantId: ORG.COORACE, kinds: ['AI'] });
  out.push({ ...EXAMPLES[0], id: '00000000-0000-4000-8000-000000002191', tenantId: ORG.FAS, kinds: ['ACI'] });
  return out;
}

export const SEED_MEMBERS: SeedMember[] = [...EXAMPLES, ...generated()];

export async function seedMembers(client: pg.PoolClient | pg.Client): Promise<void> {
  const rows = SEED_MEMBERS.map((m) => ({
    id: m.id,
    tenant_id: m.tenantId,
    name: m.name,
    siret: m.siret,
    kinds: m.kinds,
    postcode: m.postcode,
    department: departmentFromPostcode(m.postcode),
    city: m.city,
    etp: m.etp,
    insertion_headcount: m.headcount,
  }));
  await client.query(
    `insert into member_structures (id, tenant_id, name, siret, kinds, postcode, department, city, etp, insertion_headcount, status_since)
     select x.id, x.tenant_id, x.name, x.siret, x.kinds::structure_kind[], x.postcode, x.department, x.city, x.etp, x.insertion_headcount, date '2024-01-01'
       from jsonb_to_recordset($1::jsonb) as x(id uuid, tenant_id uuid, name text, siret text, kinds text[], postcode text, department text,
            city text, etp numeric, insertion_headcount int)`,
    [JSON.stringify(rows)],
  );
  await client.query(
    `insert into audit_events (id, tenant_id, entity_type, entity_id, action, changes)
     select gen_random_uuid(), tenant_id, 'Member', id, 'CREATED', jsonb_build_object('name', jsonb_build_object('from', null, 'to', name))
       from member_structures`,
  );
  await client.query(`update organizations set member_structure_id = $1 where id = $2`, [MEMBER.CALANQUES, ORG.CALANQUES_ACCOUNT]);
}
