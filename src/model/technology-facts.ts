/**
 * The facts of a technology card, each with its label, in display order: shown in the card's facts panel and as the
 * first rows of the compare tables.
 */
import { SIDE_LABELS, TECHNOLOGY_KIND_LABELS } from '../schemas/registry.ts';
import type { TechnologyData } from '../schemas/technologies.ts';
import type { EntryLink } from './entry.ts';

export type FactValue =
  | { type: 'text'; text: string }
  | { type: 'link'; text: string; href: string; external: boolean }
  | { type: 'missing' };

/** Looks up the card a fact links to (the language a technology is written in). */
export type TechnologyLink = (collection: 'technologies', id: string) => EntryLink;

export interface Fact {
  key: 'kind' | 'side' | 'firstReleased' | 'license' | 'createdBy' | 'language' | 'website';
  label: string;
  value: (data: TechnologyData, link: TechnologyLink) => FactValue;
}

const text = (value: string | number | undefined): FactValue => (value === undefined ? { type: 'missing' } : { type: 'text', text: String(value) });

/** `https://www.djangoproject.com/` → `djangoproject.com`: how a website is named in a link. */
export const websiteLabel = (url: string) => new URL(url).host.replace(/^www\./, '');

export const TECHNOLOGY_FACTS: readonly Fact[] = [
  { key: 'kind', label: 'Kind', value: (data) => text(TECHNOLOGY_KIND_LABELS[data.kind]) },
  { key: 'side', label: 'Side', value: (data) => text(SIDE_LABELS[data.side]) },
  { key: 'firstReleased', label: 'First released', value: (data) => text(data.firstReleased) },
  { key: 'license', label: 'License', value: (data) => text(data.license) },
  { key: 'createdBy', label: 'Created by', value: (data) => text(data.createdBy) },
  {
    key: 'language',
    label: 'Language',
    value: (data, link) => {
      if (data.language === undefined) return { type: 'missing' };
      const language = link('technologies', data.language);
      return { type: 'link', text: language.title, href: language.href, external: false };
    },
  },
  { key: 'website', label: 'Website', value: (data) => ({ type: 'link', text: websiteLabel(data.website), href: data.website, external: true }) },
];
