import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of a page: exactly its own <style> (by hash) and data: for the
 * empty icon; nothing else can load, connect or run. `live` (hoshin serve only) adds the
 * same-origin reload script and its event stream.
 */
export function pageCsp(style: string, live: boolean): string {
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  return [
    "default-src 'none'",
    `style-src 'sha256-${hash}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    ...(live ? ["script-src 'self'", "connect-src 'self'"] : []),
  ].join('; ');
}
