import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { Block } from '../../model/types.js';
import type { RenderState } from './render-state.js';
import { StyleId } from './style-ids.js';

const INTERNAL_LABEL = '〔非公開〕';

/**
 * Internal content of a public document, in its internal edition: one shaded, dashed box labelled
 * 〔非公開〕 from the content's indent to the right margin, so a reader of the 決裁 copy sees what
 * the public never will. A one-cell table holds any blocks (headings and tables too) in Word and
 * LibreOffice alike; the blocks inside are laid out from the box's own left edge.
 */
export function internalFrame(blocks: readonly Block[], state: RenderState, render: (blocks: readonly Block[], state: RenderState) => FileChild[]): Table {
  const { setup, styles } = state;
  const left = Math.round(state.indent * setup.em);
  const width = state.width - left;
  const margin = styles.frame.cellMargin;
  const inner: RenderState = { ...state, indent: 0, sectionStart: 0, width: width - 2 * margin };
  const children = [new Paragraph({ style: StyleId.internalLabel, text: INTERNAL_LABEL }), ...(render(blocks, inner) as Array<Paragraph | Table>)];
  const cell = new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, fill: styles.frame.fill, color: 'auto' },
    margins: { top: Math.round(margin / 2), bottom: Math.round(margin / 2), left: margin, right: margin },
  });
  return new Table({
    rows: [new TableRow({ children: [cell] })],
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    indent: { size: left, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: styles.frame.borders,
  });
}
