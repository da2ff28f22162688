/**
 * `npm run icons`: renders the web app manifest's PNG icons from public/favicon.svg (the one source of the logo).
 * The maskable icon keeps the logo inside the central safe zone that launchers may crop to a circle.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';

const logo = await readFile('public/favicon.svg');
const BRAND = '#0b57b8';

for (const size of [192, 512]) {
  await sharp(logo, { density: (72 * size) / 32 }).resize(size, size).png().toFile(`public/icons/icon-${size}.png`);
}
const inner = Math.round(512 * 0.7);
const centred = await sharp(logo, { density: (72 * inner) / 32 }).resize(inner, inner).png().toBuffer();
await sharp({ create: { width: 512, height: 512, channels: 4, background: BRAND } })
  .composite([{ input: centred, gravity: 'centre' }])
  .png()
  .toFile('public/icons/maskable-512.png');
console.log('✔ Icons written to public/icons/');
