// `npm start` on a fresh clone: build the client once, so the server has a page to serve.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';

const dist = path.resolve('client/dist/index.html');
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const stale = !existsSync(dist) || newest('client/src') > statSync(dist).mtimeMs;
if (stale) {
  console.log('Building the client (first start, or its sources changed)…');
  execSync('npx vite build --config client/vite.config.ts --logLevel warn', { stdio: 'inherit' });
}
