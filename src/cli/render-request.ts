import type { Policy, PolicyDocument } from '../model/types.js';
import type { BuildInfo } from '../render/build-info.js';
import { documentKeys, type Editions, type RenderMemo } from '../render/render-all.js';

/** A document as the render thread receives it: its JSON, or only its hash when the thread has it. */
interface SentDocument {
  hash?: string;
  json?: string;
}

/** What the main thread sends the render thread (render-worker.ts) for one build. */
export interface RenderRequest {
  editions: { [E in keyof Editions]: { policy: Policy; documents: SentDocument[] } };
  formats: string[];
  info: BuildInfo;
  /** Whether the thread keeps a memo (build --watch); then every document comes with its hash. */
  memo: boolean;
}

/**
 * The request for `formats`. With a memo, documents go by hash, and whole only when the thread did
 * not get them in the last request (`held`): a rebuild sends what changed, and neither thread
 * hashes a document twice. Returns the request and the hashes, for the main thread's own renders.
 */
export function toRenderRequest(editions: Editions, formats: string[], info: BuildInfo, held: ReadonlySet<string> | undefined): { request: RenderRequest; hashes?: { [E in keyof Editions]: string[] } } {
  const send = (policy: Policy) => {
    const keys = held ? documentKeys(policy) : policy.documents.map((d) => ({ json: JSON.stringify(d), hash: undefined }));
    const documents = keys.map(({ json, hash }) => (hash !== undefined && held?.has(hash) ? { hash } : { hash, json }));
    return { sent: { policy: { ...policy, documents: [] }, documents }, hashes: keys.map((k) => k.hash ?? '') };
  };
  const internal = send(editions.internal);
  const published = send(editions.public);
  const request: RenderRequest = { editions: { internal: internal.sent, public: published.sent }, formats, info, memo: held !== undefined };
  return { request, hashes: held ? { internal: internal.hashes, public: published.hashes } : undefined };
}

/** The editions and hashes of a request, in the render thread, with the documents it kept from the last one. */
export function fromRenderRequest(request: RenderRequest, memo: RenderMemo): { editions: Editions; hashes?: { [E in keyof Editions]: string[] } } {
  const receive = ({ policy, documents }: RenderRequest['editions'][keyof Editions]): Policy => ({
    ...policy,
    documents: documents.map(({ hash, json }) => (json !== undefined ? (JSON.parse(json) as PolicyDocument) : memo.documents.get(hash!)!)),
  });
  const editions = { internal: receive(request.editions.internal), public: receive(request.editions.public) };
  if (!request.memo) return { editions };
  const hashes = (edition: keyof Editions) => request.editions[edition].documents.map((d) => d.hash!);
  return { editions, hashes: { internal: hashes('internal'), public: hashes('public') } };
}
