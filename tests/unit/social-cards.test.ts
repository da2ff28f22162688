/** Social cards: drawn to size and weight, drawn again when what they show changes, reused from the cache otherwise. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFile, pageKey } from '../../src/model/social-cards.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, socialCardPng, type SocialCard } from '../../src/social/card-image.ts';

const cache = mkdtempSync(path.join(tmpdir(), 'social-cards-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const card: SocialCard = { title: 'Connection pooling', type: 'Glossary term · Databases', side: 'backend' };

describe('social cards', () => {
  it('draws a 1200 × 630 palette PNG of at most 50 KB, even for a long title', async () => {
    for (const drawn of [card, { title: 'A very long title '.repeat(12).trim(), type: 'Guide · Architecture' }]) {
      const { png } = await socialCardPng(drawn, cache);
      const { width, height, format } = await sharp(png).metadata();
      expect({ width, height, format }).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png' });
      // IHDR's color type, byte 25 of the file: 3 is indexed color (a palette).
      expect(png[25]).toBe(3);
      expect(png.length).toBeLessThanOrEqual(50 * 1024);
    }
  });

  it('reuses an unchanged card from the cache and draws a changed one anew', async () => {
    const first = await socialCardPng(card, cache);
    const again = await socialCardPng({ ...card }, cache);
    expect(again.cached).toBe(true);
    expect(again.png.equals(first.png)).toBe(true);

    const retitled = await socialCardPng({ ...card, title: 'Connection pools' }, cache);
    expect(retitled.cached).toBe(false);
    expect(retitled.png.equals(first.png)).toBe(false);
    expect(readdirSync(cache)).toContain(`${cardKey({ ...card, title: 'Connection pools' })}.png`);
  });

  it('keys a card by everything it shows', () => {
    const keys = new Set([card, { ...card, title: 'Other' }, { ...card, type: 'Technology · Database' }, { ...card, side: 'frontend' as const }, { title: card.title, type: card.type }].map(cardKey));
    expect(keys.size).toBe(5);
  });

  it('publishes a page card beside its page path, under any base', () => {
    expect(pageKey('/', '/glossary/rest/')).toBe('glossary/rest/');
    expect(pageKey('/guide/', '/guide/glossary/rest/')).toBe('glossary/rest/');
    expect(pageKey('/guide/', '/guide/')).toBe('');
    expect(pageKey('/', '/404')).toBe('404/');
    expect(cardFile('glossary/rest/')).toBe('social/glossary/rest.png');
    expect(cardFile('')).toBe('social/home.png');
  });
});
