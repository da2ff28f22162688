/**
 * Architecture and flow diagrams as data. A guide places one with `<Diagram name="request-flow" />`; the component
 * draws it as SVG from these definitions, so diagrams stay consistent, themeable and reviewable as text, and the
 * figure caption doubles as the text alternative, with each box linked to its entry.
 */
import type { CollectionName } from '../schemas/registry.ts';

export interface DiagramNode {
  id: string;
  label: string;
  /** The entry this box stands for, as "collection/id". */
  entry?: `${CollectionName}/${string}`;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label?: string;
}

export interface DiagramDefinition {
  title: string;
  /** What the picture shows, in prose: read by screen readers and shown as the caption. */
  description: string;
  /** Columns from left to right; the boxes of a column are stacked. */
  columns: DiagramNode[][];
  edges: DiagramEdge[];
}

export const DIAGRAMS = {
  'request-flow': {
    title: 'How a web request flows',
    description:
      'A request leaves the browser, is resolved by DNS, passes a CDN and a load balancer, reaches a web server acting as a reverse proxy, then the application, which reads from a cache or a database before the response travels back the same way.',
    columns: [
      [{ id: 'browser', label: 'Browser', entry: 'glossary/frontend' }],
      [{ id: 'dns', label: 'DNS lookup' }, { id: 'cdn', label: 'CDN', entry: 'glossary/cdn' }],
      [{ id: 'lb', label: 'Load balancer', entry: 'glossary/load-balancing' }],
      [{ id: 'proxy', label: 'Web server', entry: 'glossary/reverse-proxy' }],
      [{ id: 'app', label: 'Application', entry: 'glossary/backend' }],
      [{ id: 'cache', label: 'Cache', entry: 'glossary/caching' }, { id: 'db', label: 'Database', entry: 'glossary/relational-database' }],
    ],
    edges: [
      { from: 'browser', to: 'dns', label: '1' },
      { from: 'browser', to: 'cdn', label: '2' },
      { from: 'cdn', to: 'lb', label: '3' },
      { from: 'lb', to: 'proxy', label: '4' },
      { from: 'proxy', to: 'app', label: '5' },
      { from: 'app', to: 'cache', label: '6' },
      { from: 'app', to: 'db', label: '7' },
    ],
  },
  'frontend-backend': {
    title: 'The frontend and the backend',
    description:
      'The frontend runs in the browser and talks to the backend over HTTP through an API; the backend applies the rules, and stores and reads data in databases and other services.',
    columns: [
      [{ id: 'ui', label: 'Frontend (browser)', entry: 'glossary/frontend' }],
      [{ id: 'api', label: 'API over HTTP', entry: 'glossary/api' }],
      [{ id: 'server', label: 'Backend application', entry: 'glossary/backend' }],
      [{ id: 'db', label: 'Database', entry: 'glossary/relational-database' }, { id: 'services', label: 'Other services', entry: 'glossary/message-broker' }],
    ],
    edges: [
      { from: 'ui', to: 'api', label: 'request' },
      { from: 'api', to: 'server' },
      { from: 'server', to: 'db' },
      { from: 'server', to: 'services' },
    ],
  },
  monolith: {
    title: 'A monolithic application',
    description:
      'Clients reach one deployable application through a load balancer; inside it, modules for accounts, orders and payments call each other directly and share one database.',
    columns: [
      [{ id: 'clients', label: 'Clients' }],
      [{ id: 'lb', label: 'Load balancer', entry: 'glossary/load-balancing' }],
      [
        { id: 'accounts', label: 'Accounts module' },
        { id: 'orders', label: 'Orders module' },
        { id: 'payments', label: 'Payments module' },
      ],
      [{ id: 'db', label: 'One database', entry: 'glossary/relational-database' }],
    ],
    edges: [
      { from: 'clients', to: 'lb' },
      { from: 'lb', to: 'accounts' },
      { from: 'lb', to: 'orders' },
      { from: 'lb', to: 'payments' },
      { from: 'accounts', to: 'db' },
      { from: 'orders', to: 'db' },
      { from: 'payments', to: 'db' },
    ],
  },
  microservices: {
    title: 'A microservices system',
    description:
      'Clients call an API gateway, which routes each request to one of several small services; each service owns its own database, and services also exchange events through a message broker.',
    columns: [
      [{ id: 'clients', label: 'Clients' }],
      [{ id: 'gateway', label: 'API gateway', entry: 'glossary/reverse-proxy' }],
      [
        { id: 'accounts', label: 'Accounts service', entry: 'glossary/microservices' },
        { id: 'orders', label: 'Orders service', entry: 'glossary/microservices' },
        { id: 'payments', label: 'Payments service', entry: 'glossary/microservices' },
      ],
      [
        { id: 'db1', label: 'Accounts DB' },
        { id: 'broker', label: 'Message broker', entry: 'glossary/message-broker' },
        { id: 'db3', label: 'Payments DB' },
      ],
    ],
    edges: [
      { from: 'clients', to: 'gateway' },
      { from: 'gateway', to: 'accounts' },
      { from: 'gateway', to: 'orders' },
      { from: 'gateway', to: 'payments' },
      { from: 'accounts', to: 'db1' },
      { from: 'orders', to: 'broker', label: 'events' },
      { from: 'payments', to: 'db3' },
    ],
  },
  serverless: {
    title: 'A serverless application',
    description:
      'Events such as an HTTP request, a file upload or a schedule trigger short-lived functions that the cloud provider runs and scales; the functions keep no state and read and write managed storage and databases.',
    columns: [
      [
        { id: 'http', label: 'HTTP request', entry: 'glossary/http' },
        { id: 'upload', label: 'File upload', entry: 'glossary/object-storage' },
        { id: 'timer', label: 'Schedule', entry: 'glossary/cron-job' },
      ],
      [{ id: 'functions', label: 'Functions', entry: 'glossary/serverless' }],
      [
        { id: 'storage', label: 'Object storage', entry: 'glossary/object-storage' },
        { id: 'db', label: 'Managed database', entry: 'glossary/relational-database' },
      ],
    ],
    edges: [
      { from: 'http', to: 'functions', label: 'event' },
      { from: 'upload', to: 'functions', label: 'event' },
      { from: 'timer', to: 'functions', label: 'event' },
      { from: 'functions', to: 'storage' },
      { from: 'functions', to: 'db' },
    ],
  },
  baas: {
    title: 'Backend as a Service',
    description:
      'The frontend talks directly to a provider that supplies authentication, a database, file storage and serverless functions; the team writes little or no server code of its own.',
    columns: [
      [{ id: 'app', label: 'Web or mobile app', entry: 'glossary/frontend' }],
      [{ id: 'sdk', label: 'Provider SDK and API', entry: 'glossary/api' }],
      [
        { id: 'auth', label: 'Authentication', entry: 'glossary/authentication' },
        { id: 'db', label: 'Database', entry: 'glossary/document-database' },
        { id: 'files', label: 'File storage', entry: 'glossary/object-storage' },
        { id: 'fn', label: 'Functions', entry: 'glossary/serverless' },
      ],
    ],
    edges: [
      { from: 'app', to: 'sdk' },
      { from: 'sdk', to: 'auth' },
      { from: 'sdk', to: 'db' },
      { from: 'sdk', to: 'files' },
      { from: 'sdk', to: 'fn' },
    ],
  },
} as const satisfies Record<string, DiagramDefinition>;

