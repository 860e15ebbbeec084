import { z } from 'zod';

// Values that only a development machine may use; production refuses them.
const DEV_APP_DB_PASSWORD = 'passerelle-dev-only';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: z.string().url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    APP_DB_ROLE: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase SQL identifier').default('passerelle_app'),
    APP_DB_PASSWORD: z.string().min(8).optional(),
    EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(60 * 24 * 30).default(120),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
    COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
    INVITATION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 60).default(72),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    SEED_DEMO: z.enum(['true', 'false']).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    MAX_QUERY_COST: z.coerce.number().int().min(10).default(20000),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(15_000_000), // member register imports: 10 MB files as base64
    TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV !== 'production') return;
    if (!c.DATABASE_URL)
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production (the embedded database is for development)' });
    if (!c.APP_DB_PASSWORD || c.APP_DB_PASSWORD === DEV_APP_DB_PASSWORD)
      ctx.addIssue({ code: 'custom', path: ['APP_DB_PASSWORD'], message: 'must be set to a real secret in production' });
    if (c.SEED_DEMO === 'true')
      ctx.addIssue({ code: 'custom', path: ['SEED_DEMO'], message: 'demo accounts are never seeded in production' });
    if (!c.PUBLIC_URL) ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required in production' });
  });

export type RawConfig = z.infer<typeof schema>;

export interface Config extends Omit<RawConfig, 'SEED_DEMO' | 'APP_DB_PASSWORD' | 'COOKIE_SECURE' | 'TRUST_PROXY'> {
  APP_DB_PASSWORD: string;
  SEED_DEMO: boolean;
  COOKIE_SECURE: boolean | 'auto';
  TRUST_PROXY: boolean;
  isProduction: boolean;
}

export class ConfigError extends Error {}

/** Reads and checks the configuration once; a bad value stops the start with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const isProduction = c.NODE_ENV === 'production';
  return {
    ...c,
    APP_DB_PASSWORD: c.APP_DB_PASSWORD ?? DEV_APP_DB_PASSWORD,
    SEED_DEMO: c.SEED_DEMO ? c.SEED_DEMO === 'true' : !isProduction,
    COOKIE_SECURE: c.COOKIE_SECURE === 'auto' ? 'auto' : c.COOKIE_SECURE === 'true',
    TRUST_PROXY: c.TRUST_PROXY === 'true',
    isProduction,
  };
}
