import { describe, expect, it } from 'vitest';
import { toWareki } from '../src/expand/wareki.js';

describe('wareki (和暦)', () => {
  it('writes 令和 dates with 元年 for the first year', () => {
    expect(toWareki('2026-03')).toBe('令和8年3月');
    expect(toWareki('2026-03-31')).toBe('令和8年3月31日');
    expect(toWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(toWareki('2019-05')).toBe('令和元年5月');
    expect(toWareki('2020-01')).toBe('令和2年1月');
  });

  it('places dates before 令和 in their era', () => {
    expect(toWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(toWareki('2019-04')).toBe('平成31年4月');
    expect(toWareki('1989-01-08')).toBe('平成元年1月8日');
    expect(toWareki('1989-01-07')).toBe('昭和64年1月7日');
  });

  it('refuses what is not a date', () => {
    expect(toWareki('2026/03')).toBeUndefined();
    expect(toWareki('2026-13')).toBeUndefined();
    expect(toWareki('令和8年')).toBeUndefined();
  });
});
