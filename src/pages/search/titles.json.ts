/** `search/titles.json`: every entry's title, aliases, URL, type and side, loaded when a reader opens search. */
import type { APIRoute } from 'astro';
import { site } from '../../model/site.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(site.searchTitles), { headers: { 'content-type': 'application/json' } });
