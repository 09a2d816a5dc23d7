import { createHash } from 'node:crypto';
import type { Policy, PolicyDocument } from '../model/types.js';
import type { BuildInfo, Output } from './build-info.js';
import { RENDERERS } from './registry.js';

/**
 * Outputs of earlier builds by the hash of everything they were made from, for processes that
 * build again and again (`hoshin build --watch`): an unchanged document is not rendered twice.
 */
export type RenderMemo = Map<string, ReadonlyMap<string, Output>>;

const hash = (...parts: string[]) => createHash('sha1').update(parts.join('\0')).digest('base64url');

/**
 * What a document's renderer sees: its edition with the other documents' text left out. A
 * renderer can name, number and link to the other documents but not print them, so its output
 * depends on this view alone — which is what makes a memo entry keyed by it sound.
 */
function viewFor(policy: Policy, document: PolicyDocument): Policy {
  return { ...policy, documents: policy.documents.map((d) => (d === document ? d : { ...d, children: [] })) };
}

/**
 * Every output file of a build, keyed by its path in the output folder: public documents from the
 * public edition into public/, all documents from the internal edition into internal/.
 */
export async function renderAll(editions: { internal: Policy; public: Policy }, formats: readonly string[], info: BuildInfo, memo?: RenderMemo): Promise<Map<string, Output>> {
  const files = new Map<string, Output>();
  const used: RenderMemo = new Map();
  /** The files one render makes (by name in the edition's folder), from the memo when it has them. */
  const produce = async (key: string | undefined, render: () => Promise<ReadonlyMap<string, Output>>) => {
    const made = (key !== undefined && memo?.get(key)) || (await render());
    if (key !== undefined) used.set(key, made);
    return made;
  };
  for (const edition of ['public', 'internal'] as const) {
    const policy = editions[edition];
    // Only worth its cost when there is a memo to look in.
    const head = memo && JSON.stringify({ info, policy: { ...policy, documents: policy.documents.map((d) => ({ ...d, children: [] })) } });
    const bodies = memo ? policy.documents.map((d) => JSON.stringify(d.children)) : [];
    for (const format of formats) {
      const renderer = RENDERERS[format];
      const made: Array<ReadonlyMap<string, Output>> = [];
      for (const [i, document] of policy.documents.entries()) {
        const name = `${document.id}.${renderer.extension}`;
        made.push(await produce(head && hash(format, document.id, head, bodies[i]), async () => new Map([[name, await renderer.render(viewFor(policy, document), document, info)]])));
      }
      const { renderEdition } = renderer;
      if (renderEdition) made.push(await produce(head && hash(format, head, ...bodies), async () => renderEdition(policy, info)));
      for (const outputs of made) for (const [name, content] of outputs) files.set(`${edition}/${name}`, content);
    }
  }
  if (memo) {
    memo.clear();
    for (const [key, output] of used) memo.set(key, output);
  }
  return files;
}
