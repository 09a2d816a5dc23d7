import type { Diagnostic } from '../diagnostic.js';

/** A text file as the pipeline sees it: display path (as the user would type it) and UTF-8 text. */
export interface SourceFile {
  path: string;
  value: string;
}

/** Everything load/ read for one policy folder; the input of the pure pipeline. */
export interface PolicyFiles {
  dir: string;
  manifest?: SourceFile;
  /** Markdown sources keyed by their path relative to dir, as the manifest lists them. */
  sources: Map<string, SourceFile>;
  /** Listed sources that do not exist (reported by compile at their place in the manifest). */
  missing: Set<string>;
  /** Listed sources not read for a problem already reported (a symlink, too large, not UTF-8): watched, so a fix rebuilds. */
  unread?: Set<string>;
  /** Handlebars templates by name (without .hbs); the policy's own override the built-in ones. */
  templates: Map<string, SourceFile>;
  /** Problems met while reading (missing files, encodings); positioned like every other. */
  diagnostics: Diagnostic[];
}
