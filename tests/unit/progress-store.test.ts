import { describe, expect, test } from 'vitest';
import { doneCount, exportProgress, parseProgress, setDone, unknownDone } from '../../src/paths/progress-store.ts';

describe('progress kept in the browser', () => {
  test('marks and unmarks an entry, keeping the day it was first marked', () => {
    const marked = setDone({ done: {} }, 'glossary/http', true, '2026-12-01');
    expect(setDone(marked, 'glossary/http', true, '2026-12-05').done).toEqual({ 'glossary/http': '2026-12-01' });
    expect(setDone(marked, 'glossary/http', false, '2026-12-05').done).toEqual({});
  });

  test('an export reads back as the same progress', () => {
    const progress = { done: { 'glossary/http': '2026-12-01', 'technologies/django': '2026-12-02' } };
    const file = exportProgress(progress, '2026-12-07');
    expect(JSON.parse(file)).toMatchObject({ format: 'backend-field-guide-progress', version: 1, exported: '2026-12-07' });
    expect(parseProgress(file)).toEqual(progress);
  });

  test.each([
    ['text that is not JSON', 'not json', /not JSON/],
    ['JSON of another kind', '{"name":"package"}', /not a progress export of the Backend Field Guide/],
    ['a later version', '{"format":"backend-field-guide-progress","version":2,"done":{}}', /version 2/],
    ['no list of done entries', '{"format":"backend-field-guide-progress","version":1}', /missing/],
    ['an entry that is not an id', '{"format":"backend-field-guide-progress","version":1,"done":{"<script>":"2026-12-01"}}', /not an entry id/],
    ['a date that is not a day', '{"format":"backend-field-guide-progress","version":1,"done":{"glossary/http":"yesterday"}}', /not an entry id with a date/],
  ])('refuses %s with a reason', (_, text, reason) => {
    const parsed = parseProgress(text);
    expect('error' in parsed ? parsed.error : '').toMatch(reason);
  });

  test('ids the site no longer has are kept but not counted, and listed', () => {
    const progress = { done: { 'glossary/http': '2026-12-01', 'glossary/old-name': '2026-11-01' } };
    expect(doneCount(progress, ['glossary/http', 'glossary/rest'])).toBe(1);
    expect(unknownDone(progress, new Set(['glossary/http', 'glossary/rest']))).toEqual(['glossary/old-name']);
    expect(parseProgress(exportProgress(progress, '2026-12-07'))).toEqual(progress);
  });
});
