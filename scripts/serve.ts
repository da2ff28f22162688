/**
 * Serves a built site with Astro's preview server. Usage: node scripts/serve.ts [--port N] [--out-dir DIR]
 * BASE_PATH must match the one the site was built with.
 */
import { preview } from 'astro';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, 'out-dir': { type: 'string', default: 'dist' }, host: { type: 'string', default: '127.0.0.1' } },
});
const server = await preview({ outDir: values['out-dir'], server: { port: Number(values.port), host: values.host }, logLevel: 'warn' });
const base = process.env['BASE_PATH'] ?? '/';
console.log(`Backend Field Guide is being served at http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${server.port}${base}`);
console.log('Press Ctrl+C to stop.');
