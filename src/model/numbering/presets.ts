import type { LevelStyle, NumberingStyle, NumberFormat, ParagraphStyle } from '../types.js';

type LevelInit = Partial<LevelStyle> & { format: NumberFormat; template: string };

function level(init: LevelInit): LevelStyle {
  const hierarchical = /\{[1-9c]\}/.test(init.template);
  return {
    use: 'both',
    refRoot: hierarchical,
    continuous: false,
    caption: false,
    ref: init.template,
    ...init,
  };
}

/** The 総務省 guideline's 例文: 1 / (1) / ① / ア / (ア). */
function guideline(): NumberingStyle {
  return {
    name: 'guideline',
    gap: ' ',
    bullet: '・',
    unnumbered: '',
    start: 1,
    levels: [
      level({ format: 'decimal', template: '{n}', refRoot: true }),
      level({ format: 'decimal', template: '({n})' }),
      level({ format: 'circled', template: '{n}' }),
      level({ format: 'katakana', template: '{n}' }),
      level({ format: 'katakana', template: '({n})' }),
      level({ format: 'alpha', template: '{n}' }),
    ],
  };
}

/**
 * Decimal outline as in seed 004: 1. / 1.1. / 1.1.1. for headings, then （１） / ① / ア for
 * headings and lists. `chapter` prefixes every decimal number with the document's chapter.
 */
function decimal(chapter?: number): NumberingStyle {
  const c = chapter === undefined ? '' : `${chapter}.`;
  return {
    name: 'decimal',
    gap: '',
    bullet: '・',
    unnumbered: '●',
    start: 1,
    levels: [
      level({ format: 'decimal', template: `${c}{n}.`, ref: `${c}{n}`, use: 'heading', refRoot: true }),
      level({ format: 'decimal', template: `${c}{1}.{n}.`, ref: `${c}{1}.{n}`, use: 'heading' }),
      level({ format: 'decimal', template: `${c}{1}.{2}.{n}.`, ref: `${c}{1}.{2}.{n}`, use: 'heading' }),
      level({ format: 'fullwidth', template: '（{n}）' }),
      level({ format: 'circled', template: '{n}' }),
      level({ format: 'katakana', template: '{n}' }),
      level({ format: 'katakana', template: '（{n}）' }),
    ],
  };
}

const KOU: ParagraphStyle = { format: 'decimal', template: '{n}', ref: '第{n}項', hideFirst: true };

/**
 * 例規 form: 第1章 / 第1節 / （見出し）第1条 / 項 2, 3 / 号 (1) / ア / (ア). Articles run on through
 * chapters; a reference to an article stands alone (第3条, not 第1章第3条).
 */
function reiki(chapters: boolean, sections: boolean): NumberingStyle {
  const headings: LevelStyle[] = [];
  if (chapters) headings.push(level({ format: 'decimal', template: '第{n}章', use: 'heading', refRoot: true }));
  if (sections) headings.push(level({ format: 'decimal', template: '第{n}節', use: 'heading' }));
  headings.push(
    level({
      format: 'decimal',
      template: '第{n}条',
      use: 'heading',
      refRoot: true,
      continuous: true,
      caption: true,
      paragraphs: KOU,
    }),
  );
  return {
    name: 'reiki',
    gap: '\u3000',
    bullet: '・',
    unnumbered: '',
    start: 1,
    levels: [
      ...headings,
      level({ format: 'decimal', template: '({n})', ref: '第{n}号', use: 'item' }),
      level({ format: 'katakana', template: '{n}', use: 'item' }),
      level({ format: 'katakana', template: '({n})', use: 'item' }),
    ],
  };
}

export interface NumberingConfig {
  preset?: 'guideline' | 'decimal' | 'reiki';
  start?: number;
  chapter?: number;
  chapters?: boolean;
  sections?: boolean;
  gap?: string;
  bullet?: string;
  unnumbered?: string;
  levels?: LevelInit[];
}

/** Manifest `numbering` (a preset name or an object) → a complete style. */
export function toNumberingStyle(config: string | NumberingConfig | undefined): NumberingStyle {
  const options: NumberingConfig = typeof config === 'string' ? { preset: config as NumberingConfig['preset'] } : config ?? {};
  const preset = options.preset ?? (options.levels ? undefined : 'guideline');
  let style: NumberingStyle;
  if (preset === 'decimal') style = decimal(options.chapter);
  else if (preset === 'reiki') style = reiki(options.chapters ?? false, options.sections ?? false);
  else if (preset === 'guideline') style = guideline();
  else style = { name: 'custom', gap: ' ', bullet: '・', unnumbered: '', start: 1, levels: [] };
  if (options.levels) {
    style = { ...style, name: preset ? `${preset}+` : 'custom', levels: options.levels.map(level) };
  }
  return {
    ...style,
    start: options.start ?? style.start,
    gap: options.gap ?? style.gap,
    bullet: options.bullet ?? style.bullet,
    unnumbered: options.unnumbered ?? style.unnumbered,
  };
}
