import { describe, expect, it } from 'vitest';
import { formatNumber } from '../src/model/numbering/format-number.js';
import { bodyText, compileMemory, errors, oneDocument } from './support/memory-policy.js';

describe('number formats', () => {
  it('writes every format of Japanese public documents', () => {
    expect([1, 10, 12].map((n) => formatNumber(n, 'fullwidth'))).toEqual(['１', '１０', '１２']);
    expect([1, 20, 21, 36, 50].map((n) => formatNumber(n, 'circled'))).toEqual(['①', '⑳', '㉑', '㊱', '㊿']);
    expect([1, 2, 11, 46].map((n) => formatNumber(n, 'katakana'))).toEqual(['ア', 'イ', 'サ', 'ン']);
    expect([1, 2, 3, 47].map((n) => formatNumber(n, 'iroha'))).toEqual(['イ', 'ロ', 'ハ', 'ス']);
    expect([1, 10, 11, 20, 99, 100, 1024].map((n) => formatNumber(n, 'kanji'))).toEqual(['一', '十', '十一', '二十', '九十九', '百', '千二十四']);
    expect([4, 9, 14].map((n) => formatNumber(n, 'roman'))).toEqual(['IV', 'IX', 'XIV']);
    expect(formatNumber(51, 'circled')).toBe('51');
  });
});

describe('guideline style (1 / (1) / ① / ア)', () => {
  const md = [
    '# 目的 {#purpose}', '本文。',
    '# 定義 {#terms}', '## ネットワーク {#network}', '通信網をいう。', '## 情報システム {#system}', '仕組みをいう。',
    '# 適用範囲 {#scope}', '1. 第一', '1. 第二', '   1. 入れ子', '   1. 入れ子二', '      1. 深い',
    '# 見直し', '上記[](#terms)及び[](#system)並びに[](#scope)による。',
  ].join('\n\n');
  const { internal, diagnostics } = compileMemory(oneDocument(md));

  it('numbers headings and lists by depth, lists continuing after the section level', () => {
    expect(errors({ diagnostics })).toEqual([]);
    expect(bodyText(internal!)).toEqual([
      '1 目的', '本文。',
      '2 定義', '(1) ネットワーク', '通信網をいう。', '(2) 情報システム', '仕組みをいう。',
      '3 適用範囲', '(1) 第一', '(2) 第二', '\u3000① 入れ子', '\u3000② 入れ子二', '\u3000\u3000ア 深い',
      '4 見直し', '上記2及び2(2)並びに3による。',
    ]);
  });

  it('derives an id for a heading without one, and says so as info', () => {
    const section = internal!.documents[0].children[3];
    expect(section.type === 'section' && section.id).toBe('見直し');
    expect(diagnostics.filter((d) => d.ruleId === 'id-derived').map((d) => d.line)).toEqual([27]);
  });
});

describe('decimal style (1.1 / 1.1.1 / （１） / ① / ●)', () => {
  const md = [
    '# 基本方針 {#top}', '## 目的 {#purpose}', '1. 脅威一', '1. 脅威二',
    '## 範囲 {#scope}', '#### 行政機関 {#org}', '1. 資産一', '##### 担当 {.unnumbered #duty}', '- 点検する',
    '### 細目 {#detail}', '#### 分類 {#class}', '参照: [](#detail)、[](#class)、[](#duty)。',
  ].join('\n\n');

  it('numbers heading-only levels, skips them for lists, marks unnumbered headings with ●', () => {
    const { internal, diagnostics } = compileMemory(oneDocument(md, { numbering: 'decimal' }));
    expect(errors({ diagnostics })).toEqual([]);
    expect(bodyText(internal!)).toEqual([
      '1.基本方針', '1.1.目的', '（１）脅威一', '（２）脅威二',
      '1.2.範囲', '（１）行政機関', '①資産一', '●担当', '・点検する',
      '1.2.1.細目', '（１）分類', '参照: 1.2.1、1.2.1（１）、担当。',
    ]);
  });

  it('starts at a chapter number with start, or prefixes one with chapter', () => {
    const started = compileMemory(oneDocument('# 対策基準\n\n## 組織', { numbering: '{ preset: decimal, start: 2 }' }));
    expect(bodyText(started.internal!)).toEqual(['2.対策基準', '2.1.組織']);
    const prefixed = compileMemory(oneDocument('# 組織\n\n## 役割', { numbering: '{ preset: decimal, chapter: 3 }' }));
    expect(bodyText(prefixed.internal!)).toEqual(['3.1.組織', '3.1.1.役割']);
  });
});

describe('reiki style (第1章 / （見出し）第1条 / 項 / 号 / ア)', () => {
  const md = [
    '# 総則 {#general}',
    '## 目的 {#purpose}', 'この規程は、目的を定める。',
    '## 定義 {#definitions}', 'この規程において、次に掲げる用語の意義は、次のとおりとする。', '1. 情報資産', '1. 情報システム', '   1. 機器',
    '# 対策 {#measures}',
    '## 管理 {#manage}', '職員は、管理する。', '前項の規定は、委託先に準用する。 {#manage-2}', '1. 第一号',
    '## 参照 {#refs}', '[](#manage-2)、[](#definitions)、[](#manage-1)、[](#measures)、[](#manage)による。',
  ].join('\n\n');

  it('prints captions, article numbers running through chapters, 項 and 号', () => {
    const { internal, diagnostics } = compileMemory(oneDocument(md, { numbering: '{ preset: reiki, chapters: true }' }));
    expect(errors({ diagnostics })).toEqual([]);
    expect(bodyText(internal!)).toEqual([
      '第1章\u3000総則',
      '（目的）', '第1条\u3000この規程は、目的を定める。',
      '（定義）', '第2条\u3000この規程において、次に掲げる用語の意義は、次のとおりとする。', '(1)\u3000情報資産', '(2)\u3000情報システム', '\u3000ア\u3000機器',
      '第2章\u3000対策',
      '（管理）', '第3条\u3000職員は、管理する。', '2\u3000前項の規定は、委託先に準用する。', '(1)\u3000第一号',
      '（参照）', '第4条\u3000第3条第2項、第2条、第3条第2項第1号、第2章、第3条による。',
    ]);
  });

  it('rejects a heading deeper than the articles', () => {
    const { diagnostics } = compileMemory(oneDocument('# 目的\n\n本文\n\n## 細目\n', { numbering: 'reiki' }));
    expect(errors({ diagnostics })).toEqual(['heading-too-deep@5:1']);
  });
});

describe('explicit level formats', () => {
  it('takes formats, templates with parent numbers, and ref forms from the manifest', () => {
    const numbering = `{ gap: "　", levels: [{ format: kanji, template: "第{n}", ref: "第{n}" }, { format: iroha, template: "{n}", ref: "の{n}" }, { format: fullwidth, template: "{1}-{n}", refRoot: true }] }`;
    const md = '# 総論\n\n## 細目\n\n### 小項目 {#x}\n\n[](#x)\n\n# 各論\n\n## 細目二 {#y}\n\n[](#y)';
    const { internal, diagnostics } = compileMemory(oneDocument(md, { numbering }));
    expect(errors({ diagnostics })).toEqual([]);
    expect(bodyText(internal!)).toEqual(['第一\u3000総論', 'イ\u3000細目', '一-１\u3000小項目', '一-１', '第二\u3000各論', 'イ\u3000細目二', '第二のイ']);
  });
});
