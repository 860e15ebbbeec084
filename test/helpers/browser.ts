import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo-ids.js';
import { startTestApp, type TestApp } from './app.js';

/** Debian's Chromium (never `playwright install`); flags for root in a container without a network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  browser: Browser;
  /** A fresh, isolated context (own cookies and localStorage), like a private window. */
  newContext(): Promise<BrowserContext>;
  /** A page in a fresh context. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Chromium. Playwright gives each launch its own temporary profile (user-data-dir),
 * removed on close; each context inside it starts with no cookies and no storage.
 */
export async function launchBrowser(baseURL: string): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const newContext = () =>
    browser.newContext({
      baseURL,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
  return {
    browser,
    newContext,
    async newPage() {
      const context = await newContext();
      context.setDefaultTimeout(15_000);
      return context.newPage();
    },
    close: () => browser.close(),
  };
}

/**
 * The input with exactly this label. Playwright reads a label's whole text, including the
 * " *" Mantine adds (hidden from screen readers) to required fields.
 */
export function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}

/** Signs in through the sign-in page and waits for the dashboard. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await field(page, 'Adresse e-mail').fill(email);
  await field(page, 'Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
}

/** Opens the user menu in the header and signs out. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Menu de / }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await page.waitForURL('**/connexion');
}

/** A link of the main navigation (the dashboard repeats some as shortcuts). */
export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name, exact: true });
}

/** The header's organisation control (a menu button with several memberships, text with one). */
export function organizationSwitcher(page: Page) {
  return page.getByRole('button', { name: /^Organisation active : / });
}

/** Switches the active organisation through the header menu. */
export async function switchOrganization(page: Page, organizationName: string): Promise<void> {
  await organizationSwitcher(page).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${escapeRegExp(organizationName)}`) }).click();
  await organizationSwitcher(page).and(page.getByRole('button', { name: new RegExp(escapeRegExp(organizationName)) })).waitFor();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A seeded platform on its own database and a Chromium for one spec file, both closed after it.
 * Read `h.app` and `h.browser` inside tests (they exist once beforeAll has run).
 */
export function journeyHarness(env: Record<string, string> = {}): { app: TestApp; browser: TestBrowser } {
  const h = {} as { app: TestApp; browser: TestBrowser };
  beforeAll(async () => {
    h.app = await startTestApp(env);
    h.browser = await launchBrowser(h.app.url);
  });
  afterAll(async () => {
    await h.browser?.close();
    await h.app?.close();
  });
  return h;
}
