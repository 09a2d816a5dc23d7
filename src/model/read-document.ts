import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { expandData } from '../expand/expand-data.js';
import { expandValues } from '../expand/expand-values.js';
import { TemplateBudget } from '../expand/template-budget.js';
import { toTemplateContext } from '../expand/template-context.js';
import type { PolicyFiles } from '../load/policy-files.js';
import type { ParseCache } from '../parse/parse-cache.js';
import { checkLimits } from '../parse/check-limits.js';
import { findFrontMatter } from '../parse/find-front-matter.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import type { DocumentSpec, Manifest } from '../validate/manifest.js';
import { assignIds } from './assign-ids.js';
import type { FlatBlock } from './flat-block.js';
import { fromMdast } from './from-mdast.js';
import { inheritVisibility } from './inherit-visibility.js';
import { toSections } from './to-sections.js';
import type { Block } from './types.js';

/**
 * One document's sources, in order → its block tree (sections nested, ids assigned, visibility
 * inherited), not yet numbered: parse → expand data → expand values → model. One growth budget
 * serves all its files: what templates add to a document is bounded, not only each run; the
 * caller reads what was added from it.
 */
export function readDocument(spec: DocumentSpec, manifest: Manifest, files: PolicyFiles, diagnostics: Diagnostic[], cache?: ParseCache, growth = new TemplateBudget()): Block[] {
  const stream: FlatBlock[] = [];
  const context = toTemplateContext(manifest, spec.id);
  const documentIds = new Set(manifest.documents.map((d) => d.id));
  for (const rel of spec.sources) {
    const file = files.sources.get(rel);
    if (!file) continue;
    if (file.value.trim() === '') {
      diagnostics.push(diagnostic({ file: file.path, line: 1, column: 1 }, 'error', 'source-empty', 'ファイルが空です。本文を書くか、policy.yaml の sources から外してください。'));
      continue;
    }
    // Text past the parser's limits is not parsed at all: that would take minutes.
    const refused = checkLimits(file.value, file.path);
    if (refused.length > 0) {
      diagnostics.push(...refused);
      continue;
    }
    const frontMatter = findFrontMatter(file.value, file.path);
    if (frontMatter) diagnostics.push(frontMatter);
    const tree = parseMarkdown(file.value, cache);
    diagnostics.push(...expandData(tree, file.path, manifest, files.templates, cache, growth));
    diagnostics.push(...expandValues(tree, file.value, file.path, context, cache, growth));
    stream.push(...fromMdast(tree, { file: file.path, source: file.value, documentId: spec.id, documentIds, diagnostics }));
  }
  const blocks = toSections(stream);
  assignIds(blocks);
  inheritVisibility(blocks, 'public');
  return blocks;
}
