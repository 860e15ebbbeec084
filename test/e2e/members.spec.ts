import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { journeyHarness, navLink, signIn } from '../helpers/browser.js';
import { siretFrom } from '../../server/src/members/member.seed.js';
import { MEMBER } from '../../server/src/members/member.seed.js';
import { toGlobalId } from '../../server/src/core/relay.js';

const CE = '00000000-0000-4000-8000-000000000011';
const dir = mkdtempSync(path.join(tmpdir(), 'passerelle-members-'));

describe('member structures in the browser', () => {
  const h = journeyHarness();
  const pages: Page[] = [];

  async function open(email: string): Promise<Page> {
    const page = await h.browser.newPage();
    pages.push(page);
    await signIn(page, email);
    await navLink(page, 'Structures adhérentes').click();
    await page.getByRole('heading', { name: 'Structures adhérentes', level: 1 }).waitFor();
    return page;
  }

  it('searches and filters the register; the URL reproduces the view', async () => {
    const page = await open('admin@chantier-ecole.example');
    await page.getByRole('link', { name: 'Atelier Calanques Solidaires' }).waitFor();
    await page.getByLabel('Rechercher').fill('calanques');
    await page.waitForURL(/q=calanques/);
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(2);
    await page.getByText('1 structure', { exact: true }).waitFor();
    // Status filter: nobody has left.
    await page.getByRole('combobox', { name: 'Statuts' }).click();
    await page.getByRole('option', { name: 'Sortie' }).click();
    await page.waitForURL(/statuts=LEFT/);
    await page.getByText('Aucune structure ne correspond à ces filtres.').waitFor();
    // A link reproduces the view.
    const again = await h.browser.newPage();
    pages.push(again);
    await signIn(again, 'admin@chantier-ecole.example');
    await again.goto(new URL(page.url()).pathname + new URL(page.url()).search);
    await again.getByText('Aucune structure ne correspond à ces filtres.').waitFor();
    await again.goto('/membres?depts=13');
    await again.getByRole('link', { name: 'Atelier Calanques Solidaires' }).waitFor();
    const depts = await again.getByRole('table').getByRole('row').allTextContents();
    expect(depts.slice(1).every((r) => r.includes('13'))).toBe(true);
  });

  it('creates a structure: a field error as you type, fixed; then the server’s own field error in French', async () => {
    const page = await open('admin@chantier-ecole.example');
    await page.getByRole('link', { name: 'Nouvelle structure' }).click();
    await page.getByRole('heading', { name: 'Nouvelle structure adhérente' }).waitFor();
    await page.getByLabel('Raison sociale').fill('Atelier du Navigateur');
    await page.getByLabel('SIRET').fill('123 456 789 12345');
    await page.getByText("Ce SIRET n'est pas valide (clé de contrôle).").waitFor();
    await page.getByLabel('SIRET').fill('906 789 011 00010'); // valid, but Calanques has it
    await page.getByText("Ce SIRET n'est pas valide (clé de contrôle).").waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Types de structure' }).click();
    await page.getByRole('option', { name: /^ACI —/ }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Code postal').fill('13002');
    await page.getByLabel('Courriel').fill('pas-un-courriel');
    await page.getByText('Adresse e-mail invalide.').waitFor();
    await page.getByLabel('Courriel').fill('contact@navigateur.example');
    await page.getByLabel('ETP conventionnés').fill('7,5');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Une autre structure du réseau a déjà ce SIRET.').waitFor();
    await page.getByLabel('SIRET').fill('73282932000074');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'Atelier du Navigateur', level: 1 }).waitFor();
    await page.getByText('7,5', { exact: true }).waitFor();
    const [row] = await h.app.sql(`select department, etp::text from member_structures where siret = '73282932000074'`);
    expect(row).toEqual({ department: '13', etp: '7.50' });
  });

  it('imports a file: the preview shows each error with its line, then a clean file goes in', async () => {
    const header = 'Raison sociale;SIRET;Type de structure;Code postal;Commune;ETP conventionnés';
    const good = [header, ...Array.from({ length: 30 }, (_, i) => `Chantier importé ${i};${siretFrom(`44${String(i).padStart(11, '0')}`)};ACI;84000;Avignon;${i},5`)];
    const bad = [...good.slice(0, 5), `Ligne fausse;12345678912345;ACI;84000;Avignon;1`, `Code faux;${siretFrom('4500000000001')};ACI;840;Avignon;1`];
    writeFileSync(path.join(dir, 'bad.csv'), bad.join('\r\n'));
    writeFileSync(path.join(dir, 'good.csv'), good.join('\r\n'));
    const page = await open('admin@chantier-ecole.example');
    await page.getByRole('link', { name: 'Importer un fichier' }).click();
    await page.getByRole('heading', { name: 'Importer un registre' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(path.join(dir, 'bad.csv'));
    await page.getByRole('button', { name: 'Analyser le fichier' }).click();
    await page.getByText('6 lignes : 4 à créer, 0 à mettre à jour, 0 inchangées, 2 en erreur.').waitFor();
    await page.getByRole('row', { name: /^6 Erreur/ }).getByText("Ce SIRET n'est pas valide (clé de contrôle).").waitFor();
    await page.getByRole('row', { name: /^7 Erreur/ }).getByText('Un code postal compte 5 chiffres.').waitFor();
    expect(await page.getByRole('button', { name: /^Importer \d+ lignes/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Choisir un autre fichier' }).click();
    await page.locator('input[type=file]').setInputFiles(path.join(dir, 'good.csv'));
    await page.getByRole('button', { name: 'Analyser le fichier' }).click();
    await page.getByText('30 lignes : 30 à créer').waitFor();
    await page.getByRole('row', { name: /^2 Création Chantier importé 0/ }).waitFor();
    await page.getByRole('button', { name: 'Importer 30 lignes' }).click();
    await page.getByText('30 structures créées, 0 mises à jour, 0 inchangées.').waitFor();
    expect((await h.app.sql(`select count(*)::int as n from member_structures where name like 'Chantier importé %'`))[0].n).toBe(30);
    await page.getByRole('link', { name: 'Voir le registre' }).click();
    await page.getByLabel('Rechercher').fill('importé');
    await page.getByText('30 structures', { exact: true }).waitFor();
  });

  it('exports the filtered register as a CSV for a French spreadsheet', async () => {
    const page = await open('admin@chantier-ecole.example');
    await page.getByLabel('Rechercher').fill('calanques');
    await page.waitForURL(/q=calanques/);
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^registre-chantier-ecole-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Atelier Calanques Solidaires;90678901100010;ACI;/);
  });

  it('edits a structure, changes its status, and reads who changed what in the history', async () => {
    const page = await open('admin@chantier-ecole.example');
    await page.getByRole('link', { name: 'Atelier Calanques Solidaires' }).click();
    await page.getByRole('heading', { name: 'Atelier Calanques Solidaires', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Modifier' }).click();
    await page.getByLabel('Commune').fill('Marseille 3e');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'Atelier Calanques Solidaires', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Suspendre' }).click();
    await page.getByLabel('À compter du').fill('2026-11-01');
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Suspendue', { exact: true }).first().waitFor();
    await page.getByRole('tab', { name: /Historique/ }).click();
    await page.getByText('Modification', { exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Marseille 3e' }).waitFor();
    await page.getByRole('cell', { name: 'Marseille', exact: true }).waitFor();
    await page.getByText('Changement de statut').waitFor();
    await page.getByText(/par Sophie Bernard/).first().waitFor();
    // Restore for the other journeys.
    await page.getByRole('button', { name: 'Réactiver' }).click();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByRole('button', { name: 'Suspendre' }).waitFor();
  });

  it('a network admin gives a structure its account and gets an invitation link for its staff', async () => {
    const page = await open('admin@chantier-ecole.example');
    await page.getByLabel('Rechercher').fill('Lubéron');
    await page.getByRole('link', { name: /^Régie du Lubéron/ }).click();
    await page.getByRole('heading', { name: 'Compte de la structure' }).waitFor();
    await page.getByRole('button', { name: 'Créer le compte de la structure' }).click();
    await page.getByText(/^Compte « Régie du Lubéron/).waitFor();
    await page.getByLabel('Adresse e-mail de la personne à inviter').fill('directeur@luberon.example');
    await page.getByRole('button', { name: 'Inviter', exact: true }).click();
    const link = await page.getByRole('textbox', { name: /lien/i }).inputValue();
    expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]+$/);
    const [org] = await h.app.sql(`select o.kind, o.tenant_id, m.name from organizations o join member_structures m on m.id = o.member_structure_id where o.slug like 'regie-du-luberon%'`);
    expect(org).toMatchObject({ kind: 'STRUCTURE', name: expect.stringMatching(/^Régie du Lubéron/) });
  });

  it('two people edit the same structure: the second gets a conflict, reloads, and keeps what they typed', async () => {
    const page = await open('admin@chantier-ecole.example');
    await page.getByLabel('Rechercher').fill('Alpilles');
    await page.getByRole('link', { name: /^Chantier des Alpilles/ }).click();
    await page.getByRole('link', { name: 'Modifier' }).click();
    await page.getByLabel('Commune').fill('Arles-sur-Rhône');
    // Meanwhile someone else saves the same structure.
    await h.app.sql(`update member_structures set version = version + 1, notes = 'changé par une collègue' where name like 'Chantier des Alpilles%' and tenant_id = $1`, [CE]);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText("Quelqu'un d'autre a modifié cette structure pendant que vous la modifiiez.", { exact: false }).waitFor();
    expect(await page.getByLabel('Commune').inputValue()).toBe('Arles-sur-Rhône');
    await page.getByRole('button', { name: 'Recharger la fiche' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: /^Chantier des Alpilles/, level: 1 }).waitFor();
    const [row] = await h.app.sql(`select city, notes from member_structures where name like 'Chantier des Alpilles%' and tenant_id = $1`, [CE]);
    expect(row).toEqual({ city: 'Arles-sur-Rhône', notes: 'changé par une collègue' });
  });

  it('a structure account sees its own record and nothing of other members', async () => {
    const page = await open('structure@calanques.example');
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(2);
    await page.getByRole('link', { name: 'Atelier Calanques Solidaires' }).waitFor();
    expect(await page.getByRole('link', { name: 'Nouvelle structure' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Atelier Calanques Solidaires' }).click();
    await page.getByRole('heading', { name: 'Atelier Calanques Solidaires', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Modifier' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: /Historique/ }).count()).toBe(0);
    await page.goto(`/membres/${toGlobalId('Member', MEMBER.VENTOUX)}`);
    await page.getByText("Cette structure n'existe pas ou n'est pas dans votre registre.").waitFor();
  });

  it('the Region sees every network’s register with a network column and filter, and the view by SIRET', async () => {
    const page = await open('region.staff@passerelle.example');
    await page.getByRole('columnheader', { name: 'Réseau' }).waitFor();
    expect(await page.getByRole('link', { name: 'Nouvelle structure' }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Réseaux' }).click();
    await page.getByRole('option', { name: 'Réseau Cocagne PACA' }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/reseaux=/);
    await page.getByRole('link', { name: 'Jardins du Buëch' }).waitFor();
    const cells = await page.getByRole('table').getByRole('row').allTextContents();
    expect(cells.slice(1).every((r) => r.startsWith('Réseau Cocagne PACA'))).toBe(true);
    await page.getByRole('link', { name: 'Vue par SIRET' }).click();
    await page.getByRole('heading', { name: 'Vue consolidée par SIRET' }).waitFor();
    await page.getByLabel('Seulement les structures adhérentes de plusieurs réseaux').click();
    await page.waitForURL(/partagees=1/);
    const row = page.getByRole('row', { name: /906 789 011 00010/ });
    await row.getByText('Chantier école PACA').first().waitFor();
    await row.getByText('Fédération des acteurs de la solidarité PACA').first().waitFor();
  });
});
