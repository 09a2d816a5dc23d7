import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Site } from './serve-site.js';
import { LIVE_EVENTS_PATH, LIVE_SCRIPT, LIVE_SCRIPT_PATH } from './serve-live-script.js';
import { UsageError } from './usage-error.js';

export interface LiveServer {
  url: string;
  /** Tell every open page which build is current; pages of an older one reload. */
  announce(build: number): void;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
// frame-ancestors works only as a header (a <meta> CSP ignores it): no other page may frame the
// preview and trick a click on it; X-Frame-Options for browsers older than CSP 2.
const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' };
const TEXT = { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' };

/** The page name a request path asks for, or undefined when the path is not one (bad %-escapes). */
function pageName(path: string): string | undefined {
  if (path === '/') return 'index.html';
  try {
    return decodeURIComponent(path.slice(1));
  } catch {
    return undefined;
  }
}

/**
 * The preview server: loopback only, and only for requests addressed to it by name (a Host check,
 * so a web page cannot reach the internal edition through DNS rebinding). Pages come from memory.
 * No request can end it: anything malformed gets a 4xx, anything unexpected a 500, never a stack.
 */
export async function startServer(port: number, site: () => Site): Promise<LiveServer> {
  const streams = new Set<ServerResponse>();
  let origin = '';
  const event = (build: number) => `event: build\ndata: ${build}\n\n`;

  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const allowed = [origin, origin.replace(HOST, 'localhost')].map((o) => o.replace('http://', ''));
    if (!allowed.includes(request.headers.host ?? '')) return void response.writeHead(403, HEADERS).end();
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { ...HEADERS, allow: 'GET, HEAD' }).end();
    const url = URL.canParse(request.url ?? '', origin) ? new URL(request.url ?? '', origin) : undefined;
    const name = url && pageName(url.pathname);
    if (url === undefined || name === undefined) return void response.writeHead(400, TEXT).end('URL の形が正しくありません。/ に文書の一覧があります。\n');
    if (url.pathname === LIVE_EVENTS_PATH) {
      response.writeHead(200, { ...HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
      response.write(`retry: 500\n${event(site().build)}`);
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    if (url.pathname === LIVE_SCRIPT_PATH) return void response.writeHead(200, { ...HEADERS, 'content-type': 'text/javascript; charset=utf-8' }).end(LIVE_SCRIPT);
    const current = site();
    const page = current.errorPage ?? current.pages.get(name);
    if (page === undefined) return void response.writeHead(404, TEXT).end(`${name} はありません。/ に文書の一覧があります。\n`);
    // 200 even for the error page: it is the preview's answer, and the browser console stays quiet.
    response.writeHead(200, { ...HEADERS, 'content-type': 'text/html; charset=utf-8' }).end(page);
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    // A client that goes away mid-answer must not become an unhandled 'error' event.
    response.on('error', () => streams.delete(response));
    try {
      answer(request, response);
    } catch {
      streams.delete(response);
      if (!response.headersSent) response.writeHead(500, TEXT).end('プレビューの表示中に問題が起きました。ページを再読み込みしてください。\n');
      else response.destroy();
    }
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new UsageError(`ポート ${port} は使用中です。--port で別の番号を指定するか、省略して空いている番号を使ってください。`) : error);
    });
    server.listen(port, HOST, () => resolve());
  });
  // Once listening, an error is one connection's (a failed accept when files run out): that one is
  // lost, the preview keeps serving.
  server.on('error', () => undefined);
  origin = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    announce(build) {
      for (const stream of streams) stream.write(event(build));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
