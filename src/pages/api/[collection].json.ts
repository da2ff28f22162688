/** `/api/<collection>.json`: every entry of a collection as data (the shape is documented in README.md, "Exports"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportCollection } from '../../model/exports.ts';
import { origin, site } from '../../model/site.ts';
import { COLLECTIONS } from '../../schemas/registry.ts';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: (typeof COLLECTIONS)[number] }> = ({ props }) =>
  new Response(JSON.stringify(exportCollection(site, props.collection, origin)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
