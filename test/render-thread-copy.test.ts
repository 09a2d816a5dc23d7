import { describe, expect, it } from 'vitest';
import type { RenderThread } from '../src/cli/render-thread.js';
import { renderOutputs } from '../src/cli/render-outputs.js';
import { compileMemory } from './support/memory-policy.js';
import { TEST_INFO } from './support/build-example.js';

const MANIFEST = 'org: { name: テスト市, kind: 市, self: 本市 }\ndocuments:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n';

/** A render thread that records what it is sent and answers with nothing. */
function recordingThread(): RenderThread & { sent: number } {
  const thread = {
    sent: 0,
    held: new Set<string>(),
    render: async () => {
      thread.sent += 1;
      return new Map();
    },
    close: async () => undefined,
  };
  return thread;
}

const editionsOf = (markdown: string) => {
  const c = compileMemory({ 'policy.yaml': MANIFEST, 'basic.md': markdown });
  return { internal: c.internal!, public: c.public! };
};

describe('the render thread and the size of the model it would be sent (issue 13, item 11)', () => {
  it('renders a model of many short blocks in the main thread: its copy would cost more memory than the thread saves', async () => {
    // 150 KB of Markdown, far under build-once's 1 MB, but 6 MB of model.
    const editions = editionsOf('# 同じ見出し\n\n本文。\n\n'.repeat(5_000));
    const thread = recordingThread();
    const files = await renderOutputs(editions, ['txt', 'docx'], TEST_INFO, undefined, thread);
    expect(thread.sent).toBe(0);
    expect([...files.keys()]).toEqual(['public/basic.txt', 'public/basic.docx', 'internal/basic.txt', 'internal/basic.docx', 'internal/approval.docx']);
  });

  it('still sends an ordinary policy to the thread', async () => {
    const editions = editionsOf('# 見出し\n\n本文。\n');
    const thread = recordingThread();
    await renderOutputs(editions, ['md', 'docx'], TEST_INFO, undefined, thread);
    expect(thread.sent).toBe(1);
  });
});
