import { describe, expect, it } from 'vitest';
import { toDocx } from '../src/render/docx/to-docx.js';
import { TEST_INFO } from './support/build-example.js';
import { compileMemory, oneDocument } from './support/memory-policy.js';
import { outputText } from './support/output-text.js';

describe('改定履歴 in the public edition', () => {
  it('keeps dates, kinds and instruments but not summaries, which may speak of internal provisions', async () => {
    const extra = 'revisions: [{ date: "2027-04-01", kind: 一部改正, summary: 対策基準第5条の非公開の手順を改正, instrument: 令和9年訓令第2号 }]';
    const c = compileMemory(oneDocument('# 目的\n\n本文。', { extra }));
    const text = async (edition: 'public' | 'internal') => outputText('x.docx', await toDocx(c[edition]!, c[edition]!.documents[0], TEST_INFO));
    const published = await text('public');
    expect(published).toContain('令和9年訓令第2号');
    expect(published).not.toContain('非公開の手順');
    expect(await text('internal')).toContain('対策基準第5条の非公開の手順を改正');
  });
});
