import type { PageSetup } from './page-setup.js';
import type { StyleMap } from './style-map.js';

/** What page layout needs of a paragraph style: sizes and spacing in twips, size in points. */
export interface StyleMetrics {
  size: number;
  line: number;
  before: number;
  after: number;
  left: number;
  keepNext: boolean;
  keepLines: boolean;
}

/** The metrics of each paragraph style of the style map, following basedOn, by style id. */
export function styleMetrics(setup: PageSetup, styles: StyleMap): (id: string | undefined) => StyleMetrics {
  const base: StyleMetrics = { size: setup.size, line: setup.linePitch, before: 0, after: 0, left: 0, keepNext: false, keepLines: false };
  const byId = new Map(styles.styles.paragraphStyles.map((s) => [s.id, s]));
  const cache = new Map<string, StyleMetrics>();
  const resolve = (id: string | undefined, depth = 0): StyleMetrics => {
    if (id === undefined || depth > 10) return base;
    const known = cache.get(id);
    if (known) return known;
    const style = byId.get(id);
    if (!style) return base;
    const parent = resolve(style.basedOn === id ? undefined : style.basedOn, depth + 1);
    const p = style.paragraph ?? {};
    const metrics: StyleMetrics = {
      size: style.run?.size !== undefined ? style.run.size / 2 : parent.size,
      line: p.spacing?.line ?? parent.line,
      before: p.spacing?.before ?? parent.before,
      after: p.spacing?.after ?? parent.after,
      left: p.indent?.left ?? parent.left,
      keepNext: p.keepNext ?? parent.keepNext,
      keepLines: p.keepLines ?? parent.keepLines,
    };
    cache.set(id, metrics);
    return metrics;
  };
  return (id) => resolve(id);
}
