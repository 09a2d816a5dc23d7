import { posix } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { isInsideFolder } from './is-inside-folder.js';
import type { Manifest } from './manifest.js';
import type { ParsedManifest } from './parse-manifest.js';

/**
 * The file a manifest path names, as a key: `./basic.md`, `a/../basic.md` and `basic.md` are one
 * file, and so are names that differ only in case or Unicode form, since Windows and macOS (where
 * most policies are edited) treat them as one.
 */
function fileKey(rel: string): string {
  return posix.normalize(rel.replace(/\\/g, '/')).normalize('NFC').toLowerCase();
}

/** Whether a date the schema's pattern let through (day 01–31) is on the calendar: not 2026-02-30. */
function onCalendar(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  return day === undefined || new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
}

/** What the schema cannot say: unique document ids, sources that exist, stay inside, appear once; dates on the calendar. */
export function checkManifest(manifest: Manifest, parsed: ParsedManifest, missing: ReadonlySet<string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const ids = new Map<string, number>();
  const sources = new Map<string, { document: string; source: string }>();
  const dates: Array<[string | undefined, Array<string | number>]> = [[manifest.adopted, ['adopted']], ...(manifest.revisions ?? []).map((r, i): [string, Array<string | number>] => [r.date, ['revisions', i, 'date']])];
  for (const [date, path] of dates) {
    if (typeof date === 'string' && !onCalendar(date)) {
      diagnostics.push(diagnostic(parsed.placeOf(path), 'error', 'manifest-schema', `${path.join('.').replace(/\.(\d+)\./, '[$1].')} の「${date}」はない日付です。日付を確かめてください。`));
    }
  }
  manifest.documents.forEach((document, d) => {
    const first = ids.get(document.id);
    if (first !== undefined) {
      diagnostics.push(diagnostic(parsed.placeOf(['documents', d, 'id']), 'error', 'document-duplicate', `文書 id「${document.id}」が重複しています（documents[${first}] と同じ）。`));
    } else ids.set(document.id, d);
    document.sources.forEach((source, s) => {
      // Looked up only for a message: finding a place may mean parsing the YAML again.
      const place = () => parsed.placeOf(['documents', d, 'sources', s]);
      if (!isInsideFolder(source)) {
        diagnostics.push(diagnostic(place(), 'error', 'source-outside', `「${source}」はポリシーのフォルダの外を指しています。フォルダ内のファイルを指定してください。`));
      } else if (missing.has(source)) {
        diagnostics.push(diagnostic(place(), 'error', 'source-missing', `ファイル「${source}」が見つかりません。ファイル名とフォルダを確かめてください。`));
      }
      const key = fileKey(source);
      const owner = sources.get(key);
      if (owner !== undefined) {
        const same = owner.source === source ? '' : `（「${owner.source}」と同じファイルです）`;
        diagnostics.push(diagnostic(place(), 'error', 'source-duplicate', `「${source}」は文書「${owner.document}」の sources にも書かれています${same}。一つのファイルは一か所にだけ書いてください。`));
      } else sources.set(key, { document: document.id, source });
    });
  });
  return diagnostics;
}
