import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type Compilation } from '../../src/compile.js';
import type { PolicyFiles } from '../../src/load/policy-files.js';
import type { Policy } from '../../src/model/types.js';
import type { ParseCache } from '../../src/parse/parse-cache.js';
import { toText } from '../../src/render/text/to-text.js';
import { ROOT } from './build-example.js';

const DATA_TABLE = readFileSync(join(ROOT, 'templates', 'data-table.hbs'), 'utf8');

/** Compile a policy given as in-memory files (path → text), as load/ would have read them. */
export function compileMemory(files: Record<string, string>, cache?: ParseCache): Compilation {
  const manifest = files['policy.yaml'];
  const input: PolicyFiles = {
    dir: 'mem',
    manifest: manifest === undefined ? undefined : { path: 'mem/policy.yaml', value: manifest },
    sources: new Map(),
    missing: new Set(),
    templates: new Map([['data-table', { path: 'templates/data-table.hbs', value: DATA_TABLE }]]),
    diagnostics: [],
  };
  for (const [path, value] of Object.entries(files)) {
    if (path === 'policy.yaml') continue;
    if (path.startsWith('templates/')) input.templates.set(path.slice(10, -4), { path: `mem/${path}`, value });
    else input.sources.set(path, { path: `mem/${path}`, value });
  }
  return compile(input, cache);
}

/** A one-document manifest around Markdown, for tests of the Markdown semantics. */
export function oneDocument(markdown: string, options: { numbering?: string; visibility?: string; extra?: string } = {}): Record<string, string> {
  return {
    'policy.yaml': [
      'org: { name: さくら町, kind: 町, self: 本町 }',
      'adopted: "2026-03"',
      'roles: { ciso: { title: 最高情報セキュリティ責任者, holder: 副町長 } }',
      'documents:',
      '  - id: basic',
      '    tier: basic',
      '    title: 基本方針',
      `    numbering: ${options.numbering ?? 'guideline'}`,
      ...(options.visibility ? [`    visibility: ${options.visibility}`] : []),
      '    sources: [a.md]',
      options.extra ?? '',
    ].join('\n'),
    'a.md': markdown,
  };
}

/** The body lines of the txt rendering (cover and title lines dropped). */
export function bodyText(policy: Policy, id = 'basic'): string[] {
  const document = policy.documents.find((d) => d.id === id)!;
  const lines = toText(policy, document).split('\n');
  // Cover lines, a blank line, the title; the body follows.
  const title = lines.indexOf('') + 1;
  return lines.slice(title + 1).filter((l) => l !== '');
}

export function errors(compilation: Compilation) {
  return compilation.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}@${d.line}:${d.column}`);
}
