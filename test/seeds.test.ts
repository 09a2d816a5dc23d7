import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toText } from '../src/render/text/to-text.js';
import { compileFolder, EXAMPLES, SEEDS } from './support/build-example.js';
import { normalizeForSeed, similarity } from './support/similarity.js';

async function textOf(example: string, edition: 'public' | 'internal', ids: string[]): Promise<string> {
  const compilation = await compileFolder(join(EXAMPLES, example));
  expect(compilation.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const policy = compilation[edition]!;
  return ids
    .map((id) => {
      const document = policy.documents.find((d) => d.id === id);
      expect(document, `document ${id}`).toBeDefined();
      return toText(policy, document!);
    })
    .join('\n');
}

describe('seed reproduction (txt output vs. ../shared/seeds)', () => {
  it('nemuro-hokubu-fire reproduces seed 000 (public edition)', async () => {
    const seed = readFileSync(join(SEEDS, '000_812b4053764397eb.txt'), 'utf8');
    const text = await textOf('nemuro-hokubu-fire', 'public', ['basic']);
    const score = similarity(normalizeForSeed(seed), normalizeForSeed(text));
    expect(score).toBeGreaterThanOrEqual(0.98);
  });

  it('izumi reproduces seed 004 (basic + standards, internal edition)', async () => {
    const seed = readFileSync(join(SEEDS, '004_b796696a76b0b6ab.txt'), 'utf8');
    const text = await textOf('izumi', 'internal', ['basic', 'standards']);
    const score = similarity(normalizeForSeed(seed), normalizeForSeed(text));
    expect(score).toBeGreaterThanOrEqual(0.98);
  });

  it('the similarity measure notices a real difference', () => {
    const seed = normalizeForSeed(readFileSync(join(SEEDS, '000_812b4053764397eb.txt'), 'utf8'));
    expect(similarity(seed, seed)).toBe(1);
    expect(similarity(seed, seed.slice(0, Math.floor(seed.length * 0.9)))).toBeLessThan(0.98);
  });
});
