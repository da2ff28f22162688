/** `/social/<page>.png`: each page's social card (src/social/card-image.ts), drawn once and then taken from the cache. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCards } from '../../model/site.ts';
import { cardFile } from '../../model/social-cards.ts';
import { socialCardPng, type SocialCard } from '../../social/card-image.ts';

export const getStaticPaths = (() =>
  [...pageCards].map(([key, card]) => ({ params: { card: cardFile(key).replace(/^social\//, '').replace(/\.png$/, '') }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const { png } = await socialCardPng(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
