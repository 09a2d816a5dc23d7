import { join } from 'node:path';
import { compile } from '../compile.js';
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostic.js';
import { loadPolicy } from '../load/load-policy.js';
import type { PolicyFiles } from '../load/policy-files.js';
import { nextRun, type ParseCache } from '../parse/parse-cache.js';
import { toHtmlIndex } from '../render/html/to-html-index.js';
import { toHtml } from '../render/html/to-html.js';
import { buildInfo } from './build-info.js';
import { serveErrorPage } from './serve-error-page.js';
import { LIVE_SCRIPT_PATH } from './serve-live-script.js';

/** One build of the internal edition as `hoshin serve` shows it. */
export interface Site {
  build: number;
  /** Pages by file name (index.html, <document>.html); empty when the source has errors. */
  pages: ReadonlyMap<string, string>;
  /** Shown for every page while the source has errors, instead of stale content. */
  errorPage?: string;
  diagnostics: Diagnostic[];
  /** What the build read (which files mean a rebuild); none when even loading failed. */
  files?: PolicyFiles;
}

/**
 * Load, compile and render the internal edition to HTML with the reload script. Never throws: a
 * problem of any kind becomes the error page, so the preview keeps running while the author edits.
 */
export async function buildSite(dir: string, env: Record<string, string | undefined>, build: number, cache?: ParseCache): Promise<Site> {
  const script = `${LIVE_SCRIPT_PATH}?build=${build}`;
  let files: PolicyFiles | undefined;
  const failed = (problems: Diagnostic[]): Site => ({ build, pages: new Map(), errorPage: serveErrorPage(problems, dir, script), diagnostics: problems, files });
  let diagnostics: Diagnostic[] = [];
  try {
    if (cache) nextRun(cache);
    files = await loadPolicy(dir, undefined, cache);
    const compilation = compile(files, cache);
    diagnostics = compilation.diagnostics;
    if (hasErrors(diagnostics) || !compilation.internal || !compilation.manifest) return failed(diagnostics);
    const info = await buildInfo(dir, compilation.manifest, env);
    const options = { liveScript: script };
    const pages = new Map<string, string>();
    for (const document of compilation.internal.documents) pages.set(`${document.id}.html`, toHtml(compilation.internal, document, info, options));
    for (const [name, page] of toHtmlIndex(compilation.internal, info, options)) pages.set(name, String(page));
    return { build, pages, diagnostics, files };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed([...diagnostics, diagnostic({ file: join(dir, 'policy.yaml'), line: 1, column: 1 }, 'error', 'render-failed', message)]);
  }
}
