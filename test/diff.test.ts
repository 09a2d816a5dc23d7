import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../src/diff/diff-policies.js';
import { diffWords } from '../src/diff/diff-words.js';
import { toComparison } from '../src/diff/to-comparison.js';
import { toSummary, type SummaryEntry } from '../src/diff/to-summary.js';
import { compileMemory, oneDocument } from './support/memory-policy.js';

const BASE = [
  '# 目的 {#purpose}', '本方針は、情報資産を守ることを目的とする。',
  '# 定義 {#definitions}', '1. ネットワーク　通信網をいう。 {#network}', '1. 情報システム　仕組みをいう。',
  '# 脅威 {#threats}', '点検を年に1回実施する。',
  '# 対策 {#measures}', '| 区分 | 内容 |\n|---|---|\n| 物理的 | 施錠 |\n| 人的 | 教育 |',
  '# 見直し {#review}', '必要に応じて見直す。',
];

function summarize(oldMd: string[], newMd: string[], options: { oldExtra?: string; newExtra?: string } = {}) {
  const a = compileMemory(oneDocument(oldMd.join('\n\n'), { extra: options.oldExtra }));
  const b = compileMemory(oneDocument(newMd.join('\n\n'), { extra: options.newExtra }));
  const changes = diffPolicies({ policy: a.internal!, manifest: a.manifest! }, { policy: b.internal!, manifest: b.manifest! });
  return { changes, summary: toSummary(changes) };
}

const entries = (s: ReturnType<typeof summarize>) => s.summary.documents[0].entries.map((e: SummaryEntry) => ({ ref: e.ref, kinds: e.kinds, changes: e.changes }));

describe('diff: Japanese word diff', () => {
  it('keeps change points whole (「1回」→「2回以上」)', () => {
    expect(diffWords('点検を年に1回実施する。', '点検を年に2回以上実施する。')).toEqual([
      { op: 'equal', text: '点検を年に' },
      { op: 'delete', text: '1回' },
      { op: 'insert', text: '2回以上' },
      { op: 'equal', text: '実施する。' },
    ]);
  });

  it('does not split inside words', () => {
    const segments = diffWords('情報セキュリティ管理者に報告する。', '情報セキュリティ責任者に報告する。');
    expect(segments.filter((s) => s.op !== 'equal')).toEqual([{ op: 'delete', text: '管理者' }, { op: 'insert', text: '責任者' }]);
  });
});

