import { describe, expect, it } from 'vitest';
import { field, journeyHarness, navLink, signIn } from '../helpers/browser.js';

const COLLEAGUE = { email: 'lucie.moreau@chantier-ecole.example', name: 'Lucie Moreau', password: 'une phrase de passe solide' };

describe('inviting a colleague', () => {
  const h = journeyHarness();

  it('lets a network administrator invite, the colleague join, and the administrator remove them', async () => {
    // The administrator of Chantier école invites a colleague as network officer.
    const admin = await h.browser.newPage();
    await signIn(admin, 'admin@chantier-ecole.example');
    await navLink(admin, 'Utilisateurs').click();
    await admin.getByRole('heading', { name: 'Utilisateurs', level: 1 }).waitFor();

    await field(admin, 'Adresse e-mail de la personne invitée').fill(COLLEAGUE.email);
    await admin.getByRole('combobox', { name: 'Rôle', exact: true }).click();
    await admin.getByRole('option', { name: 'Chargé·e de mission du réseau' }).click();
    await admin.getByRole('button', { name: 'Inviter', exact: true }).click();

    const linkInput = field(admin, "Lien d'invitation");
    await linkInput.waitFor();
    const link = await linkInput.inputValue();
    expect(link).toMatch(/\/invitation\/[^/]+$/);
    await admin.getByRole('button', { name: 'Copier le lien' }).click();
    await admin.getByRole('button', { name: 'Lien copié' }).waitFor();
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await admin.getByRole('row', { name: new RegExp(COLLEAGUE.email.replace(/\./g, '\\.')) }).waitFor();

    // The colleague opens the link in their own browser session and sets a password.
    const colleague = await h.browser.newPage();
    await colleague.goto(link);
    await colleague.getByText('Chantier école PACA').first().waitFor();
    await colleague.getByText('Chargé·e de mission du réseau').first().waitFor();
    expect(await field(colleague, 'Adresse e-mail').inputValue()).toBe(COLLEAGUE.email);
    await field(colleague, 'Nom affiché').fill(COLLEAGUE.name);
    await field(colleague, 'Mot de passe').fill(COLLEAGUE.password);
    await field(colleague, 'Confirmation du mot de passe').fill(COLLEAGUE.password);
    await colleague.getByRole('button', { name: 'Rejoindre et me connecter' }).click();
    await colleague.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    await colleague.getByText(`Bonjour ${COLLEAGUE.name}.`).waitFor();
    await colleague.getByText('Chargé·e de mission du réseau').first().waitFor();

    // The link is single-use.
    const other = await h.browser.newPage();
    await other.goto(link);
    await other.getByRole('heading', { name: "Lien d'invitation invalide" }).waitFor();
    await other.context().close();

    // The administrator sees the new member and removes them, after confirming.
    await admin.reload();
    const row = admin.getByRole('row', { name: new RegExp(COLLEAGUE.name) });
    await row.waitFor();
    await row.getByRole('button', { name: `Retirer ${COLLEAGUE.name}` }).click();
    const dialog = admin.getByRole('dialog', { name: 'Retirer ce membre ?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Retirer', exact: true }).click();
    await row.waitFor({ state: 'detached' });
    await admin.getByText(`${COLLEAGUE.name} a été retiré·e.`).waitFor();

    // Removed from their only organisation, the colleague's session has ended.
    await colleague.goto('/compte');
    await colleague.waitForURL('**/connexion');

    await admin.context().close();
    await colleague.context().close();
  });
});
