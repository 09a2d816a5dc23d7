import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../src/render/render-all.js';
import { compileFolder, EXAMPLES, ROOT, TEST_INFO } from './support/build-example.js';
import { compileMemory, oneDocument } from './support/memory-policy.js';
import { docxParts, requireTool, SCHEMAS, validateXml, WML_XSD } from './support/ooxml.js';

// Word refuses a part that does not validate ("unreadable content"). Every WordprocessingML part of
// every DOCX of every example (and of the golden inputs) is checked against the transitional
// schema with xmllint, after removing what the part declares ignorable, as Word does.

const folders = [
  ...readdirSync(EXAMPLES).map((name) => ({ name: `examples/${name}`, dir: join(EXAMPLES, name) })),
  ...readdirSync(join(ROOT, 'test', 'fixtures', 'golden')).map((name) => ({ name: `golden/${name}`, dir: join(ROOT, 'test', 'fixtures', 'golden', name, 'input') })),
];

/** Every model node type and inline mark once, in a public document with internal parts. */
const EVERY_NODE = [
  '# 見出し {#top}',
  '',
  '段落に**太字**、*傍点*、~~取消し~~、`code`、[リンク](https://example.jp/)、[](#top)、:internal[非公開の語]。\\',
  '改行の後。',
  '',
  '1. 番号付き',
  '   1. 入れ子',
  '      - 箇条',
  '',
  '> 引用の段落',
  '',
  '```',
  'コード',
  '```',
  '',
  '---',
  '',
  '| 左 | 中 | 右 |',
  '|:---|:---:|---:|',
  '| a | b<br>・c | d |',
  '',
  ':::internal',
  '## 非公開の節',
  '',
  '| 表 |',
  '|---|',
  '| x |',
  ':::',
  '',
].join('\n');

const WORD_PART = /^word\/(document|styles|numbering|settings|fontTable|footnotes|endnotes|header\d+|footer\d+)\.xml$/;

async function renderMemory(files: Record<string, string>) {
  const c = compileMemory(files);
  expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return renderAll({ internal: c.internal!, public: c.public! }, ['docx'], TEST_INFO);
}

describe('DOCX parts validate against the OOXML schemas (xmllint)', () => {
  it('every node type and mark', async () => {
    const files = await renderMemory(oneDocument(EVERY_NODE));
    const parts = [...files].flatMap(([path, bytes]) => [...docxParts(bytes as Uint8Array)].filter(([name]) => WORD_PART.test(name)).map(([name, xml]) => ({ name: `${path}:${name}`, xml })));
    expect(parts.length).toBeGreaterThan(0);
    expect(validateXml(parts, WML_XSD)).toEqual([]);
  });

  it('fails, never skips, when a tool is missing, naming the command that installs it', () => {
    expect(() => requireTool('hoshin-no-such-tool')).toThrow(/apt-get install -y libreoffice-writer poppler-utils libxml2-utils fonts-ipafont fonts-noto-cjk/);
  });

  it('has a validator that does reject an invalid part', () => {
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const problems = validateXml([{ name: 'bad.xml', xml: `<w:document xmlns:w="${w}"><w:body><w:p><w:bogus/></w:p></w:body></w:document>` }], WML_XSD);
    expect(problems.join('\n')).toMatch(/bad\.xml.*bogus/);
  });

  for (const folder of folders) {
    it(folder.name, async () => {
      const c = await compileFolder(folder.dir);
      const files = await renderAll({ internal: c.internal!, public: c.public! }, ['docx'], TEST_INFO);
      const word: Array<{ name: string; xml: string }> = [];
      const custom: Array<{ name: string; xml: string }> = [];
      const app: Array<{ name: string; xml: string }> = [];
      for (const [path, bytes] of files) {
        for (const [name, xml] of docxParts(bytes as Uint8Array)) {
          if (WORD_PART.test(name)) word.push({ name: `${path}:${name}`, xml });
          if (name === 'docProps/custom.xml') custom.push({ name: `${path}:${name}`, xml });
          if (name === 'docProps/app.xml') app.push({ name: `${path}:${name}`, xml });
        }
      }
      // Each DOCX has at least its body and styles.
      expect(word.filter((p) => p.name.endsWith('word/document.xml'))).toHaveLength(files.size);
      expect(word.filter((p) => p.name.endsWith('word/styles.xml'))).toHaveLength(files.size);
      expect(validateXml(word, WML_XSD)).toEqual([]);
      expect(validateXml(custom, join(SCHEMAS, 'shared-documentPropertiesCustom.xsd'))).toEqual([]);
      expect(validateXml(app, join(SCHEMAS, 'shared-documentPropertiesExtended.xsd'))).toEqual([]);
    });
  }
});
