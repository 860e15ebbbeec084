import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { journeyHarness, navLink, signIn } from '../helpers/browser.js';

/**
 * The whole contract cycle in the browser: draft, allocate, negotiate with a comment, approve as the
 * network, sign as the Region, report exits as a structure, validate as the network, see the
 * eligibility line as the Region, amend.
 */
describe('objective contract cycle in the browser', () => {
  const h = journeyHarness();
  let contractUrl = '';

  async function as(email: string): Promise<Page> {
    const page = await h.browser.newPage();
    // A failing step leaves a picture of the page behind, for whoever reads the failure.
    onTestFailed(async () => {
      await page.screenshot({ path: `${process.env.E2E_SHOTS ?? '/tmp'}/contracts-failure-${email.split('@')[0]}.png`, fullPage: true }).catch(() => {});
    });
    await signIn(page, email);
    return page;
  }
  /** Opens the contract the way a person does: the nav, then its line in the list. */
  async function openContract(page: Page) {
    await navLink(page, "Contrats d'objectifs").click();
    await page.getByRole('link', { name: 'Contrat 2032 — Chantier école' }).click();
    await page.getByRole('heading', { name: 'Contrat 2032 — Chantier école', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(contractUrl);
  }

  it('Region staff drafts a contract, allocates with a live remaining budget, opens negotiation', async () => {
    const page = await as('region.staff@passerelle.example');
    await navLink(page, "Contrats d'objectifs").click();
    await page.getByRole('link', { name: 'Nouveau contrat' }).click();
    await page.getByRole('heading', { name: "Nouveau contrat d'objectifs" }).waitFor();
    await page.getByRole('combobox', { name: /^Réseau/ }).click();
    await page.getByRole('option', { name: 'Chantier école PACA' }).click();
    await page.getByLabel(/^Intitulé/).fill('Contrat 2032 — Chantier école');
    await page.getByLabel(/^Début de période/).fill('2032-01-01');
    await page.getByLabel(/^Fin de période/).fill('2032-12-31');
    await page.getByLabel(/^Budget/).fill('100000');
    await page.getByLabel(/^Part coordination/).fill('20000');
    await page.getByRole('button', { name: 'Nouveau contrat' }).click();
    await page.getByRole('heading', { name: 'Contrat 2032 — Chantier école', level: 1 }).waitFor();
    contractUrl = new URL(page.url()).pathname;
    await page.getByTestId('contract-status').getByText('Brouillon').waitFor();

    await page.getByRole('tab', { name: 'Allocations' }).click();
    await page.getByTestId('remaining-budget').getByText(/80\s000,00\s€/).waitFor();
    await page.getByRole('combobox', { name: 'Ajouter une structure' }).click();
    await page.getByRole('combobox', { name: 'Ajouter une structure' }).fill('Calanques');
    await page.getByRole('option', { name: /^Atelier Calanques Solidaires/ }).click();
    await page.getByLabel('Montant (€) — Atelier Calanques Solidaires').fill('30000');
    await page.getByTestId('remaining-budget').getByText(/50\s000,00\s€/).waitFor();
    // Over the budget: shown at once, saving is impossible.
    await page.getByLabel('Montant (€) — Atelier Calanques Solidaires').fill('90000');
    await page.getByText(/Les allocations dépassent le budget de 10\s000,00\s€/).waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer' }).isDisabled()).toBe(true);
    await page.getByLabel('Montant (€) — Atelier Calanques Solidaires').fill('30000');
    // The structure's own target, checked as typed with the objectives' rules.
    await page.getByRole('button', { name: 'Cibles — Atelier Calanques Solidaires' }).click();
    const targets = page.getByRole('group', { name: 'Cibles de la structure — Atelier Calanques Solidaires' });
    await targets.getByRole('button', { name: 'Ajouter une cible' }).click();
    await targets.getByRole('combobox', { name: 'Indicateur' }).click();
    await page.getByRole('option', { name: 'Personnes formées' }).click();
    await targets.getByLabel('Cible (nombre)').fill('5,5');
    await targets.getByText('Un nombre entier').waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer' }).isDisabled()).toBe(true);
    await targets.getByLabel('Cible (nombre)').fill('5');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Allocations enregistrées.').waitFor();
    await page.getByTestId('allocation-targets').getByText('Personnes formées : 5').waitFor();

    await page.getByRole('button', { name: 'Ouvrir la négociation' }).click();
    await page.getByTestId('contract-status').getByText('Négociation').waitFor();
    // Staff may not sign: the button is not offered.
    expect(await page.getByRole('button', { name: 'Signer le contrat' }).count()).toBe(0);
    await page.context().close();
  });

  it('the network comments and approves; the Region administrator signs', async () => {
    const network = await as('admin@chantier-ecole.example');
    await openContract(network);
    await network.getByRole('tab', { name: /^Discussion/ }).click();
    await network.getByLabel('Nouveau message').fill('Nous validons la répartition proposée.');
    await network.getByRole('button', { name: 'Envoyer' }).click();
    await network.getByText('Nous validons la répartition proposée.').waitFor();
    await network.getByRole('button', { name: 'Approuver au nom du réseau' }).click();
    await network.getByText(/^Approuvé par Sophie Bernard/).waitFor();
    await network.context().close();

    const region = await as('region.admin@passerelle.example');
    await openContract(region);
    await region.getByRole('button', { name: 'Signer le contrat' }).click();
    await region.getByTestId('contract-status').getByText('Signé').waitFor();
    await region.context().close();
  });

  it('the structure reports its exits with live rates; the network validates', async () => {
    const structure = await as('structure@calanques.example');
    await navLink(structure, 'Sorties').click();
    await structure.getByRole('heading', { name: 'Rapports de sorties', level: 1 }).waitFor();
    await structure.getByRole('button', { name: 'Nouveau rapport' }).click();
    await structure.getByLabel(/^Année/).fill('2032');
    await structure.getByLabel('CDI', { exact: true }).fill('5');
    await structure.getByLabel('CDD de moins de 6 mois').fill('4');
    await structure.getByLabel('Formation qualifiante').fill('3');
    await structure.getByLabel('Chômage').fill('6');
    await structure.getByLabel('Décès').fill('2');
    await structure.getByTestId('examined').getByText('18').waitFor();
    await structure.getByTestId('dynamic-rate').getByText(/66,7\s%/).waitFor();
    await structure.getByTestId('eligibility').getByText('Éligible').waitFor();
    await structure.getByRole('button', { name: 'Enregistrer' }).click();
    await structure.getByText('Rapport enregistré.').waitFor();
    await structure.getByRole('button', { name: 'Transmettre au réseau' }).click();
    await structure.getByText('Transmis', { exact: true }).waitFor();
    await structure.context().close();

    const network = await as('admin@chantier-ecole.example');
    await navLink(network, 'Sorties').click();
    // The network reports for any of its members, found by a server-side search.
    await network.getByRole('button', { name: 'Nouveau rapport' }).click();
    const structureField = network.getByRole('combobox', { name: /^Structure/ });
    await structureField.click();
    await structureField.fill('calanques');
    // The options come from the server's search (debounced), not from a first page filtered in the h.browser.
    await expect.poll(() => network.getByRole('option').count(), { timeout: 5000 }).toBe(1);
    await network.getByRole('option', { name: /^Atelier Calanques Solidaires/ }).click();
    expect(await structureField.inputValue()).toMatch(/^Atelier Calanques Solidaires/);
    await network.getByRole('button', { name: 'Fermer' }).click();
    const row = network.getByTestId('report-Atelier Calanques Solidaires').filter({ hasText: '2032' });
    await row.getByRole('button', { name: 'Valider' }).click();
    await row.getByText('Validé', { exact: true }).waitFor();
    await network.context().close();
  });

  it('the Region sees the eligibility line, then signs an amendment', async () => {
    const region = await as('region.admin@passerelle.example');
    await navLink(region, 'Éligibilité 60 %').click();
    await region.getByRole('heading', { name: 'Éligibilité au taux de 60 %', level: 1 }).waitFor();
    await region.getByLabel('Année').fill('2032');
    const line = region.getByTestId('eligibility-Atelier Calanques Solidaires').filter({ hasText: 'Chantier école PACA' });
    await line.getByText(/66,7\s%/).waitFor();
    await line.getByText('Éligible', { exact: true }).waitFor();
    await region.getByTestId('eligibility-page-info').getByText(/^Lignes 1 à \d+ sur \d+$/).waitFor();
    // Filtered on the outcome, on the server: the totals and the lines follow.
    await region.getByRole('combobox', { name: 'Résultat' }).click();
    await region.getByRole('option', { name: 'Éligible', exact: true }).click();
    await region.getByTestId('eligibility-page-info').getByText('Lignes 1 à 1 sur 1').waitFor();
    await line.getByText('Éligible', { exact: true }).waitFor();

    await openContract(region);
    await region.getByRole('tab', { name: /^Avenants/ }).click();
    await region.getByLabel(/^Objet de l'avenant/).fill('Renfort formation');
    await region.getByLabel('Nouveau budget (€)').fill('110000');
    await region.getByLabel(/^Nouvelle fin de période/).fill('2032-11-30');
    await region.getByRole('button', { name: 'Cibles — Atelier Calanques Solidaires' }).click();
    await region.getByRole('group', { name: 'Cibles de la structure — Atelier Calanques Solidaires' }).getByLabel('Cible (nombre)').fill('6');
    // The before and after are shown before signing…
    const preview = region.getByRole('table', { name: "Ce que l'avenant change" });
    await preview.getByRole('row', { name: /Cible de la structure — Atelier Calanques Solidaires — Personnes formées\s+5\s+6/ }).waitFor();
    await region.getByRole('button', { name: 'Signer un avenant' }).click();
    await region.getByText('Avenant n° 1 — Renfort formation').waitFor();
    // …and kept with the signed amendment.
    await region.getByRole('cell', { name: /110\s000,00\s€/ }).waitFor();
    await region.getByRole('row', { name: /Fin de période\s+31 déc\. 2032\s+30 nov\. 2032/ }).waitFor();
    await region.getByRole('row', { name: /Cible de la structure — Atelier Calanques Solidaires — Personnes formées\s+5\s+6/ }).waitFor();
    await region.getByRole('tab', { name: /^Résultats/ }).click();
    await region.getByText(/66,7\s%\s\(12\/18\)/).waitFor();

    // The dashboard counts the year's contracts by status per network.
    await navLink(region, 'Pilotage Région').click();
    await region.getByRole('heading', { name: 'Pilotage Région', level: 1 }).waitFor();
    await region.getByLabel('Année').fill('2032');
    const counts = region.getByTestId('status-counts-Chantier école PACA');
    await counts.getByRole('cell').nth(3).getByText('1', { exact: true }).waitFor();
    await region.context().close();
  });
});
