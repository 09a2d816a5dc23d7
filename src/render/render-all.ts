import { createHash } from 'node:crypto';
import type { Policy, PolicyDocument } from '../model/types.js';
import type { BuildInfo, Output } from './build-info.js';
import { contentJson } from './block-key.js';
import { rememberBlocks } from './block-memo.js';
import { RENDERERS } from './registry.js';
import { withoutTexts } from './without-texts.js';

/**
 * What a process that builds again and again (`hoshin build --watch`) keeps between builds: the
 * files each render made, by the hash of everything it was made from, and each document by the
 * hash of its content — so an unchanged document is the same object in every build, and
 * renderers' own caches of it (the DOCX bodies approval.docx reuses) stay valid.
 */
export interface RenderMemo {
  outputs: Map<string, ReadonlyMap<string, Output>>;
  documents: Map<string, PolicyDocument>;
}

export interface Editions {
  internal: Policy;
  public: Policy;
}

export const createRenderMemo = (): RenderMemo => ({ outputs: new Map(), documents: new Map() });

const hash = (...parts: string[]) => createHash('sha1').update(parts.join('\0')).digest('base64url');

/**
 * Each document as JSON without positions (contentJson), and its hash: what the memo knows it by,
 * and what the render thread is sent of it.
 */
export function documentKeys(policy: Policy): Array<{ hash: string; json: string }> {
  return policy.documents.map((d) => {
    const json = contentJson(d);
    return { hash: hash(json), json };
  });
}

/** The edition with each document replaced by the memo's equal one, and the documents' hashes. */
function intern(policy: Policy, memo: RenderMemo, kept: Map<string, PolicyDocument>, given?: readonly string[]): { policy: Policy; hashes: readonly string[] } {
  const hashes = given ?? documentKeys(policy).map((k) => k.hash);
  const documents = policy.documents.map((d, i) => memo.documents.get(hashes[i]) ?? d);
  documents.forEach((d, i) => kept.set(hashes[i], d));
  return { policy: { ...policy, documents }, hashes };
}

/**
 * Every output file of a build, keyed by its path in the output folder: public documents from the
 * public edition into public/, all documents from the internal edition into internal/.
 */
export async function renderAll(
  editions: Editions,
  formats: readonly string[],
  info: BuildInfo,
  memo?: RenderMemo,
  /** The documents' hashes (documentKeys), when the caller has them already. */
  hashes?: { [E in keyof Editions]: readonly string[] },
): Promise<Map<string, Output>> {
  const files = new Map<string, Output>();
  rememberBlocks(memo !== undefined);
  const used: RenderMemo = createRenderMemo();
  /** The files one render makes (by name in the edition's folder), from the memo when it has them. */
  const produce = async (key: string | undefined, render: () => Promise<ReadonlyMap<string, Output>>) => {
    const made = (key !== undefined && memo?.outputs.get(key)) || (await render());
    if (key !== undefined) used.outputs.set(key, made);
    return made;
  };
  for (const edition of ['public', 'internal'] as const) {
    // With a memo, keys: the edition without the documents' text, and each document's hash.
    const { policy, hashes: keys } = memo ? intern(editions[edition], memo, used.documents, hashes?.[edition]) : { policy: editions[edition], hashes: [] };
    const head = memo && hash(JSON.stringify({ info, policy: withoutTexts(policy) }));
    for (const format of formats) {
      const renderer = RENDERERS[format];
      const made: Array<ReadonlyMap<string, Output>> = [];
      for (const [i, document] of policy.documents.entries()) {
        const name = `${document.id}.${renderer.extension}`;
        made.push(await produce(head && hash(format, head, 'document', keys[i]), async () => new Map([[name, await renderer.render(withoutTexts(policy, document), document, info)]])));
      }
      const { renderEdition } = renderer;
      if (renderEdition) made.push(await produce(head && hash(format, head, 'edition', ...keys), async () => renderEdition(policy, info)));
      for (const outputs of made) for (const [name, content] of outputs) files.set(`${edition}/${name}`, content);
    }
  }
  if (memo) {
    memo.outputs = used.outputs;
    memo.documents = used.documents;
  }
  return files;
}
