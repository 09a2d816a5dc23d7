import { tokyoTime } from '../tokyo-time.js';
import { TrackedMarks as M, type LabelChange } from './tracked-marks.js';

/** Who made the changes and when, as w:ins / w:del record it. */
export interface Reviser {
  author: string;
  date: Date;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PARAGRAPH = /<w:p(?:\s[^>]*[^/>])?>[\s\S]*?<\/w:p>/g;
const RUN = /<w:r(?:\s[^>]*[^/>])?>([\s\S]*?)<\/w:r>/g;
const RUN_CHILD = /<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:t\s*\/>|<[^>]+\/>/g;

/**
 * Turn TrackedMarks in a rendered document.xml into tracked changes: marked text becomes runs in
 * w:ins or w:del (deleted text as w:delText), marked paragraphs get an inserted or deleted
 * paragraph mark, and a paragraph's changed number is its old number deleted and the new one
 * inserted. Every change gets its own w:id after the ids already in the part.
 */
export function trackedChanges(xml: string, labels: readonly LabelChange[], reviser: Reviser): string {
  let id = Math.max(0, ...[...xml.matchAll(/\sw:id="(\d+)"/g)].map((m) => Number(m[1])));
  // Word shows w:date as written, as local time (its UTC is the newer w16du:dateUtc): Tokyo's.
  const stamp = tokyoTime(reviser.date);
  const change = (name: 'ins' | 'del') => `w:${name} w:id="${++id}" w:author="${escape(reviser.author)}" w:date="${stamp}"`;

  // Paragraph marks and numbers first: they only mark the text for the run pass.
  let pending: LabelChange | undefined;
  const out = xml.replace(PARAGRAPH, (paragraph) => {
    let p = paragraph;
    const ref = new RegExp(`${M.label}([\\uE100-\\uF8FF])`).exec(p);
    let label = pending;
    if (ref) {
      label = labels[ref[1].charCodeAt(0) - 0xe100];
      p = p.replace(ref[0], '');
    }
    pending = undefined;
    if (label) {
      const rendered = escape(label.rendered);
      let found = false;
      p = p.replace(/(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/, (whole, open: string, content: string, close: string) => {
        if (rendered === '' || !content.startsWith(rendered)) return whole;
        found = true;
        return open + M.deleted(escape(label!.del)) + M.inserted(escape(label!.ins)) + content.slice(rendered.length) + close;
      });
      // A 例規 article's number is on the line after its （見出し）.
      if (!found && ref && p.includes('w:val="ArticleCaption"')) pending = label;
    }
    const mark = p.includes(M.paragraphDel) ? 'del' : p.includes(M.paragraphIns) ? 'ins' : undefined;
    if (!mark) return p;
    p = p.split(M.paragraphDel).join('').split(M.paragraphIns).join('');
    const rPr = `<w:rPr><${change(mark)}/></w:rPr>`;
    if (/<w:pPr\/>/.test(p)) return p.replace('<w:pPr/>', `<w:pPr>${rPr}</w:pPr>`);
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p);
    if (!pPr) return p.replace(/^<w:p(?:\s[^>]*)?>/, (open) => `${open}<w:pPr>${rPr}</w:pPr>`);
    const inner = pPr[1];
    // CT_PPr: rPr comes after every other property but sectPr and pPrChange.
    const at = inner.search(/<w:sectPr\b|<w:pPrChange\b/);
    const merged = inner.includes('<w:rPr>') ? inner.replace('<w:rPr>', rPr.slice(0, -'</w:rPr>'.length)) : at < 0 ? inner + rPr : inner.slice(0, at) + rPr + inner.slice(at);
    return p.replace(pPr[0], `<w:pPr>${merged}</w:pPr>`);
  });

  // A run whose only text was a label reference is empty now.
  const cleaned = out.replace(/<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?<w:t(?: xml:space="preserve")?><\/w:t><\/w:r>/g, '');

  // Runs: split at the marks, each piece a run of its own with the run's properties.
  let mode: 'normal' | 'ins' | 'del' = 'normal';
  return cleaned.replace(RUN, (whole, inner: string) => {
    if (mode === 'normal' && !/[\uE000-\uE002]/.test(inner)) return whole;
    const rPr = /^<w:rPr>[\s\S]*?<\/w:rPr>|^<w:rPr\/>/.exec(inner)?.[0] ?? '';
    const rest = inner.slice(rPr.length);
    const children = rest.match(RUN_CHILD) ?? [];
    if (children.join('') !== rest) throw new Error(`tracked changes: a run the redline cannot split: ${whole.slice(0, 200)}`);
    const pieces: Array<{ mode: typeof mode; xml: string }> = [];
    for (const child of children) {
      const t = /^<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>$/.exec(child);
      if (!t) {
        pieces.push({ mode, xml: child });
        continue;
      }
      for (const part of t[1].split(/([\uE000-\uE002])/)) {
        if (part === M.ins) mode = 'ins';
        else if (part === M.del) mode = 'del';
        else if (part === M.end) mode = 'normal';
        else if (part !== '') pieces.push({ mode, xml: `<w:t xml:space="preserve">${part}</w:t>` });
      }
    }
    let result = '';
    for (let i = 0; i < pieces.length; ) {
      const m = pieces[i].mode;
      let body = '';
      for (; i < pieces.length && pieces[i].mode === m; i++) body += m === 'del' ? pieces[i].xml.replace(/<(\/?)w:t\b/g, '<$1w:delText') : pieces[i].xml;
      const run = `<w:r>${rPr}${body}</w:r>`;
      result += m === 'normal' ? run : `<${change(m)}>${run}</w:${m}>`;
    }
    return result;
  });
}
