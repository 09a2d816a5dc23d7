import { describe, expect, it } from 'vitest';
import { toWareki } from '../src/expand/wareki.js';
import { compileMemory, errors, oneDocument } from './support/memory-policy.js';

// Issue 13 item 16's kind of hole: the date pattern lets any day 01–31 through, so 2026-02-30
// printed 令和8年2月30日 on the cover. A date that is not on the calendar is an error.

const withDates = (adopted: string, revised: string) => {
  const files = oneDocument('# 目的\n\n{{wareki adopted}}に策定した。\n', { extra: `revisions:\n  - { date: "${revised}", kind: 一部改正, summary: 改正 }` });
  files['policy.yaml'] = files['policy.yaml'].replace('adopted: "2026-03"', `adopted: "${adopted}"`);
  return files;
};

describe('dates not on the calendar', () => {
  it.each(['2026-02-29', '2026-02-30', '2026-04-31', '2025-06-31', '1900-02-29'])('toWareki refuses %s', (date) => {
    expect(toWareki(date)).toBeUndefined();
  });

  it.each([['2024-02-29', '令和6年2月29日'], ['2026-01-31', '令和8年1月31日'], ['2000-02-29', '平成12年2月29日'], ['2026-04-30', '令和8年4月30日']])('toWareki still reads %s', (date, wareki) => {
    expect(toWareki(date)).toBe(wareki);
  });

  it('adopted and revisions[].date: a positioned manifest-schema error each', () => {
    const compilation = compileMemory(withDates('2026-02-30', '2026-04-31'));
    expect(errors(compilation)).toEqual(expect.arrayContaining(['manifest-schema@2:10', 'manifest-schema@11:13']));
    const messages = compilation.diagnostics.map((d) => d.message);
    expect(messages).toContain('adopted の「2026-02-30」はない日付です。日付を確かめてください。');
    expect(messages).toContain('revisions[0].date の「2026-04-31」はない日付です。日付を確かめてください。');
  });

  it('real dates compile clean', () => {
    expect(errors(compileMemory(withDates('2024-02-29', '2026-04-30')))).toEqual([]);
  });
});