describe('diff: revision pairs', () => {
  it('no change at all', () => {
    const s = summarize(BASE, BASE);
    expect(s.summary.meta).toEqual([]);
    expect(s.summary.documents[0].status).toBe('unchanged');
    expect(entries(s)).toEqual([]);
  });

  it('modify one word', () => {
    const s = summarize(BASE, BASE.map((l) => l.replace('年に1回', '年に2回以上')));
    expect(entries(s)).toEqual([{ ref: '3', kinds: ['modified'], changes: [{ kind: 'replace', old: '1回', new: '2回以上' }] }]);
  });

  it('add a section in the middle: later numbers shift, no text change reported for them', () => {
    const added = [...BASE.slice(0, 5), '# 組織 {#organization}', '体制を整える。', ...BASE.slice(5)];
    const s = summarize(BASE, added);
    expect(entries(s)).toEqual([
      { ref: '3', kinds: ['added'], changes: [{ kind: 'added' }] },
      { ref: '4', kinds: ['renumbered'], changes: [{ kind: 'renumber', old: '3', new: '4' }] },
      { ref: '5', kinds: ['renumbered'], changes: [{ kind: 'renumber', old: '4', new: '5' }] },
      { ref: '6', kinds: ['renumbered'], changes: [{ kind: 'renumber', old: '5', new: '6' }] },
    ]);
    expect(s.summary.documents[0].counts).toEqual({ modified: 0, added: 1, deleted: 0, moved: 0, renumbered: 3 });
  });

  it('delete a section', () => {
    const s = summarize(BASE, [...BASE.slice(0, 5), ...BASE.slice(7)]);
    expect(entries(s).map((e) => [e.ref, e.kinds])).toEqual([['3', ['deleted']], ['3', ['renumbered']], ['4', ['renumbered']]]);
  });

  it('move a section', () => {
    const moved = [...BASE.slice(0, 2), ...BASE.slice(9, 11), ...BASE.slice(2, 9)];
    const s = summarize(BASE, moved);
    const review = entries(s).find((e) => e.ref === '2')!;
    expect(review.kinds).toEqual(['moved', 'renumbered']);
    expect(s.summary.documents[0].counts.moved).toBe(1);
    expect(s.summary.documents[0].counts.modified).toBe(0);
  });

  it('rename a heading (explicit id keeps it the same provision)', () => {
    const s = summarize(BASE, BASE.map((l) => l.replace('# 脅威 {#threats}', '# 対象とする脅威 {#threats}')));
    expect(entries(s)).toEqual([{ ref: '3', kinds: ['modified'], changes: [{ kind: 'insert', new: '対象とする' }] }]);
  });

  it('rename a heading without an id: matched by similarity, not delete + add', () => {
    const noIds = BASE.map((l) => l.replace(/ \{#[a-z]+\}$/, ''));
    const s = summarize(noIds, noIds.map((l) => (l === '# 脅威' ? '# 想定する脅威' : l)));
    expect(entries(s).map((e) => e.kinds)).toEqual([['modified']]);
  });

  it('change a table cell: found cell by cell', () => {
    const s = summarize(BASE, BASE.map((l) => l.replace('| 人的 | 教育 |', '| 人的 | 教育及び訓練 |')));
    expect(entries(s)).toEqual([{ ref: '4', kinds: ['modified'], changes: [{ kind: 'insert', new: '及び訓練' }] }]);
    const row = s.changes.documents[0].provisions.find((p) => p.id === 'measures')!.lines.find((l) => l.kind === 'changed')!;
    expect(row.cells).toEqual([[{ op: 'equal', text: '人的' }], [{ op: 'equal', text: '教育' }, { op: 'insert', text: '及び訓練' }]]);
  });

  it('change only front matter', () => {
    const s = summarize(BASE, BASE, { newExtra: 'revisions: [{ date: "2027-04-01", kind: 一部改正, instrument: 令和9年訓令第1号 }]' });
    expect(entries(s)).toEqual([]);
    expect(s.summary.meta).toEqual([{ field: 'revisions.2027-04-01', old: undefined, new: '令和9年4月1日 一部改正 令和9年訓令第1号' }]);
  });

  it('renumbered items alone are not a text change', () => {
    const s = summarize(BASE, BASE.map((l) => (l.startsWith('1. ネットワーク') ? `1. 端末　機器をいう。\n\n${l}` : l)));
    const definitions = s.changes.documents[0].provisions.find((p) => p.id === 'definitions')!;
    expect(definitions.lines.map((l) => [l.kind, l.old?.label, l.new?.label])).toEqual([
      ['added', undefined, '(1)'],
      ['same', '(1)', '(2)'],
      ['same', '(2)', '(3)'],
    ]);
  });
});

describe('diff: 新旧対照表 rows', () => {
  const underlined = (runs: Array<{ text: string; underline: boolean }>) => runs.map((r) => (r.underline ? `[${r.text}]` : r.text)).join('');
  const sides = (oldMd: string[], newMd: string[]) => {
    const { changes } = summarize(oldMd, newMd);
    const table = toComparison(changes.documents[0]);
    return table.rows.map((row) => ({ kind: row.kind, new: row.new.map((p) => underlined(p.runs)), old: row.old.map((p) => underlined(p.runs)) }));
  };

  it('underlines changed text on both sides and leaves unchanged lines as （略）', () => {
    const rows = sides(BASE, BASE.map((l) => l.replace('年に1回', '年に2回以上')));
    expect(rows).toEqual([{ kind: 'provision', new: ['3　脅威', '点検を年に[2回以上]実施する。'], old: ['3　脅威', '点検を年に[1回]実施する。'] }]);
  });

  it('puts underlined blanks of the same width opposite an insertion', () => {
    const rows = sides(BASE, BASE.map((l) => l.replace('年に1回実施', '年に1回以上実施')));
    expect(rows[0].new[1]).toBe('点検を年に1回[以上]実施する。');
    expect(rows[0].old[1]).toBe('点検を年に1回[\u3000\u3000]実施する。');
  });

  it('marks a new provision （新設）, a removed one （削除）, and only the number of a renumbered one', () => {
    const rows = sides(BASE, [...BASE.slice(0, 5), '# 組織 {#organization}', '体制を整える。', ...BASE.slice(5, 9), ...BASE.slice(11)]);
    expect(rows[0]).toEqual({ kind: 'provision', new: ['[3]　[組織]', '[体制を整える。]'], old: ['（新設）'] });
    expect(rows[1]).toEqual({ kind: 'provision', new: ['[4]　脅威', '（略）'], old: ['[3]　脅威', '（略）'] });
    expect(rows.at(-1)).toEqual({ kind: 'provision', new: ['（削除）'], old: ['[5]　[見直し]', '[必要に応じて見直す。]'] });
  });

  it('collapses unchanged provisions between changes into one （略） row', () => {
    const rows = sides(BASE, BASE.map((l) => l.replace('守ることを', '確実に守ることを').replace('必要に応じて', '毎年')));
    expect(rows.map((r) => r.kind)).toEqual(['provision', 'omitted', 'provision']);
  });
});
