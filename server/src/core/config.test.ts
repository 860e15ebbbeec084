import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults for development', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.SEED_DEMO).toBe(true);
    expect(c.isProduction).toBe(false);
  });

  it('stops with a message naming each bad value', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });

  it('production refuses development secrets, demo seeding and the embedded database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL[\s\S]*APP_DB_PASSWORD/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db', APP_DB_PASSWORD: 'passerelle-dev-only', PUBLIC_URL: 'https://p.example' }),
    ).toThrow(/APP_DB_PASSWORD/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db', APP_DB_PASSWORD: 'a-real-secret-value', PUBLIC_URL: 'https://p.example', SEED_DEMO: 'true' }),
    ).toThrow(/SEED_DEMO/);
    const ok = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db', APP_DB_PASSWORD: 'a-real-secret-value', PUBLIC_URL: 'https://p.example' });
    expect(ok.SEED_DEMO).toBe(false);
  });
});
