/**
 * What crosses the line between the frontend and the backend: the concepts both sides must agree on, with what each
 * side does about them and the glossary entries that explain them. The frontend-and-backend page draws and lists
 * them; a unit test checks that every glossary id exists.
 */
import type { DiagramDefinition, DiagramNode } from './diagrams.ts';

export interface Crossing {
  /** A fragment-safe id, also the id of the crossing's box in the diagram. */
  id: string;
  label: string;
  /** What the frontend does with it, in one plain sentence. */
  frontend: string;
  /** What the backend does with it, in one plain sentence. */
  backend: string;
  /** The glossary entries that explain it, most central first (the first one is the diagram box's link). */
  glossary: readonly [string, ...string[]];
}

/** The fragment of a crossing's section on the frontend-and-backend page. */
export const crossingAnchor = (crossing: Crossing) => `crossing-${crossing.id}`;

export const CROSSINGS: readonly Crossing[] = [
  {
    id: 'http',
    label: 'HTTP',
    frontend: 'The browser sends requests with a method, headers and cookies, and reads the status code and body of each response.',
    backend: 'The server parses every request, routes it to a handler and writes the response, encrypted with TLS.',
    glossary: ['http', 'https', 'tls', 'websocket'],
  },
  {
    id: 'apis',
    label: 'APIs',
    frontend: 'Screens fetch and send data, usually as JSON, through the endpoints an API offers.',
    backend: 'The backend designs those endpoints, documents them, validates what arrives and limits how often they are called.',
    glossary: ['api', 'rest', 'graphql', 'json', 'api-documentation', 'rate-limiting'],
  },
  {
    id: 'authentication',
    label: 'Authentication',
    frontend: 'Login forms collect credentials, and the browser keeps a session cookie or a token to send with later requests.',
    backend: 'The server checks credentials against hashed passwords, issues sessions or tokens and decides what each user may do.',
    glossary: ['authentication', 'authorization', 'session', 'jwt', 'oauth', 'csrf', 'password-hashing'],
  },
  {
    id: 'rendering',
    label: 'Rendering',
    frontend: 'With client-side rendering, JavaScript builds the page in the browser from data it fetches.',
    backend: 'With server-side rendering, the server fills templates with data and sends finished HTML.',
    glossary: ['server-side-rendering', 'client-side-rendering', 'single-page-application', 'templating-engine'],
  },
  {
    id: 'caching',
    label: 'Caching',
    frontend: 'Browsers and CDNs keep copies of responses for as long as the response headers allow.',
    backend: 'The server sets those headers and keeps query results and computed data in fast stores.',
    glossary: ['caching', 'cdn', 'in-memory-data-store', 'latency'],
  },
];

/**
 * The crossings as a diagram: the frontend on the left, the crossings in the middle, the backend on the right. Boxes
 * link to their first glossary entry when `exists` finds it (a smaller corpus may lack some), and are drawn unlinked
 * otherwise.
 */
export function crossingsDiagram(exists: (entry: `glossary/${string}`) => boolean): DiagramDefinition {
  const box = (id: string, label: string, glossaryId: string): DiagramNode => {
    const entry = `glossary/${glossaryId}` as const;
    return exists(entry) ? { id, label, entry } : { id, label };
  };
  return {
    title: 'What crosses between the frontend and the backend',
    description: `The frontend, in the browser, and the backend, on servers, meet through ${CROSSINGS.length} things both sides must agree on: ${CROSSINGS.map((crossing) => crossing.label).join(', ')}.`,
    columns: [[box('frontend', 'Frontend', 'frontend')], CROSSINGS.map((crossing) => box(crossing.id, crossing.label, crossing.glossary[0])), [box('backend', 'Backend', 'backend')]],
    edges: CROSSINGS.flatMap((crossing) => [
      { from: 'frontend', to: crossing.id },
      { from: crossing.id, to: 'backend' },
    ]),
  };
}
