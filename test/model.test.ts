import { describe, expect, it } from 'vitest';
import { toPlainText } from '../src/model/to-plain-text.js';
import type { Section, Table } from '../src/model/types.js';
import { bodyText, compileMemory, errors, oneDocument } from './support/memory-policy.js';

describe(':::internal and the two editions', () => {
  const md = [
    '# 目的 {#purpose}', '公開の本文。',
    ':::internal', '非公開の注記。', ':::',
    '# 連絡先 {#contact}', '1. 総務課', '1. 情報政策係 :internal[（内線214）]',
    ':::internal', '# 非常時の連絡 {#emergency}', '当番携帯 090-0000-0000', ':::',
    '公開に戻った段落。',
    '# 見直し {#review}', '[](#review)による。',
  ].join('\n\n');
  const { internal, public: published, diagnostics } = compileMemory(oneDocument(md));

  it('marks internal content in the internal edition and keeps everything', () => {
    expect(errors({ diagnostics })).toEqual([]);
    expect(bodyText(internal!)).toEqual([
      '1 目的', '公開の本文。', '〔非公開〕', '非公開の注記。', '〔非公開ここまで〕',
      '2 連絡先', '(1) 総務課', '(2) 情報政策係 （内線214）',
      '〔非公開〕', '3 非常時の連絡', '当番携帯 090-0000-0000', '〔非公開ここまで〕',
      '公開に戻った段落。',
      '4 見直し', '4による。',
    ]);
  });

  it('drops internal content from the public edition and numbers without gaps', () => {
    expect(bodyText(published!)).toEqual(['1 目的', '公開の本文。', '2 連絡先', '(1) 総務課', '(2) 情報政策係', '公開に戻った段落。', '3 見直し', '3による。']);
    expect(JSON.stringify(published)).not.toMatch(/090-0000|内線214|非公開の注記|非常時/);
  });

  it('closes a section opened inside a container at the container end', () => {
    const contact = internal!.documents[0].children[1] as Section;
    expect(contact.children.map((b) => b.type)).toEqual(['list', 'section', 'paragraph']);
    expect((contact.children[1] as Section).visibility).toBe('internal');
  });

  it('keeps internal documents out of the public edition', () => {
    const c = compileMemory(oneDocument('# 目的\n\n本文', { visibility: 'internal' }));
    expect(c.public!.documents).toEqual([]);
    expect(c.internal!.documents.map((d) => d.id)).toEqual(['basic']);
  });

  it('reports a public reference to internal content as an error', () => {
    const c = compileMemory(oneDocument('# 目的\n\n[](#secret)を見よ。\n\n:::internal\n# 秘密 {#secret}\n\n本文\n:::'));
    expect(errors(c)).toEqual(['ref-internal@3:1']);
  });

  it('allows that reference from inside internal content', () => {
    const c = compileMemory(oneDocument('# 目的\n\n:internal[[](#secret)を見よ。]\n\n:::internal\n# 秘密 {#secret}\n\n[](#secret)\n:::'));
    expect(errors(c)).toEqual([]);
  });
});

describe('Handlebars values', () => {
  it('fills in manifest values, roles and 和暦 dates', () => {
    const md = '# 目的\n\n{{org.name}}（以下「{{org.self}}」という。）の{{role "ciso"}}は、{{wareki adopted}}に定める。';
    const c = compileMemory(oneDocument(md));
    expect(errors(c)).toEqual([]);
    expect(bodyText(c.internal!)).toEqual(['1 目的', 'さくら町（以下「本町」という。）の最高情報セキュリティ責任者は、令和8年3月に定める。']);
  });

  it('reports every unknown variable, helper and role at its own line and column', () => {
    const md = '# 目的\n\n本文 {{org.nmae}} と **{{foo "x"}}**\n\nさらに {{role "nobody"}} と {{constructor.constructor}}';
    const c = compileMemory(oneDocument(md));
    expect(errors(c)).toEqual([
      // Each points at the offending name or argument, not at the braces.
      'template-unknown-variable@3:6',
      'template-unknown-helper@3:23',
      'role-unknown@5:12',
      'template-unknown-variable@5:27',
    ]);
  });

  it('reports a syntax error at the opening braces', () => {
    const c = compileMemory(oneDocument('# 目的\n\n前文 {{org.name'));
    expect(errors(c)).toEqual(['template-syntax@3:4']);
  });
});

describe('data tables', () => {
  const extra = [
    'data:',
    '  levels:',
    '    caption: 重要度分類',
    '    columns: [{ key: level, label: 分類, merge: true }, { key: item, label: 具体例 }]',
    '    rows:',
    '      - { level: Ⅰ, item: [住民情報, "税 | 情報"] }',
    '      - { level: Ⅰ, item: 人事情報 }',
    '      - { level: Ⅱ, item: "*強調ではない*" }',
  ].join('\n');

  it('renders manifest data through the template, with merged cells and literal values', () => {
    const c = compileMemory(oneDocument('# 分類\n\n::data-table{source=levels}', { extra }));
    expect(errors(c)).toEqual([]);
    const table = (c.internal!.documents[0].children[0] as Section).children[0] as Table;
    expect(table.caption).toBe('重要度分類');
    expect(table.rows.map((r) => r.cells.map((cell) => [toPlainText(cell.children), cell.rowSpan]))).toEqual([
      [['分類', 1], ['具体例', 1]],
      [['Ⅰ', 2], ['・住民情報\n・税 | 情報', 1]],
      [['人事情報', 1]],
      [['Ⅱ', 1], ['*強調ではない*', 1]],
    ]);
  });

  it('reports an unknown data source and a missing template', () => {
    const c = compileMemory(oneDocument('# 分類\n\n::data-table{source=nope}\n\n::data-table{source=levels template=fancy}', { extra }));
    expect(errors(c)).toEqual(['data-unknown@3:1', 'template-missing@5:1']);
  });
});

describe('Markdown the source contract does not give a meaning', () => {
  it('keeps colons in prose as text, drops raw HTML and unsafe links with a warning', () => {
    const md = '# 目的\n\n午前10:30に例:fooとする。<script>alert(1)</script>[押す](javascript:alert(1))\n\n<div>x</div>';
    const c = compileMemory(oneDocument(md));
    expect(errors(c)).toEqual([]);
    expect(c.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.ruleId)).toEqual(['raw-html', 'raw-html', 'unsafe-url', 'raw-html']);
    expect(bodyText(c.internal!)).toEqual(['1 目的', '午前10:30に例:fooとする。alert(1)押す']);
  });

  it('reports unknown and unclosed directives', () => {
    const c = compileMemory(oneDocument('# 目的\n\n:::warning\n注意\n:::\n\n:::internal\n閉じていない'));
    expect(errors(c)).toEqual(['directive-unknown@3:1', 'directive-unclosed@7:1']);
  });

  it('reports explicit duplicate ids, and makes derived ones unique', () => {
    const c = compileMemory(oneDocument('# 目的 {#a}\n\n# 範囲 {#a}\n\n# 同じ\n\n# 同じ'));
    expect(errors(c)).toEqual(['id-duplicate@3:1']);
    expect(c.internal!.documents[0].children.map((s) => (s as Section).id)).toEqual(['a', 'a', '同じ', '同じ-2']);
  });
});
