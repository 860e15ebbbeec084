import { describe, expect, it } from 'vitest';
import { journeyHarness, navLink, organizationSwitcher, signIn, switchOrganization } from '../helpers/browser.js';

const COCAGNE = 'Réseau Cocagne PACA';
const REGIES = 'Régies Méditerranée';

describe('switching organisation', () => {
  const h = journeyHarness();

  it('moves a person with two memberships from Cocagne to Régies, role and data included', async () => {
    const page = await h.browser.newPage();
    const organizationHeaders: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) organizationHeaders.push(request.headers()['x-organization'] ?? '');
    });

    await signIn(page, 'multi@passerelle.example');
    await switchOrganization(page, COCAGNE);

    // Administrator of Cocagne: the users page is in the nav and lists Cocagne's people.
    await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    await page.getByText('Administrateur·rice du réseau').first().waitFor();
    await navLink(page, 'Utilisateurs').click();
    await page.getByRole('heading', { name: 'Utilisateurs', level: 1 }).waitFor();
    await page.getByText(`Les personnes qui travaillent pour ${COCAGNE}`).waitFor();
    await page.getByRole('row', { name: /multi@passerelle\.example/ }).waitFor();

    organizationHeaders.length = 0;
    await switchOrganization(page, REGIES);

    // Back home, acting for Régies, as staff: no users page any more.
    await page.waitForURL((url) => url.pathname === '/');
    expect(await organizationSwitcher(page).textContent()).toContain(REGIES);
    await page.getByText('Chargé·e de mission du réseau').first().waitFor();
    expect(await navLink(page, 'Utilisateurs').count()).toBe(0);
    // Every request after the switch names the new organisation (or none, for `me`).
    expect(organizationHeaders.length).toBeGreaterThan(0);
    expect(organizationHeaders.every((header) => header === '' || header === 'regies-mediterranee')).toBe(true);

    await page.goto('/utilisateurs');
    await page.getByRole('heading', { name: 'Accès refusé' }).waitFor();

    // The choice survives a reload.
    await page.reload();
    await organizationSwitcher(page).waitFor();
    expect(await organizationSwitcher(page).textContent()).toContain(REGIES);
    await page.context().close();
  });

  it('lists both memberships in a keyboard-usable menu', async () => {
    const page = await h.browser.newPage();
    await signIn(page, 'multi@passerelle.example');
    const switcher = organizationSwitcher(page);
    await switcher.focus();
    await page.keyboard.press('Enter');
    const items = page.getByRole('menuitem');
    await items.first().waitFor();
    const labels = await items.allTextContents();
    expect(labels.some((label) => label.includes(COCAGNE) && label.includes('Administrateur·rice du réseau'))).toBe(true);
    expect(labels.some((label) => label.includes(REGIES) && label.includes('Chargé·e de mission du réseau'))).toBe(true);
    await page.keyboard.press('Escape');
    await items.first().waitFor({ state: 'hidden' });
    await page.context().close();
  });
});
