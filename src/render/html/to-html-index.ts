import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtmlString } from './to-html-string.js';
import { toWareki } from '../../expand/wareki.js';
import type { Policy, Tier } from '../../model/types.js';
import type { BuildInfo, Output } from '../build-info.js';
import { toFrontMatter } from '../front-matter.js';
import { fillTemplate } from './fill-template.js';
import { markingOf } from '../marking-of.js';
import { pageFrame, type HtmlOptions } from './page-frame.js';

const TIERS: Record<Tier, string> = { basic: '基本方針', standards: '対策基準', procedures: '実施手順' };

function documentList(policy: Policy): Element {
  if (policy.documents.length === 0) return h('p', '公開している文書はありません。');
  return h(
    'ul',
    { className: ['documents'] },
    policy.documents.map((document) => {
      const facts = [TIERS[document.tier], ...(policy.edition === 'internal' ? [document.visibility === 'public' ? '公開' : '非公開'] : [])];
      return h('li', [h('a', { href: `${encodeURIComponent(document.id)}.html` }, document.title), h('p', facts.join('・'))]);
    }),
  );
}

/** The revision history, for the intranet only: a summary may speak of internal provisions. */
function revisionTable(policy: Policy): Element | undefined {
  if (policy.edition !== 'internal' || policy.revisions.length === 0) return undefined;
  // Dates, kinds and instrument numbers read badly broken over lines; only the summary wraps.
  const short = (i: number) => (i === 2 ? undefined : ['short']);
  const row = (cells: string[]) => h('tr', cells.map((c, i) => h('td', { className: short(i) }, c)));
  return h('section', [
    h('h2', '改定履歴'),
    h('table', [
      h('thead', h('tr', ['日付', '区分', '内容', '番号'].map((c, i) => h('th', { scope: 'col', className: short(i) }, c)))),
      h('tbody', policy.revisions.map((r) => row([toWareki(r.date) ?? r.date, r.kind, r.summary ?? '', r.instrument ?? '']))),
    ]),
  ]);
}

/**
 * index.html of an edition: the documents it holds, linked. The public one is the page a web
 * server shows first, so it lists public documents only (the public edition holds no others).
 */
export function toHtmlIndex(policy: Policy, info: BuildInfo, options: HtmlOptions = {}): Map<string, Output> {
  // A document named "index" would be overwritten by this page; the manifest must name it otherwise.
  if (policy.documents.some((d) => d.id === 'index')) throw new Error('文書 id「index」は HTML の一覧ページ index.html と重なります。別の id にしてください。');
  const front = policy.documents[0] ? toFrontMatter(policy, policy.documents[0]) : undefined;
  const revisions = revisionTable(policy);
  const page = fillTemplate('index.hbs', {
    ...pageFrame(policy, info, markingOf(policy), options),
    title: `${policy.org.name}　${policy.title}`,
    org: policy.org.name,
    collection: policy.title,
    dates: front?.dates.join('　') ?? '',
    listHeading: policy.edition === 'public' ? '公開している文書' : '文書（庁内用）',
    documents: toHtmlString(documentList(policy)),
    revisions: revisions ? toHtmlString(revisions) : '',
  });
  return new Map([['index.html', page]]);
}
