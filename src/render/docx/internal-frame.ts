import type { Block } from '../../model/types.js';
import { cellProperties } from './ooxml/cell-properties.js';
import { tableProperties } from './ooxml/table-properties.js';
import type { RenderState } from './render-state.js';
import { StyleId } from './style-ids.js';

const INTERNAL_LABEL = '〔非公開〕';

/**
 * Internal content of a public document, in its internal edition: one shaded, dashed box labelled
 * 〔非公開〕 from the content's indent to the right margin, so a reader of the 決裁 copy sees what
 * the public never will. A one-cell table holds any blocks (headings and tables too) in Word and
 * LibreOffice alike; the blocks inside are laid out from the box's own left edge.
 */
export function internalFrame(blocks: readonly Block[], state: RenderState, render: (blocks: readonly Block[], state: RenderState) => void): void {
  const { setup, styles, out } = state;
  const left = Math.round(state.indent * setup.em);
  const width = state.width - left;
  const margin = styles.frame.cellMargin;
  const inner: RenderState = { ...state, indent: 0, sectionStart: 0, width: width - 2 * margin };
  const vertical = Math.round(margin / 2);
  out.openTable(tableProperties({ width, indent: left, borders: styles.frame.borders }, [width]));
  out.openRow(false);
  out.openCell(cellProperties({ width, fill: styles.frame.fill, margins: { top: vertical, left: margin, bottom: vertical, right: margin } }), {
    width: width - 2 * margin,
    margins: 2 * vertical,
  });
  out.paragraph({ style: StyleId.internalLabel }, () => out.run('', INTERNAL_LABEL));
  render(blocks, inner);
  out.closeCell();
  out.closeRow();
  out.closeTable();
}
