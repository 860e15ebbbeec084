import { stringify } from 'csv-stringify/sync';
import type { RouteMounter } from '../core/routes.js';
import { withContext } from '../core/routes.js';
import { requireOrganization } from '../core/context.js';
import { badInput, fieldError, forbidden } from '../core/errors.js';
import { idOf } from '../core/relay.js';
import { hasRole, Role } from '../auth/role.js';
import { eligibilityView } from './eligibility.service.js';
import type { EligibilityFilter } from './exit.types.js';

const LABEL = { ELIGIBLE: 'Éligible', NOT_ELIGIBLE: 'Non éligible', UNDEFINED: 'Indéfini' } as const;
/** French spreadsheet conventions: decimal comma, one decimal for percentages, empty when undefined. */
const pct = (r: number | null) => (r === null ? '' : (Math.round(r * 1000) / 10).toFixed(1).replace('.', ','));

/** `/api/eligibility.csv?year=2019&network=<id>&kind=ACI&department=13`: the eligibility view as CSV (`;`, UTF-8 BOM). */
export const mountEligibilityRoutes: RouteMounter = (app, deps) => {
  app.get(
    '/api/eligibility.csv',
    withContext(deps, async (ctx, req, res) => {
      const org = requireOrganization(ctx);
      if (!hasRole(org.role, Role.REGION_STAFF, Role.FEDERATION_STAFF)) throw forbidden('The eligibility view is for the Region and the networks');
      const year = Number(req.query.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput([fieldError('year', 'year.range', 'Give a year')]);
      const filter: EligibilityFilter = {
        kind: (typeof req.query.kind === 'string' && req.query.kind ? req.query.kind : null) as EligibilityFilter['kind'],
        department: typeof req.query.department === 'string' && req.query.department ? req.query.department : null,
      };
      const network = typeof req.query.network === 'string' && req.query.network ? idOf(req.query.network, 'Organization') : null;
      const view = await eligibilityView(ctx, year, filter, network, { limit: 1_000_000, offset: 0 });
      const rows = view.lines.map((l) => [
        l.networkName,
        l.structureName,
        l.siret,
        l.kinds.join(' '),
        l.department ?? '',
        l.rates.examined,
        l.rates.dynamic,
        pct(l.rates.dynamicRate),
        pct(l.rates.sustainableRate),
        pct(l.rates.employmentRate),
        pct(l.rates.threshold),
        LABEL[l.rates.eligibility],
      ]);
      const csv = stringify(rows, {
        delimiter: ';',
        header: true,
        columns: ['Réseau', 'Structure', 'SIRET', 'Types', 'Département', 'Sorties examinées', 'Sorties dynamiques', 'Taux de sorties dynamiques (%)', "Taux d'emploi durable (%)", "Taux d'emploi (%)", 'Seuil (%)', 'Éligibilité'],
      });
      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="eligibilite-${year}.csv"`);
      res.setHeader('cache-control', 'private, no-store');
      res.send('\uFEFF' + csv);
    }),
  );
};
