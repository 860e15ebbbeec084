import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { field, journeyHarness, navLink, signIn } from '../helpers/browser.js';

describe('working group meeting journey', () => {
  const h = journeyHarness();

  const pick = async (page: Page, label: string, option: string) => {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option }).click();
  };

  it('the Region convenes the five networks, finds a time and schedules; a network answers; minutes and an action; the owner marks it done', async () => {
    const region = await h.browser.newPage();
    await signIn(region, 'region.staff@passerelle.example');
    await navLink(region, 'Réunions').click();
    await region.getByRole('heading', { name: 'Réunions', level: 1 }).waitFor();
    await region.getByRole('link', { name: 'Nouvelle réunion' }).click();

    // The working group brings its five networks.
    await pick(region, 'Groupe de travail', "Groupe de travail ACI — contrats d'objectifs");
    await field(region, 'Intitulé').fill('Deuxième réunion de travail');
    await field(region, 'Ordre du jour (un point par ligne)').fill('Bilans 2026\nObjectifs 2027');
    await field(region, 'Lieu').fill('Hôtel de Région, Marseille');

    // Find a time: Monday 29 March 2027 is Easter Monday, so the first free slot is Tuesday 9:00.
    await field(region, 'Du').fill('2027-03-29');
    await field(region, 'Au').fill('2027-04-02');
    await region.getByRole('button', { name: 'Chercher' }).click();
    const firstSlot = region.getByTestId('slot').first();
    await firstSlot.waitFor();
    expect(await firstSlot.textContent()).toContain('mardi 30 mars 2027, 09:00 – 11:00');
    await firstSlot.getByRole('button').click();
    expect(await field(region, 'Date').inputValue()).toBe('2027-03-30');
    expect(await field(region, 'Début').inputValue()).toBe('09:00');

    await region.getByRole('button', { name: 'Planifier la réunion' }).click();
    await region.getByRole('heading', { name: 'Deuxième réunion de travail', level: 1 }).waitFor();
    const meetingUrl = new URL(region.url()).pathname;
    expect(meetingUrl).toMatch(/^\/reunions\/.+/);
    expect(await region.getByTestId('invitation-row').count()).toBe(5);

    // A network answers.
    const ce = await h.browser.newPage();
    await signIn(ce, 'admin@chantier-ecole.example');
    await ce.goto(meetingUrl);
    await ce.getByRole('heading', { name: 'Votre réponse' }).waitFor();
    await ce.getByText('Accepte', { exact: true }).first().click();
    await field(ce, 'Commentaire').fill('Sophie Bernard sera présente');
    await ce.getByRole('button', { name: 'Répondre' }).click();
    await ce.getByTestId('invitation-row').filter({ hasText: 'Chantier école PACA' }).getByText('Accepte').waitFor();

    // The convener sees the answer, writes the minutes and assigns an action to the network.
    await region.reload();
    await region.getByTestId('invitation-row').filter({ hasText: 'Chantier école PACA' }).getByText('Accepte').waitFor();
    await field(region, 'Texte du compte rendu').fill('Tour de table des réseaux.');
    await field(region, 'Décisions (une par ligne)').fill('Objectif de 60 % maintenu');
    await region.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await region.getByText('Compte rendu enregistré.').waitFor();
    await field(region, 'Action').fill('Envoyer les bilans 2026');
    await pick(region, 'Organisation responsable', 'Chantier école PACA');
    await field(region, 'Échéance').fill('2027-04-30');
    await region.getByRole('button', { name: "Ajouter l'action" }).click();
    await region.getByRole('cell', { name: 'Envoyer les bilans 2026', exact: true }).waitFor();

    // The action's owner marks it done from "Mes actions".
    await navLink(ce, 'Mes actions').click();
    await ce.getByRole('heading', { name: 'Mes actions', level: 1 }).waitFor();
    const box = ce.getByRole('checkbox', { name: 'Marquer comme faite : Envoyer les bilans 2026' });
    await box.click();
    await expect
      .poll(async () => (await h.app.sql(`select done_at from action_items where title = 'Envoyer les bilans 2026'`))[0].done_at, { timeout: 10_000 })
      .not.toBeNull();
    // Done actions leave the open list; they show again with the filter, ticked.
    await box.waitFor({ state: 'detached' });
    await ce.getByLabel('Afficher les actions terminées').check();
    expect(await box.isChecked()).toBe(true);

    // The network sees the minutes.
    await ce.goto(meetingUrl);
    await ce.getByText('Tour de table des réseaux.').waitFor();
  });
});
