/**
 * Social cards: the 1200 × 630 PNG a link preview shows (`og:image`), drawn at build time from a page's title, type and
 * side. sharp draws the frame from an SVG and sets the text with Pango in Inter, a font file shipped in an npm package
 * (`@expo-google-fonts/inter`, SIL Open Font License), so every machine draws the same card without system fonts.
 * A card is drawn once: the PNG is kept in a cache keyed by a hash of everything that shapes it (the inputs, the frame,
 * the text settings, the encoder options), and reused while they are unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { SIDE_LABELS, type Side } from '../schemas/registry.ts';
import { SITE_NAME } from '../site/meta.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows. */
export interface SocialCard {
  title: string;
  /** The kind of page: "Glossary term · Architecture", "Technology · Database", "Section", … */
  type: string;
  side?: Side | undefined;
}

/** The card's text alternative, for `og:image:alt`. */
export function cardAlt(card: SocialCard): string {
  return [card.title, card.type, card.side === undefined ? undefined : `Side: ${SIDE_LABELS[card.side]}`, SITE_NAME].filter(Boolean).join(' — ');
}

/** The colors of the sides, as in the light theme (src/styles/global.css). */
const SIDE_COLORS: Readonly<Record<Side, string>> = {
  frontend: '#7c2d92',
  backend: '#0a6640',
  both: '#1d4ed8',
  infrastructure: '#8a4b08',
};
const BRAND = '#0b57b8';
const INK = '#111827';
const MUTED = '#4b5563';
const MARGIN = 88;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
/** Title sizes tried in order until the title fits in three lines. */
const TITLE_SIZES = [76, 66, 56, 48];
const TITLE_MAX_HEIGHT = 250;
/**
 * A palette PNG: a card is five flat colors and the greys of text edges, which 16 colors hold, for 14–19 KB. The
 * quantizer's least effort, no dithering (the colors are flat) and a middle compression level draw a card in under
 * half the time of the most, for about the same size: a cold build of a large guide draws a thousand of them.
 */
const PNG_OPTIONS = { palette: true, colors: 16, compressionLevel: 6, effort: 1, dither: 0 } as const;

const fromProject = createRequire(path.join(process.cwd(), 'package.json'));
const FONTS = {
  bold: { file: fromProject.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'), name: 'Inter Bold' },
  semibold: { file: fromProject.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'), name: 'Inter SemiBold' },
};

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

interface TextLayer {
  text: string;
  font: keyof typeof FONTS;
  size: number;
  color: string;
  width?: number;
}

/** Text every card of a kind shares (the site's name, the type, the side) is set once per build. */
const sharedText = new Map<string, ReturnType<typeof drawText>>();
const drawSharedText = (layer: TextLayer) => {
  const key = JSON.stringify(layer);
  const drawn = sharedText.get(key) ?? drawText(layer);
  sharedText.set(key, drawn);
  return drawn;
};

async function drawText(layer: TextLayer) {
  const font = FONTS[layer.font];
  const markup = `<span foreground="${layer.color}">${escapeMarkup(layer.text)}</span>`;
  const { data, info } = await sharp({
    text: { text: markup, font: `${font.name} ${layer.size}`, fontfile: font.file, rgba: true, dpi: 72, wrap: 'word', ...(layer.width === undefined ? {} : { width: layer.width }) },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, raw: { width: info.width, height: info.height, channels: info.channels } };
}

/** The largest title size whose text fits the title box; the smallest size otherwise. */
async function drawTitle(title: string) {
  let drawn: Awaited<ReturnType<typeof drawText>> | undefined;
  for (const size of TITLE_SIZES) {
    drawn = await drawText({ text: title, font: 'bold', size, color: INK, width: TEXT_WIDTH });
    if (drawn.height <= TITLE_MAX_HEIGHT) return drawn;
  }
  return drawn as Awaited<ReturnType<typeof drawText>>;
}

/** The frame behind the text: a band in the side's color (the brand color without a side) and a rule. */
function frame(accent: string, pill?: { width: number; color: string }): string {
  const pillShape = pill === undefined ? '' : `<rect x="${MARGIN}" y="500" width="${pill.width}" height="64" rx="32" fill="${pill.color}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="24" height="${CARD_HEIGHT}" fill="${accent}"/>`,
    `<rect x="${MARGIN}" y="128" width="${TEXT_WIDTH}" height="3" fill="#e5e7eb"/>`,
    pillShape,
    '</svg>',
  ].join('');
}

/** Draws a card. */
export async function drawSocialCard(card: SocialCard): Promise<Buffer> {
  const accent = card.side === undefined ? BRAND : SIDE_COLORS[card.side];
  const [name, type, title, sideLabel] = await Promise.all([
    drawSharedText({ text: SITE_NAME, font: 'semibold', size: 34, color: BRAND }),
    drawSharedText({ text: card.type, font: 'semibold', size: 32, color: MUTED, width: TEXT_WIDTH }),
    drawTitle(card.title),
    card.side === undefined ? undefined : drawSharedText({ text: SIDE_LABELS[card.side], font: 'semibold', size: 30, color: '#ffffff' }),
  ]);
  const layers: OverlayOptions[] = [
    { input: name.data, raw: name.raw, left: MARGIN, top: 64 },
    { input: type.data, raw: type.raw, left: MARGIN, top: 168 },
    { input: title.data, raw: title.raw, left: MARGIN, top: 168 + type.height + 24 },
  ];
  if (sideLabel !== undefined) layers.push({ input: sideLabel.data, raw: sideLabel.raw, left: MARGIN + 32, top: 500 + Math.round((64 - sideLabel.height) / 2) });
  const background = frame(accent, sideLabel === undefined ? undefined : { width: sideLabel.width + 64, color: accent });
  return sharp(Buffer.from(background)).composite(layers).png(PNG_OPTIONS).toBuffer();
}

/** The hash a card is cached under: its inputs and everything about how it is drawn. */
export function cardKey(card: SocialCard): string {
  const design = { card, frame: frame('#000000', { width: 0, color: '#000000' }), TITLE_SIZES, TITLE_MAX_HEIGHT, PNG_OPTIONS, fonts: FONTS, sharp: sharp.versions };
  return createHash('sha256').update(JSON.stringify(design)).update(drawSocialCard.toString()).digest('hex').slice(0, 32);
}

/** The default cache, beside other build caches: removed with node_modules, never committed. */
export const DEFAULT_CARD_CACHE = path.join(process.cwd(), 'node_modules', '.cache', 'social-cards');

/** The card's PNG: from the cache when it was drawn before with the same inputs, otherwise drawn and kept. */
export async function socialCardPng(card: SocialCard, cacheDir = DEFAULT_CARD_CACHE): Promise<{ png: Buffer; cached: boolean }> {
  const file = path.join(cacheDir, `${cardKey(card)}.png`);
  try {
    return { png: readFileSync(file), cached: true };
  } catch {
    const png = await drawSocialCard(card);
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so two builds drawing the same card never leave a half-written file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return { png, cached: false };
  }
}
