import type { Block, Policy, PolicyDocument } from '../../model/types.js';
import type { BodyWriter } from './body-writer.js';
import type { HangWidths } from './hang-widths.js';
import type { PageSetup } from './page-setup.js';
import type { StyleMap } from './style-map.js';

/** What a block handler knows about where it is. Positions are in ems of the body size. */
export interface RenderState {
  policy: Policy;
  document: PolicyDocument;
  setup: PageSetup;
  styles: StyleMap;
  hangs: HangWidths;
  /** Where the blocks are written. */
  out: BodyWriter;
  /** 例規 layout (a numbering with （見出し） articles): every number hangs one em, as 例規集 print it. */
  reiki: boolean;
  /** Where paragraphs, lists and tables here start, from the left of the text area or frame. */
  indent: number;
  /** Where the enclosing section's heading starts: a level numbered under it (2.1 under 2) stays there. */
  sectionStart: number;
  /** How many sections enclose this place. */
  depth: number;
  /** Width from the left of the text area or frame to the right margin, in twips. */
  width: number;
  parent?: Block;
  /** The style of plain paragraphs here (a quotation's), when not Normal. */
  paragraphStyle?: string;
  /**
   * Writes a run of blocks (toUnits) that starts outside any table, as renderUnit would: the
   * document body remembers them (document-body.ts).
   */
  writeUnit?: (unit: readonly Block[], state: RenderState) => void;
}
