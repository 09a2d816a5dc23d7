import { diagnostic, type Diagnostic } from '../../diagnostic.js';
import { toPlainText } from '../to-plain-text.js';
import type { Block, List, NumberingStyle, Paragraph, Section } from '../types.js';
import { applyTemplate } from './apply-template.js';
import { formatCapacity, formatNumber } from './format-number.js';

interface Scope {
  /** Level of the nearest numbered heading or item; -1 at the top. */
  level: number;
  ref: string;
  /** Formatted number per level along the ancestors, for `{1}`…`{9}`. */
  path: Array<string | undefined>;
}

/** The first level after `level` that list items may take. */
function nextItemLevel(style: NumberingStyle, level: number): number {
  for (let j = level + 1; j < style.levels.length; j++) if (style.levels[j].use !== 'heading') return j;
  return -1;
}

/**
 * Give every heading, item and (reiki) paragraph its label, per the document's numbering style.
 * Heading counters run through the document and reset below a higher heading (except continuous
 * levels such as 条); each list counts from its own start. Pure; returns problems found.
 */
export function numberDocument(blocks: Block[], style: NumberingStyle, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const counters = style.levels.map((_, i) => (i === 0 ? style.start - 1 : 0));
  const place = (b: Block) => b.position ?? { file, line: 1, column: 1 };

  const numberSection = (section: Section, scope: Scope): Scope => {
    if (section.unnumbered) {
      section.level = -1;
      section.label = { text: style.unnumbered, ref: toPlainText(section.heading) };
      return scope;
    }
    const level = section.depth - 1;
    const spec = style.levels[level];
    if (!spec || spec.use === 'item') {
      const usable = style.levels.filter((l) => l.use !== 'item').length;
      diagnostics.push(diagnostic(place(section), 'error', 'heading-too-deep', `番号の書式「${style.name}」では見出しは ${usable} 段（${'#'.repeat(usable)}）までです。見出しの段を浅くするか、番号付きの箇条書きにしてください。`));
      section.level = -1;
      return scope;
    }
    counters[level] += 1;
    for (let j = level + 1; j < counters.length; j++) if (!style.levels[j].continuous) counters[j] = 0;
    const own = formatNumber(counters[level], spec.format);
    const path = scope.path.slice(0, level);
    path[level] = own;
    const ref = applyTemplate(spec.ref, own, path);
    section.level = level;
    section.caption = spec.caption;
    section.label = { text: applyTemplate(spec.template, own, path), ref: spec.refRoot ? ref : scope.ref + ref };
    return { level, ref: section.label.ref, path };
  };

  const numberList = (list: List, scope: Scope) => {
    if (!list.ordered) {
      for (const item of list.children) {
        item.level = -1;
        item.label = { text: style.bullet, ref: scope.ref };
        walk(item.children, scope);
      }
      return;
    }
    const level = nextItemLevel(style, scope.level);
    const spec = style.levels[level];
    if (!spec) {
      diagnostics.push(diagnostic(place(list), 'error', 'nesting-too-deep', `番号付きの箇条書きが深すぎます（番号の書式「${style.name}」は ${style.levels.length} 段まで）。入れ子を浅くしてください。`));
      return;
    }
    const last = list.start + list.children.length - 1;
    if (last > formatCapacity(spec.format)) {
      diagnostics.push(diagnostic(place(list), 'warning', 'numbering-overflow', `この段の番号（${spec.format}）は ${formatCapacity(spec.format)} までです。${formatCapacity(spec.format) + 1} 番目からは算用数字になります。`));
    }
    list.children.forEach((item, i) => {
      const own = formatNumber(list.start + i, spec.format);
      const path = scope.path.slice(0, level);
      path[level] = own;
      const ref = applyTemplate(spec.ref, own, path);
      item.level = level;
      item.label = { text: applyTemplate(spec.template, own, path), ref: spec.refRoot ? ref : scope.ref + ref };
      walk(item.children, { level, ref: item.label.ref, path });
    });
  };

  /** Reiki 項: the paragraphs directly in an article; items of a later 項 cite it (第3条第2項第1号). */
  const numberParagraphs = (section: Section, scope: Scope): Map<Block, Scope> => {
    const scopes = new Map<Block, Scope>();
    const paragraphs = style.levels[section.level]?.paragraphs;
    if (!paragraphs) return scopes;
    const count = section.children.filter((b) => b.type === 'paragraph').length;
    let n = 0;
    let current = scope;
    for (const block of section.children) {
      if (block.type === 'paragraph') {
        n += 1;
        const own = formatNumber(n, paragraphs.format);
        const ref = scope.ref + applyTemplate(paragraphs.ref, own, scope.path);
        (block as Paragraph).label = { text: n === 1 && paragraphs.hideFirst ? '' : applyTemplate(paragraphs.template, own, scope.path), ref };
        current = count > 1 ? { ...scope, ref } : scope;
      } else scopes.set(block, current);
    }
    return scopes;
  };

  function walk(blocks: Block[], scope: Scope): void {
    for (const block of blocks) {
      if (block.type === 'section') {
        const inner = numberSection(block, scope);
        const paragraphScopes = numberParagraphs(block, inner);
        for (const child of block.children) {
          walk([child], paragraphScopes.get(child) ?? inner);
        }
      } else if (block.type === 'list') numberList(block, scope);
      else if (block.type === 'quote' || block.type === 'item') walk(block.children, scope);
    }
  }

  walk(blocks, { level: -1, ref: '', path: [] });
  return diagnostics;
}
