// Synthetic Japanese policies for the benchmark, made deterministically from a seed: headings at
// several levels, numbered items, tables, cross-references, internal blocks and manifest values,
// across three documents — plus the same Markdown as one file for pandoc.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['情報セキュリティ管理者', '情報システム担当者', '職員等', '外部委託事業者', '最高情報セキュリティ責任者', '情報管理者'];
const OBJECTS = ['情報資産', '電磁的記録媒体', 'ネットワーク機器', '管理区域', '認証情報', 'アクセスログ', 'バックアップ', '業務端末'];
const VERBS = ['適切に管理しなければならない', '定期的に点検しなければならない', '速やかに報告しなければならない', '記録を保存しなければならない', '必要な措置を講じなければならない', '許可を得なければならない'];
const CONDITIONS = ['重要度分類Ⅱ以上の情報を取り扱う場合', '外部に持ち出す場合', '障害が発生した場合', '新たに導入する場合', '委託先に提供する場合', '年に1回以上'];
const TOPICS = ['組織体制', '情報資産の分類', '物理的セキュリティ', '人的セキュリティ', '技術的セキュリティ', '運用', '外部委託', '評価・見直し', 'インシデント対応', 'アクセス制御', '教育・訓練', '監視'];

function generator(seed) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const sentence = () => `${pick(SUBJECTS)}は、${pick(CONDITIONS)}、${pick(OBJECTS)}について${pick(VERBS)}。`;
  const paragraph = () => Array.from({ length: 1 + Math.floor(r() * 3) }, sentence).join('');
  return { r, pick, sentence, paragraph };
}

function documentText(g, targetBytes, prefix, options) {
  const parts = [];
  const ids = [];
  let bytes = 0;
  let n = 0;
  const add = (text) => {
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  };
  while (bytes < targetBytes) {
    n += 1;
    const id = `${prefix}-${n}`;
    add(`# ${g.pick(TOPICS)} {#${id}}`);
    ids.push(id);
    add(g.paragraph());
    for (let s = 1; s <= 3 && bytes < targetBytes; s++) {
      const sub = `${id}-${s}`;
      add(`## ${g.pick(OBJECTS)}の管理 {#${sub}}`);
      ids.push(sub);
      add(`{{org.self}}の${g.paragraph()}`);
      add(Array.from({ length: 3 }, () => `1. ${g.sentence()}\n   1. ${g.sentence()}`).join('\n'));
      if (ids.length > 3) add(`前記[](#${g.pick(ids.slice(0, -1))})の規定による。${g.sentence()}`);
      if (s === 2) add(`| 区分 | 内容 | 頻度 |\n|---|---|---|\n${Array.from({ length: 4 }, () => `| ${g.pick(OBJECTS)} | ${g.sentence()} | ${g.pick(CONDITIONS)} |`).join('\n')}`);
      if (options.internal && s === 3) add(`:::internal\n${g.paragraph()}\n:::`);
      add(`### ${g.pick(CONDITIONS)} {#${sub}-x}`);
      ids.push(`${sub}-x`);
      add(g.paragraph());
    }
  }
  return parts.join('\n\n') + '\n';
}

/** The corpus for a total Markdown size: files by path (policy.yaml, *.md) and pandoc's single file. */
export function generateCorpus(totalBytes, seed = 20261122) {
  const g = generator(seed);
  const basic = documentText(g, totalBytes * 0.2, 'b', { internal: true });
  const standards = documentText(g, totalBytes * 0.5, 's', { internal: false });
  const procedures = documentText(g, totalBytes * 0.3, 'p', { internal: false });
  const manifest = [
    'org: { name: ベンチ市, kind: 市, self: 本市 }',
    'adopted: "2026-03"',
    'documents:',
    '  - { id: basic, tier: basic, title: ベンチ市情報セキュリティ基本方針, numbering: guideline, sources: [basic.md] }',
    '  - { id: standards, tier: standards, title: ベンチ市情報セキュリティ対策基準, numbering: decimal, sources: [standards.md] }',
    '  - { id: procedures, tier: procedures, title: ベンチ市情報セキュリティ実施手順, numbering: guideline, sources: [procedures.md] }',
  ].join('\n') + '\n';
  return {
    files: { 'policy.yaml': manifest, 'basic.md': basic, 'standards.md': standards, 'procedures.md': procedures },
    pandoc: [basic, standards, procedures].join('\n\n'),
  };
}

/** Write a corpus under dir: dir/policy (for hoshin) and dir/plain.md (for pandoc). */
export function writeCorpus(dir, totalBytes, seed) {
  const corpus = generateCorpus(totalBytes, seed);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(corpus.files)) {
    mkdirSync(dirname(join(dir, 'policy', path)), { recursive: true });
    writeFileSync(join(dir, 'policy', path), text);
  }
  writeFileSync(join(dir, 'plain.md'), corpus.pandoc);
  return corpus;
}
