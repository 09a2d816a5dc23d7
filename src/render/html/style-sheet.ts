import { cssString } from './css-string.js';
import { fillTemplate } from './fill-template.js';

/** The manifest's `output` settings as the schema describes them; read defensively. */
interface OutputSettings {
  page?: { size?: unknown; orientation?: unknown; margins?: Record<string, unknown> };
  fonts?: { body?: unknown; heading?: unknown; size?: unknown };
  pageNumber?: unknown;
}

// Named CSS sizes are ISO; Japanese B判 is JIS (182 × 257 mm), so B sizes are given in mm.
const SIZES: Record<string, [string, string] | string> = {
  A4: 'A4',
  A3: 'A3',
  B5: ['182mm', '257mm'],
  B4: ['257mm', '364mm'],
};

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function millimetres(value: unknown, fallback: number): string {
  return `${typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback}mm`;
}

function pageSize(page: OutputSettings['page']): string {
  const size = SIZES[text(page?.size, 'A4')] ?? 'A4';
  const landscape = page?.orientation === 'landscape';
  if (typeof size === 'string') return landscape ? `${size} landscape` : size;
  return landscape ? `${size[1]} ${size[0]}` : `${size[0]} ${size[1]}`;
}

/**
 * The page's style sheet: templates/html/style.css.hbs with the manifest's fonts, page size and
 * margins, page number format and (for internal pages) the marking printed in the page header.
 */
export function styleSheet(output: Record<string, unknown>, marking: string | undefined): string {
  const settings = output as OutputSettings;
  const margins = settings.page?.margins ?? {};
  const size = settings.fonts?.size;
  const css = fillTemplate('style.css.hbs', {
    bodyFont: cssString(text(settings.fonts?.body, '游明朝')),
    headingFont: cssString(text(settings.fonts?.heading, '游ゴシック')),
    pageSize: pageSize(settings.page),
    pageMargins: ['top', 'right', 'bottom', 'left'].map((side) => millimetres(margins[side], 25)).join(' '),
    pageMarking: marking === undefined ? 'none' : cssString(marking),
    pageNumber: text(settings.pageNumber, '- {n} -').split('{n}').map(cssString).join(' counter(page) '),
    printSize: `${typeof size === 'number' && size > 0 ? size : 10.5}pt`,
  });
  // The style is raw text inside <style>; nothing may end it early.
  if (/<\/?style/i.test(css)) throw new Error('style sheet would close its <style> element');
  return css;
}
