/** The web app manifest: installable, opening at the home page, scoped to the site's base path. */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../site/meta.ts';
import { site } from '../model/site.ts';

export const GET: APIRoute = () => {
  const manifest = {
    name: SITE_NAME,
    short_name: 'Field Guide',
    description: 'A guide to backend development: glossary, technologies, comparisons and guides. Works offline.',
    start_url: site.url(''),
    scope: site.url(''),
    id: site.url(''),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b57b8',
    icons: [
      { src: site.url('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: site.url('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: site.url('icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: site.url('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
