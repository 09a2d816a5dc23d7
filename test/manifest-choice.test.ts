import { describe, expect, it } from 'vitest';
import type { FileReader } from '../src/load/file-reader.js';
import { loadPolicy } from '../src/load/load-policy.js';

// A folder holding policy.yaml and policy.json: the one used must not depend on the order a file
// system (or git) lists them in, or two machines would build different policies from one commit.
const files: Record<string, string> = {
  'policy.json': '{"org":{"name":"JSON市","kind":"市","self":"本市"},"documents":[]}\n',
  'policy.yaml': 'org: { name: YAML市, kind: 市, self: 本市 }\ndocuments: []\n',
};

function readerListing(order: string[]): FileReader {
  return {
    list: async () => order,
    entry: async (_root, rel) => (rel in files ? { kind: 'file', size: files[rel].length } : { kind: 'missing' }),
    read: async (path) => new TextEncoder().encode(files[path.split('/').pop()!]),
  };
}

describe('the manifest of a folder with more than one', () => {
  it.each([[['policy.json', 'policy.yaml']], [['policy.yaml', 'policy.json']]])('is policy.yaml whatever the listing order (%j)', async (order) => {
    const loaded = await loadPolicy('p', readerListing(order));
    expect(loaded.manifest?.value).toContain('YAML市');
  });
});
