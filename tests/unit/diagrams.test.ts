import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { DIAGRAMS, layoutDiagram, type DiagramDefinition } from '../../src/diagrams/diagrams.ts';
import { bodyLinks } from '../../src/model/site-model.ts';

const definitions = Object.entries(DIAGRAMS) as [string, DiagramDefinition][];

describe('diagrams', () => {
  test.each(definitions)('%s lays out inside its canvas with every edge between known boxes', (_, definition) => {
    const layout = layoutDiagram(definition);
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThan(layout.width);
      expect(node.y).toBeLessThan(layout.height);
    }
    expect(layout.edges).toHaveLength(definition.edges.length);
  });

  test('arrows into one box end at separate points along its side, in the order of the boxes they come from', () => {
    const sources = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() }));
    const fanIn: DiagramDefinition = {
      title: 'Fan-in',
      description: 'x',
      columns: [sources, [{ id: 'target', label: 'Target' }]],
      edges: [...sources].reverse().map((source) => ({ from: source.id, to: 'target' })),
    };
    const layout = layoutDiagram(fanIn);
    const target = layout.nodes.find((node) => node.id === 'target');
    const ends = ['a', 'b', 'c', 'd'].map((id) => layout.edges.find((edge) => edge.from === id)?.y2 ?? Number.NaN);
    expect(new Set(ends).size).toBe(4);
    expect([...ends].sort((x, y) => x - y)).toEqual(ends);
    for (const y of ends) {
      expect(y).toBeGreaterThan(target?.y ?? Infinity);
      expect(y).toBeLessThan((target?.y ?? -Infinity) + 52);
    }
    // A single arrow leaves the middle of its box.
    const single = layout.edges.find((edge) => edge.from === 'a');
    const a = layout.nodes.find((node) => node.id === 'a');
    expect(single?.y1).toBe((a?.y ?? 0) + 26);
  });

  test('an edge to an unknown box is an error', () => {
    const broken: DiagramDefinition = { title: 'Broken', description: 'x', columns: [[{ id: 'a', label: 'A' }]], edges: [{ from: 'a', to: 'b' }] };
    expect(() => layoutDiagram(broken)).toThrow('unknown box: a → b');
  });

  test('every box that names an entry names one that exists, and every placed diagram exists', async () => {
    const report = await checkContent('content');
    const ids = new Set(report.files.map((file) => `${file.collection}/${file.id}`));
    const missing = definitions.flatMap(([name, definition]) =>
      definition.columns.flat().flatMap((node) => (node.entry === undefined || ids.has(node.entry) ? [] : [`${name}: ${node.entry}`])),
    );
    expect(missing).toEqual([]);
    const placed = report.files.flatMap((file) => [...(file.source.body.matchAll(/<Diagram\s+name="([^"]+)"/g))].map((match) => match[1] ?? ''));
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.filter((name) => !(name in DIAGRAMS))).toEqual([]);
  });

  test('a placed diagram counts as links to the entries of its boxes', () => {
    expect(bodyLinks('Intro\n\n<Diagram name="serverless" />\n', 'mdx')).toContainEqual({ collection: 'glossary', id: 'cron-job' });
  });
});
