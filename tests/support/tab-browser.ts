/**
 * A Chromium driven over the DevTools protocol through a *tab* target, for the one behaviour Playwright cannot show:
 * prerendering. Chromium turns prerendering off while a debugger is attached straight to a page
 * (`PrerenderingDisabledByDevTools`), which is how Playwright attaches; a session attached to the tab that holds the
 * page leaves it on. This drives just enough for that test: open a page, move the pointer, click, evaluate.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS } from './chromium.ts';

type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message: string }; sessionId?: string };

export interface PageSession {
  send: (method: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>;
  evaluate: <T>(expression: string) => Promise<T>;
}

export interface TabBrowser {
  /** Every page the tab has held or prerendered, oldest first. */
  pages: () => PageSession[];
  /** The events of one protocol method seen so far, from every session. */
  events: (method: string) => Record<string, unknown>[];
  /** Loads `url` in the browser's one tab. */
  open: (url: string) => Promise<PageSession>;
  close: () => Promise<void>;
}

export async function launchTabBrowser(executablePath: string): Promise<TabBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'tab-browser-'));
  const child: ChildProcess = spawn(executablePath, [...CHROMIUM_ARGS, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--window-size=1280,800', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (found?.[1] !== undefined) resolve(found[1]);
    });
    child.once('exit', () => reject(new Error(`Chromium exited before listening:\n${text}`)));
  });
  const socket = new WebSocket(endpoint);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let nextId = 0;
  const waiting = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  const seen: Message[] = [];
  const pageSessions: PageSession[] = [];
  let firstPage: (session: PageSession) => void = () => undefined;
  const attachedFirst = new Promise<PageSession>((resolve) => (firstPage = resolve));
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId === undefined ? {} : { sessionId }) }));
    });
  const sessionFor = (sessionId: string): PageSession => ({
    send: (method, params) => send(method, params, sessionId),
    evaluate: async <T>(expression: string) => {
      const reply = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
      return (reply['result'] as { value: T }).value;
    },
  });
  const autoAttach = (sessionId?: string) => send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true, ...(sessionId === undefined ? { filter: [{ type: 'page', exclude: true }, {}] } : {}) }, sessionId);

  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id !== undefined) {
      const pending = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error !== undefined) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result ?? {});
      return;
    }
    seen.push(message);
    if (message.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = message.params as { sessionId: string; targetInfo: { type: string } };
      // A tab: attach to the pages inside it through the tab's own session.
      if (targetInfo.type === 'tab') void autoAttach(sessionId);
      if (targetInfo.type === 'page') {
        const session = sessionFor(sessionId);
        pageSessions.push(session);
        void session.send('Preload.enable').catch(() => undefined);
        firstPage(session);
      }
    }
  };
  await autoAttach();

  return {
    pages: () => [...pageSessions],
    events: (method) => seen.filter((message) => message.method === method).map((message) => message.params ?? {}),
    open: async (url) => {
      // The tab Chromium opened at launch: a tab opened later would hide it, and a hidden page never prerenders.
      const session = await attachedFirst;
      await session.send('Page.enable');
      await session.send('Page.navigate', { url });
      await waitFor(async () => (await session.evaluate<string>('document.readyState')) === 'complete' && (await session.evaluate<string>('location.href')) === url);
      return session;
    },
    close: async () => {
      socket.close();
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function waitFor(condition: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out');
}
