import { h } from 'hastscript';
import { toHtmlString } from './to-html-string.js';
import { toWareki } from '../../expand/wareki.js';
import type { Policy } from '../../model/types.js';
import type { BuildInfo } from '../build-info.js';
import { tokyoTime } from '../tokyo-time.js';
import { pageCsp } from './page-csp.js';
import { styleSheet } from './style-sheet.js';

export interface HtmlOptions {
  /**
   * `hoshin serve` only: a same-origin script that reloads the page after a rebuild. Built files
   * never get one, so they carry no script at all.
   */
  liveScript?: string;
}

/**
 * What every page shares: the style sheet, a Content-Security-Policy that allows that style and
 * nothing else (no request can leave the page, no script can run), the marking banner of
 * internal pages, and the colophon that ties the page to its source.
 */
export function pageFrame(policy: Policy, info: BuildInfo, marking: string | undefined, options: HtmlOptions): Record<string, string> {
  const style = styleSheet(policy.output, marking);
  const live = options.liveScript !== undefined;
  const day = tokyoTime(info.date).slice(0, 10);
  const made = `hoshin ${info.version} で作成（${toWareki(day) ?? day}）`;
  const revision = policy.edition === 'internal' && info.revision ? `　元の版 ${info.revision.commit.slice(0, 12)}${info.revision.dirty ? '（未コミットの変更を含む）' : ''}` : '';
  return {
    csp: pageCsp(style, live),
    style,
    generator: `hoshin ${info.version}`,
    script: live ? toHtmlString(h('script', { src: options.liveScript, defer: true })) : '',
    marking: marking === undefined ? '' : toHtmlString(h('p', { className: ['marking'] }, marking)),
    colophon: made + revision,
  };
}
