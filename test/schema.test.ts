import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/build-example.js';
import { compileMemory, errors } from './support/memory-policy.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'policy.schema.json'), 'utf8'));
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Every named property in the schema, with its path, resolving nothing ($ref targets are listed too). */
function properties(node: unknown, path: string, out: Array<{ path: string; schema: Record<string, unknown> }>): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  for (const [name, child] of Object.entries((n.properties as Record<string, unknown>) ?? {})) {
    out.push({ path: `${path}.${name}`, schema: child as Record<string, unknown> });
    properties(child, `${path}.${name}`, out);
  }
  for (const key of ['items', 'additionalProperties']) if (n[key] && typeof n[key] === 'object') properties(n[key], `${path}[]`, out);
  for (const key of ['oneOf', 'anyOf']) for (const [i, child] of ((n[key] as unknown[]) ?? []).entries()) properties(child, `${path}|${i}`, out);
}

describe('schema/policy.schema.json', () => {
  it('is JSON Schema 2020-12 and documents every property in Japanese', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const all: Array<{ path: string; schema: Record<string, unknown> }> = [];
    properties(schema, '', all);
    for (const [name, def] of Object.entries(schema.$defs as Record<string, unknown>)) properties(def, `$defs.${name}`, all);
    expect(all.length).toBeGreaterThan(50);
    const undocumented = all.filter(({ schema: s }) => {
      const description = typeof s.description === 'string' ? s.description : s.$ref ? schema.$defs[String(s.$ref).split('/').pop()!]?.description : undefined;
      return typeof description !== 'string' || !JAPANESE.test(description);
    });
    expect(undocumented.map((p) => p.path)).toEqual([]);
  });

  it('states the default visibility of each tier', () => {
    const visibility = schema.$defs.document.properties.visibility.description as string;
    expect(visibility).toMatch(/basic.*public/);
    expect(visibility).toMatch(/standards.*procedures.*internal/);
  });

  it('points schema errors at the offending YAML value, key or object', () => {
    const c = compileMemory({
      'policy.yaml': [
        'org:',
        '  name: 町',
        '  kind: 市町村',
        'documents:',
        '  - id: Basic',
        '    tier: basic',
        '    title: 方針',
        '    numbering: { preset: roman }',
        '    sources: [a.md]',
        '    colour: red',
        'adopted: "2026/03"',
      ].join('\n'),
      'a.md': '# 目的',
    });
    expect(errors(c)).toEqual([
      'manifest-schema@2:3', // org: required self missing → the org object
      'manifest-schema@3:9', // kind enum → the value
      'manifest-schema@5:9', // id pattern → the value
      'manifest-schema@8:26', // numbering.preset enum → the value
      'manifest-schema@10:5', // unknown key → the key
      'manifest-schema@11:10', // date pattern → the value
    ]);
    const messages = c.diagnostics.map((d) => d.message).join('\n');
    expect(messages).toContain('org に必須の項目 self がありません');
    expect(messages).toContain('documents[0].numbering.preset は guideline、decimal、reiki のいずれか');
    expect(messages).toContain('未知の項目 colour');
    expect(messages).toContain('日付（YYYY-MM-DD または YYYY-MM');
  });
});
