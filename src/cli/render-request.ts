import type { Policy, PolicyDocument } from '../model/types.js';
import type { BuildInfo } from '../render/build-info.js';
import { blockKeys, rememberBlockKeys } from '../render/block-key.js';
import { documentKeys, type Editions, type RenderMemo } from '../render/render-all.js';

/**
 * A document as the render thread receives it: its JSON, or only its hash when the thread has it;
 * with a memo, its blocks' keys (blockKeys), which the thread would otherwise compute again.
 */
interface SentDocument {
  hash?: string;
  json?: string;
  keys?: string[];
}

/** What the main thread sends the render thread (render-worker.ts) for one build. */
export interface RenderRequest {
  editions: { [E in keyof Editions]: { policy: Policy; documents: SentDocument[] } };
  formats: string[];
  info: BuildInfo;
  /** Whether the thread keeps a memo (build --watch); then every document comes with its hash. */
  memo: boolean;
}

type Hashes = { [E in keyof Editions]: string[] };

/** Each edition's document hashes, as a request with a memo names them; undefined without one. */
export function requestHashes(request: RenderRequest): Hashes | undefined {
  if (!request.memo) return undefined;
  const of = (edition: keyof Editions) => request.editions[edition].documents.map((d) => d.hash!);
  return { internal: of('internal'), public: of('public') };
}

/**
 * The request for `formats`. With a memo, documents go by hash, and whole only when the thread did
 * not get them in the last request (`held`): a rebuild sends what changed, and neither thread
 * hashes a document twice. Returns the request and the hashes, for the main thread's own renders.
 */
export function toRenderRequest(editions: Editions, formats: string[], info: BuildInfo, held: ReadonlySet<string> | undefined): { request: RenderRequest; hashes?: Hashes } {
  const send = (policy: Policy) => {
    const keys = held && documentKeys(policy);
    const documents = policy.documents.map((d, i): SentDocument => {
      if (!keys) return { json: JSON.stringify(d) };
      const { hash, json } = keys[i];
      // Without positions, which no renderer prints.
      return held.has(hash) ? { hash } : { hash, json, keys: blockKeys(d.children) };
    });
    return { policy: { ...policy, documents: [] }, documents };
  };
  const request: RenderRequest = { editions: { internal: send(editions.internal), public: send(editions.public) }, formats, info, memo: held !== undefined };
  return { request, hashes: requestHashes(request) };
}

/** The editions and hashes of a request, in the render thread, with the documents it kept from the last one. */
export function fromRenderRequest(request: RenderRequest, memo: RenderMemo): { editions: Editions; hashes?: Hashes } {
  const receive = ({ policy, documents }: RenderRequest['editions'][keyof Editions]): Policy => ({
    ...policy,
    documents: documents.map(({ hash, json, keys }) => {
      if (json === undefined) return memo.documents.get(hash!)!;
      const document = JSON.parse(json) as PolicyDocument;
      if (keys) rememberBlockKeys(document.children, keys);
      return document;
    }),
  });
  return { editions: { internal: receive(request.editions.internal), public: receive(request.editions.public) }, hashes: requestHashes(request) };
}
