import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { CROSSINGS, crossingsDiagram } from '../../src/diagrams/crossings.ts';
import { layoutDiagram } from '../../src/diagrams/diagrams.ts';

describe('what crosses between the frontend and the backend', () => {
  test('names HTTP, APIs, authentication, rendering and caching, each with glossary entries that exist', async () => {
    expect(CROSSINGS.map((crossing) => crossing.label)).toEqual(['HTTP', 'APIs', 'Authentication', 'Rendering', 'Caching']);
    const report = await checkContent('content');
    const glossary = new Set(report.files.filter((file) => file.collection === 'glossary').map((file) => file.id));
    expect(CROSSINGS.flatMap((crossing) => crossing.glossary.filter((id) => !glossary.has(id)))).toEqual([]);
  });

  test('draws the frontend, every crossing and the backend, linking the boxes whose entries exist', () => {
    const diagram = crossingsDiagram((entry) => entry !== 'glossary/caching');
    const layout = layoutDiagram(diagram);
    expect(layout.nodes.map((node) => [node.id, node.entry])).toEqual([
      ['frontend', 'glossary/frontend'],
      ['http', 'glossary/http'],
      ['apis', 'glossary/api'],
      ['authentication', 'glossary/authentication'],
      ['rendering', 'glossary/server-side-rendering'],
      ['caching', undefined],
      ['backend', 'glossary/backend'],
    ]);
    expect(layout.edges).toHaveLength(CROSSINGS.length * 2);
  });
});
