import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../core/config.js';
import { AppError } from '../core/errors.js';

/**
 * Failed sign-ins per account and per address. State lives in PostgreSQL so that every API
 * process agrees. It is written in the request's own transaction, which a failed sign-in commits
 * (see `keepOnError`): taking a second pooled connection while holding one would let a burst of
 * sign-ins exhaust the pool and wait on itself.
 */
export async function assertNotLocked(em: EntityManager, keys: string[]): Promise<void> {
  const rows = await em.execute<{ locked_until: Date }[]>(
    `select locked_until from login_throttles where key in (${keys.map(() => '?').join(',')}) and locked_until > now()
     order by locked_until desc limit 1`,
    keys,
  );
  if (rows.length) {
    const retryAfterSeconds = Math.max(1, Math.ceil((new Date(rows[0].locked_until).getTime() - Date.now()) / 1000));
    throw new AppError('RATE_LIMITED', `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`, {
      retryAfterSeconds,
      retryAt: new Date(rows[0].locked_until).toISOString(),
    });
  }
}

export async function recordFailure(em: EntityManager, config: Config, accountKey: string, addressKey: string): Promise<void> {
  const windowMinutes = config.LOGIN_LOCK_MINUTES;
  for (const [key, max] of [
    [accountKey, config.LOGIN_MAX_FAILURES_PER_ACCOUNT],
    [addressKey, config.LOGIN_MAX_FAILURES_PER_ADDRESS],
  ] as const) {
    // One upsert: a window older than the lock period starts again from one failure.
    await em.execute(
      `insert into login_throttles as t (key, failures, window_started_at) values (?, 1, now())
       on conflict (key) do update set
         failures = case when t.window_started_at < now() - make_interval(mins => ?) then 1 else t.failures + 1 end,
         window_started_at = case when t.window_started_at < now() - make_interval(mins => ?) then now() else t.window_started_at end,
         locked_until = case when (case when t.window_started_at < now() - make_interval(mins => ?) then 1 else t.failures + 1 end) >= ?
                             then now() + make_interval(mins => ?) else t.locked_until end`,
      [key, windowMinutes, windowMinutes, windowMinutes, max, windowMinutes],
    );
  }
}

export async function clearFailures(em: EntityManager, accountKey: string): Promise<void> {
  await em.execute(`delete from login_throttles where key = ?`, [accountKey]);
}
