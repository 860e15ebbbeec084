import { describe, expect, it } from 'vitest';
import { field, journeyHarness, organizationSwitcher, signIn, signOut } from '../helpers/browser.js';

describe('signing in and out', () => {
  const h = journeyHarness();

  it('explains a wrong password in French and stays on the sign-in page', async () => {
    const page = await h.browser.newPage();
    await page.goto('/connexion');
    await field(page, 'Adresse e-mail').fill('region.admin@passerelle.example');
    await field(page, 'Mot de passe').fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe('/connexion');
    // The password is cleared so it can be typed again.
    expect(await field(page, 'Mot de passe').inputValue()).toBe('');
    await page.context().close();
  });

  it('signs in to the dashboard of the right organisation, then signs out for good', async () => {
    const page = await h.browser.newPage();
    await signIn(page, 'region.admin@passerelle.example');

    await page.getByText('Région Provence-Alpes-Côte d\'Azur').first().waitFor();
    await page.getByText('Administrateur·rice Région').first().waitFor();
    // One membership: the header shows the organisation as text, not a menu.
    expect(await organizationSwitcher(page).count()).toBe(0);

    await signOut(page);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();

    // The session cookie is gone: a signed-in page sends back to the sign-in page.
    await page.goto('/compte');
    await page.waitForURL('**/connexion');
    await page.context().close();
  });

  it('sends a signed-out visitor to /connexion and back to the page asked for', async () => {
    const page = await h.browser.newPage();
    await page.goto('/compte');
    await page.waitForURL('**/connexion');
    await field(page, 'Adresse e-mail').fill('staff@fas.example');
    await field(page, 'Mot de passe').fill('Passerelle-demo-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await page.getByRole('heading', { name: 'Mon compte', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/compte');
    await page.getByText('staff@fas.example').first().waitFor();
    await page.context().close();
  });
});