export type DiagramName = keyof typeof DIAGRAMS;

export const BOX = { width: 150, height: 52, columnGap: 56, rowGap: 22, padding: 12, portMargin: 6 } as const;

export interface PlacedNode extends DiagramNode {
  x: number;
  y: number;
}

/** Positions every box: columns left to right, each column centred vertically. */
export function layoutDiagram(definition: DiagramDefinition) {
  const tallest = Math.max(...definition.columns.map((column) => column.length));
  const height = BOX.padding * 2 + tallest * BOX.height + (tallest - 1) * BOX.rowGap;
  const width = BOX.padding * 2 + definition.columns.length * BOX.width + (definition.columns.length - 1) * BOX.columnGap;
  const nodes = new Map<string, PlacedNode>();
  definition.columns.forEach((column, columnIndex) => {
    const columnHeight = column.length * BOX.height + (column.length - 1) * BOX.rowGap;
    const top = (height - columnHeight) / 2;
    column.forEach((node, row) => {
      nodes.set(node.id, { ...node, x: BOX.padding + columnIndex * (BOX.width + BOX.columnGap), y: top + row * (BOX.height + BOX.rowGap) });
    });
  });
  const placed = definition.edges.map((edge) => {
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    if (from === undefined || to === undefined) throw new Error(`Diagram "${definition.title}" has an edge to an unknown box: ${edge.from} → ${edge.to}`);
    return { edge, from, to };
  });
  // Arrows that leave or enter the same side of a box are spread along it, in the order of the boxes at their other
  // end, so they neither cross beside the box nor pile their heads onto one point.
  const port = (node: PlacedNode, side: 'from' | 'to', other: (item: (typeof placed)[number]) => PlacedNode, item: (typeof placed)[number]) => {
    const sharing = placed.filter((candidate) => candidate[side] === node).sort((a, b) => other(a).y - other(b).y);
    const band = BOX.height - 2 * BOX.portMargin;
    return node.y + BOX.portMargin + (band * (sharing.indexOf(item) + 1)) / (sharing.length + 1);
  };
  const edges = placed.map((item) => ({
    ...item.edge,
    x1: item.from.x + BOX.width,
    y1: port(item.from, 'from', (candidate) => candidate.to, item),
    x2: item.to.x,
    y2: port(item.to, 'to', (candidate) => candidate.from, item),
  }));
  return { width, height, nodes: [...nodes.values()], edges };
}
