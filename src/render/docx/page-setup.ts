/**
 * The page and type of a DOCX, resolved from the manifest's `output` settings with hoshin's defaults.
 * Lengths are in twips (1/20 pt), as WordprocessingML writes them.
 */
export interface PageSetup {
  width: number;
  height: number;
  orientation: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** The width and height of the text area between the margins. */
  textWidth: number;
  textHeight: number;
  /** Given when the manifest asks for a line grid (1 ページの行数). */
  linesPerPage?: number;
  /** The height of a body line: the grid's pitch, else 1.7 times the body size rounded up to a point. */
  linePitch: number;
  fonts: { body: string; heading: string };
  /** Body size in points. */
  size: number;
  /** One full-width character of the body size. */
  em: number;
  marking: string;
  /** Footer page number: the text around the number, from a template such as "- {n} -". */
  pageNumber: { before: string; after: string };
}

// JIS B sizes, as Japanese offices use them (B5 182 × 257 mm).
const PAPER: Record<string, [number, number]> = { A4: [210, 297], A3: [297, 420], B5: [182, 257], B4: [257, 364] };
const MARGIN_MM = 25;
const HEADER_MM = 12;

const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

function number(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Resolve `policy.output` (already validated against the schema) into page and type settings. */
export function pageSetup(output: Record<string, unknown>): PageSetup {
  const page = record(output.page);
  const fonts = record(output.fonts);
  const margins = record(page.margins);
  const [shortMm, longMm] = PAPER[text(page.size, 'A4')] ?? PAPER.A4;
  const orientation = page.orientation === 'landscape' ? 'landscape' : 'portrait';
  const [widthMm, heightMm] = orientation === 'landscape' ? [longMm, shortMm] : [shortMm, longMm];
  const m = {
    top: twips(number(margins.top, MARGIN_MM)),
    bottom: twips(number(margins.bottom, MARGIN_MM)),
    left: twips(number(margins.left, MARGIN_MM)),
    right: twips(number(margins.right, MARGIN_MM)),
  };
  // The header and footer sit halfway into their margins, never closer than 5 mm to the edge.
  const header = Math.max(twips(5), Math.min(twips(HEADER_MM), Math.round(m.top / 2)));
  const footer = Math.max(twips(5), Math.min(twips(HEADER_MM), Math.round(m.bottom / 2)));
  const width = twips(widthMm);
  const height = twips(heightMm);
  const size = number(fonts.size, 10.5);
  const textHeight = height - m.top - m.bottom;
  const linesPerPage = typeof page.linesPerPage === 'number' ? page.linesPerPage : undefined;
  const linePitch = linesPerPage ? Math.floor(textHeight / linesPerPage) : Math.ceil(size * 1.7) * 20;
  const template = text(output.pageNumber, '- {n} -');
  const at = template.indexOf('{n}');
  return {
    width,
    height,
    orientation,
    margins: { ...m, header, footer },
    textWidth: width - m.left - m.right,
    textHeight,
    linesPerPage,
    linePitch,
    fonts: { body: text(fonts.body, '游明朝'), heading: text(fonts.heading, '游ゴシック') },
    size,
    em: Math.round(size * 20),
    marking: text(output.marking, '【取扱注意】'),
    pageNumber: at < 0 ? { before: template, after: '' } : { before: template.slice(0, at), after: template.slice(at + 3) },
  };
}
