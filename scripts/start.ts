/** `npm start`: builds the site, then serves it and prints the local URL. */
import { spawnSync } from 'node:child_process';

const built = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await import('./serve.ts');
