import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config.js';
import { createLogger } from './core/logger.js';
import { startPlatform } from './core/platform.js';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
const log = createLogger(config.LOG_LEVEL);
const platform = await startPlatform(config, log).catch((err) => {
  log.fatal({ err }, 'start failed');
  process.exit(1);
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await platform.close().catch((err) => log.error({ err }, 'shutdown error'));
    clearTimeout(force);
    process.exit(0);
  });
}
