// No request can end `hoshin serve`: malformed paths, request lines, headers and methods get a 4xx,
// a failure inside the handler a 500 in Japanese, and the server answers the next request. Real
// HTTP on 127.0.0.1, raw sockets for what node:http would refuse to send. And no other page may
// frame the preview (frame-ancestors works only as a header).
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/cli/serve-server.js';
import type { Site } from '../src/cli/serve-site.js';
import { EXAMPLES } from './support/build-example.js';
import { serveCli, type Served } from './support/serve-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'hoshin-serve-requests-'));
const running: Served[] = [];
afterAll(() => {
  for (const served of running) served.child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A GET through node:http (the path is sent as given, %-escapes and all). */
function get(url: string, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { path }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
    });
    sent.on('error', reject);
    // A server that died or hangs: fail here rather than at the test's time limit.
    sent.setTimeout(15_000, () => sent.destroy(new Error(`no answer to ${path}`)));
    sent.end();
  });
}

/** Bytes written as they are on a fresh connection; what comes back until the server closes it. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      // One answer is enough; keep-alive would otherwise hold the socket open.
      if (/\r\n\r\n/.test(text)) socket.end();
    });
    socket.on('error', () => resolve(text));
    socket.on('close', () => resolve(text));
    socket.write(bytes, 'latin1');
  });
}

describe('hoshin serve under malformed requests', () => {
  it('answers 4xx to every malformed request and keeps serving', async () => {
    const served = await serveCli(join(EXAMPLES, 'izumi'), join(scratch, 'cache'));
    running.push(served);
    const port = Number(new URL(served.url).port);
    const host = `Host: 127.0.0.1:${port}\r\n`;

    // What any web page could make a browser ask for (an <img src>), as curl sends it.
    const badEscape = await get(served.url, '/%E0%A4%A');
    expect(badEscape.status).toBe(400);
    expect(badEscape.text).toContain('URL の形が正しくありません');
    expect((await get(served.url, '/basic.html')).status).toBe(200);

    const requests: Array<[string, RegExp]> = [
      [`GET /%E0%A4%A HTTP/1.1\r\n${host}\r\n`, /^HTTP\/1\.1 400 /],
      [`GET /%ZZ HTTP/1.1\r\n${host}\r\n`, /^HTTP\/1\.1 400 /],
      [`GET /%FF%FE HTTP/1.1\r\n${host}\r\n`, /^HTTP\/1\.1 400 /],
      [`GET // HTTP/1.1\r\n${host}\r\n`, /^HTTP\/1\.1 400 /],
      [`GET http://[ HTTP/1.1\r\n${host}\r\n`, /^HTTP\/1\.1 4\d\d /],
      [`GET /%00 HTTP/1.1\r\n${host}\r\n`, /^HTTP\/1\.1 404 /],
      [`GARBAGE\r\n\r\n`, /^HTTP\/1\.1 400 /],
      [`BREW / HTTP/1.1\r\n${host}\r\n`, /^HTTP\/1\.1 4\d\d /],
      [`POST / HTTP/1.1\r\n${host}Content-Length: 0\r\n\r\n`, /^HTTP\/1\.1 405 /],
      [`GET / HTTP/1.1\r\n${host}No colon here\r\n\r\n`, /^HTTP\/1\.1 400 /],
      [`GET / HTTP/1.1\r\n${host}X-Long: ${'a'.repeat(40_000)}\r\n\r\n`, /^HTTP\/1\.1 431 /],
      [`GET / HTTP/1.1\r\n\r\n`, /^HTTP\/1\.1 4\d\d /],
      [`GET / HTTP/1.1\r\nHost: attacker.example:${port}\r\n\r\n`, /^HTTP\/1\.1 403 /],
      [`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\x1b[2J\r\n\r\n`, /^HTTP\/1\.1 4\d\d /],
      [`GET /\x00\x1b HTTP/1.1\r\n${host}\r\n`, /^HTTP\/1\.1 400 /],
      [`GET / HTTP/9.9\r\n${host}\r\n`, /^HTTP\/1\.1 (400|505) /],
    ];
    for (const [bytes, expected] of requests) {
      const answer = await raw(port, bytes);
      expect(answer, JSON.stringify(bytes.slice(0, 60))).toMatch(expected);
      // Still alive: the next ordinary request is answered.
      const page = await get(served.url, '/standards.html');
      expect(page.status, JSON.stringify(bytes.slice(0, 60))).toBe(200);
    }
    expect(served.stderr()).not.toMatch(/^\s+at |URIError|TypeError/m);
  });

  it('forbids framing by any other page, in a header (a <meta> CSP cannot say it)', async () => {
    const served = await serveCli(join(EXAMPLES, 'izumi'), join(scratch, 'cache'));
    running.push(served);
    for (const path of ['/', '/basic.html', '/nothing.html', '/%E0%A4%A']) {
      const answer = await get(served.url, path);
      expect(answer.headers['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
    }
  });

  it('answers 500 in Japanese, without a stack, when building an answer fails, and keeps serving', async () => {
    let fail = true;
    const site = (): Site => {
      if (fail) throw new Error('secret detail at /home/user/policy');
      return { build: 1, pages: new Map([['index.html', '<p>一覧</p>']]), diagnostics: [] };
    };
    const server = await startServer(0, site);
    try {
      const failed = await get(server.url, '/index.html');
      expect(failed.status).toBe(500);
      expect(failed.text).toContain('プレビューの表示中に問題が起きました');
      expect(failed.text).not.toMatch(/secret detail|\bat\b|Error/);
      fail = false;
      const page = await get(server.url, '/index.html');
      expect(page.status).toBe(200);
      expect(page.text).toBe('<p>一覧</p>');
    } finally {
      await server.close();
    }
  });
});
