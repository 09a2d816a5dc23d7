import type { PhrasingContent } from 'mdast';
import { diagnostic, type Diagnostic } from '../diagnostic.js';
import type { Inline } from './types.js';

export interface InlineContext {
  file: string;
  documentId: string;
  documentIds: ReadonlySet<string>;
  diagnostics: Diagnostic[];
}

const SAFE_URL = /^(?:https?:|mailto:|tel:|[^:]*$)/i;
const BREAK = /^<br\s*\/?>$/i;

function placeOf(node: PhrasingContent, context: InlineContext) {
  return { file: context.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** `#id`, `doc#id` or `doc` (a known document id) is a cross-reference; anything else a link. */
function toRef(url: string, context: InlineContext): { document: string; id?: string } | undefined {
  if (url.startsWith('#')) return { document: context.documentId, id: decodeURIComponent(url.slice(1)) };
  const m = /^([a-z][a-z0-9-]*)(?:#(.+))?$/.exec(url);
  if (m && (context.documentIds.has(m[1]) || m[2] !== undefined)) return { document: m[1], id: m[2] && decodeURIComponent(m[2]) };
  return undefined;
}

/** mdast phrasing content → model inlines; raw HTML other than <br> and unsafe URLs are dropped. */
export function fromInline(nodes: readonly PhrasingContent[], context: InlineContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const position = placeOf(node, context);
    switch (node.type) {
      case 'text':
        out.push({ type: 'text', value: node.value, position });
        break;
      case 'inlineCode':
        out.push({ type: 'inlineCode', value: node.value, position });
        break;
      case 'break':
        out.push({ type: 'break', position });
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        out.push({ type: node.type, children: fromInline(node.children, context), position });
        break;
      case 'link': {
        const ref = toRef(node.url, context);
        const children = fromInline(node.children, context);
        if (ref) out.push({ type: 'ref', ...ref, children, position });
        else if (SAFE_URL.test(node.url)) out.push({ type: 'link', url: node.url, children, position });
        else {
          context.diagnostics.push(diagnostic(position, 'warning', 'unsafe-url', `安全でない URL（${node.url.split(':')[0]}:）のリンクは出力しません。`));
          out.push(...children);
        }
        break;
      }
      case 'html':
        if (BREAK.test(node.value.trim())) out.push({ type: 'break', position });
        else context.diagnostics.push(diagnostic(position, 'warning', 'raw-html', 'HTML タグは出力しません（Markdown の書き方を使ってください）。'));
        break;
      case 'image':
      case 'imageReference':
        context.diagnostics.push(diagnostic(position, 'warning', 'image-unsupported', '画像はまだ出力できません。代替テキストだけを出力します。'));
        if (node.alt) out.push({ type: 'text', value: node.alt, position });
        break;
      case 'linkReference':
        out.push(...fromInline(node.children, context));
        break;
      case 'textDirective':
        // Only `internal` survives parsing; others were restored to text in parse/.
        out.push({ type: 'internalSpan', children: fromInline(node.children, context), position });
        break;
      default:
        // footnoteReference: not part of the source contract; keep nothing silently.
        context.diagnostics.push(diagnostic(position, 'warning', 'unsupported-syntax', `この書き方（${node.type}）には対応していません。`));
    }
  }
  return out;
}
