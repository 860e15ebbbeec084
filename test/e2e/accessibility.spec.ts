import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { escapeRegExp, journeyHarness, organizationSwitcher, signIn } from '../helpers/browser.js';
import { toGlobalId } from '../../server/src/core/relay.js';
import { MEMBER } from '../../server/src/members/member.seed.js';
import { MEETING_DEMO } from '../../server/src/meetings/meeting.seed.js';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** Impacts that fail the test; the others are printed (AXE_VERBOSE=1) so they can be worked on. */
const BLOCKING = new Set(['serious', 'critical']);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

const calanques = `/membres/${toGlobalId('Member', MEMBER.CALANQUES)}`;
const firstMeeting = `/reunions/${toGlobalId('Meeting', MEETING_DEMO.FIRST)}`;

/** A page to audit: a path to open, or the steps that reach a state (a form with errors, a tab). */
type Step = string | { name: string; open: (page: Page) => Promise<void> };

/** Opens the first contract of the list, then each of its tabs in turn (audited one by one). */
const contractTabs = (tabs: string[]): Step[] => [
  {
    name: '/contrats/:id',
    open: async (page) => {
      await page.goto('/contrats');
      await settle(page);
      await page.getByRole('link', { name: /^Contrat d'objectifs 2019/ }).first().click();
      await page.getByRole('heading', { name: /^Contrat d'objectifs 2019/, level: 1 }).waitFor();
    },
  },
  ...tabs.map((tab) => ({ name: `/contrats/:id (${tab})`, open: (page: Page) => page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click() })),
];

/** Submits the form of the current page empty, so that its field errors show. */
const submitEmpty = (path: string, button: string): Step => ({
  name: `${path} (errors)`,
  open: async (page) => {
    await page.goto(path);
    await settle(page);
    await page.getByRole('button', { name: button }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
  },
});

/** The main pages of each role, in French (the browser's locale and the app's default). */
const JOURNEYS: { email: string; steps: Step[] }[] = [
  {
    email: 'region.admin@passerelle.example',
    steps: [
      '/', '/utilisateurs', '/membres', '/membres/siret', calanques, '/reunions', firstMeeting, '/reunions/nouvelle',
      submitEmpty('/reunions/nouvelle', 'Planifier la réunion'), '/mes-actions', '/compte',
      '/contrats', '/contrats/nouveau', ...contractTabs(['Allocations', 'Discussion', 'Résultats', 'Avenants', 'Historique']),
      '/pilotage-region', '/sorties', '/eligibilite',
    ],
  },
  {
    email: 'admin@chantier-ecole.example',
    steps: [
      '/', '/utilisateurs', '/membres', calanques, '/membres/nouvelle', submitEmpty('/membres/nouvelle', 'Enregistrer'),
      `${calanques}/modifier`, '/membres/import', '/reunions', firstMeeting, '/mes-actions', '/compte',
      '/contrats', ...contractTabs(['Allocations', 'Discussion', 'Résultats']), '/sorties', '/eligibilite',
    ],
  },
  {
    email: 'structure@calanques.example',
    steps: ['/', '/membres', calanques, '/reunions', '/mes-actions', '/compte', '/mes-objectifs', '/sorties'],
  },
];

/** Waits until the page shows its level-1 heading and nothing is loading any more. */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByRole('status').filter({ hasText: 'Chargement…' }).first().waitFor({ state: 'detached' });
}

/** Runs axe-core on the whole document; returns the violations. */
async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  // Mantine's transitions (menus, notifications) settle before the audit.
  await page.waitForTimeout(250);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), failureSummary: n.failureSummary })),
    }));
  });
}

function describeViolations(where: string, violations: AxeViolation[]): string[] {
  return violations.map((v) => `${where}: [${v.impact}] ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Audits the page; returns the blocking violations as readable lines (rule id, impact, where). */
async function audit(page: Page, where: string): Promise<string[]> {
  const violations = await axe(page);
  if (process.env.AXE_VERBOSE)
    for (const v of violations) console.log(`${where}: [${v.impact}] ${v.id}\n${v.nodes.map((n) => `  ${n.target.join(' ')} ${n.html}: ${n.failureSummary}`).join('\n')}`);
  return describeViolations(
    where,
    violations.filter((v) => BLOCKING.has(v.impact ?? '')),
  );
}

describe('accessibility (axe-core, French)', () => {
  const h = journeyHarness();

  it('the sign-in page has no serious or critical violation', async () => {
    const page = await h.browser.newPage();
    await page.goto('/connexion');
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await audit(page, '/connexion')).toEqual([]);
    // The error state of the form too.
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForTimeout(200);
    expect(await audit(page, '/connexion (empty submit)')).toEqual([]);
  });

  for (const { email, steps } of JOURNEYS) {
    it(`${email}: every main page has no serious or critical violation`, async () => {
      const page = await h.browser.newPage();
      await signIn(page, email);
      const found: string[] = [];
      for (const step of steps) {
        if (typeof step === 'string') await page.goto(step);
        else await step.open(page);
        await settle(page);
        found.push(...(await audit(page, typeof step === 'string' ? step : step.name)));
      }
      expect(found).toEqual([]);
    }, 120_000);
  }

  it('error, empty and not-found states keep a level-1 heading and have no serious or critical violation', async () => {
    const page = await h.browser.newPage();
    await signIn(page, 'admin@chantier-ecole.example');
    const found: string[] = [];
    const missing = toGlobalId('Meeting', '00000000-0000-4000-8000-00000000ffff');
    for (const path of ['/membres?q=zzzz-aucune', `/reunions/${missing}`, `/membres/${toGlobalId('Member', '00000000-0000-4000-8000-00000000ffff')}`, '/nulle-part']) {
      await page.goto(path);
      await settle(page);
      found.push(...(await audit(page, path)));
    }
    // Every query fails (but the viewer's): the pages show their error state.
    await page.route('**/graphql', (route) =>
      (route.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'Viewer'
        ? route.continue()
        : route.fulfill({ contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) }),
    );
    for (const path of ['/membres', '/reunions', firstMeeting, calanques, '/mes-actions', '/utilisateurs']) {
      await page.goto(path);
      await settle(page);
      await page.getByRole('alert').first().waitFor();
      found.push(...(await audit(page, `${path} (error)`)));
    }
    expect(found).toEqual([]);
  });

  it('the keyboard reaches the organisation switcher from the top of the page and opens it', async () => {
    const page = await h.browser.newPage();
    await signIn(page, 'multi@passerelle.example');
    await page.goto('/');
    await settle(page);
    await page.locator('body').focus();
    const focusedIsSwitcher = () => organizationSwitcher(page).evaluate((el) => el === document.activeElement);
    // The skip link comes first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    let presses = 1;
    while (!(await focusedIsSwitcher()) && presses < 10) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focusedIsSwitcher()).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    expect(await page.getByRole('menuitem').count()).toBe(2);
    expect(await audit(page, '/ (organisation menu open)')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    expect(await focusedIsSwitcher()).toBe(true);
    // Space opens it too; the arrows reach the other organisation and Enter switches to it.
    await page.keyboard.press('Space');
    await page.getByRole('menu').waitFor();
    const other = page.getByRole('menuitem').and(page.locator(':not([aria-current])'));
    const otherName = (await other.locator('p').first().textContent()) ?? '';
    for (let i = 0; i < 3 && !(await other.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    expect(await other.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await organizationSwitcher(page).and(page.getByRole('button', { name: new RegExp(escapeRegExp(otherName)) })).waitFor();
  });
});
