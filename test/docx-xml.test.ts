import { describe, expect, it } from 'vitest';
import { escapeXml } from '../src/render/docx/ooxml/escape-xml.js';
import { toDocx } from '../src/render/docx/to-docx.js';
import { TEST_INFO } from './support/build-example.js';
import { compileMemory, oneDocument } from './support/memory-policy.js';
import { docxParts, validateXml, WML_XSD } from './support/ooxml.js';

// The DOCX writer writes XML as strings: markup characters are escaped, and characters XML 1.0
// cannot hold at all (a control character pasted into a source file) never reach a part.

describe('escapeXml', () => {
  it('escapes markup and drops what XML cannot hold, keeping surrogate pairs whole', () => {
    expect(escapeXml('a\u0001b<&">\uD842\uDFB7吉\uD800x\uDC00y\uFFFE\t\n')).toBe('ab&lt;&amp;&quot;&gt;\uD842\uDFB7吉xy\t\n');
    expect(escapeXml('本文')).toBe('本文');
  });

  it('keeps a document with control characters and markup in its text well-formed and valid', async () => {
    const c = compileMemory(oneDocument('# 見出し<\u0007>\n\n本文 & "引用"\u000b の\u001f後。[リンク](https://example.jp/?a=1&b=2)\n'));
    const doc = docxParts(await toDocx(c.public!, c.public!.documents[0], TEST_INFO)).get('word/document.xml')!;
    expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(doc).toContain('本文 &amp; &quot;引用&quot; の後。');
    expect(validateXml([{ name: 'document.xml', xml: doc }], WML_XSD)).toEqual([]);
  });
});
