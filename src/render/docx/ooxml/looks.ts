/**
 * How runs, paragraphs and tables look, in WordprocessingML's own units (twips, half-points for
 * font sizes), as the style map gives them and the property writers write them.
 */

export type Alignment = 'left' | 'center' | 'right' | 'both';

export interface Border {
  style: 'single' | 'dashed';
  /** Eighths of a point. */
  size: number;
  color: string;
  /** Points between the border and the text. */
  space?: number;
}

export interface RunLook {
  /** One font for every script slot (ASCII, East Asian, complex). */
  font?: string;
  /** Half-points, as w:sz writes them. */
  size?: number;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  color?: string;
  underline?: 'single';
  /** A clear shading of this fill. */
  shading?: string;
  /** 傍点 */
  emphasisMark?: 'dot';
  /** Language of Latin and East Asian text. */
  language?: string;
}

export interface Spacing {
  before?: number;
  after?: number;
  line?: number;
  lineRule?: 'exact' | 'atLeast' | 'auto';
}

export interface Indent {
  left?: number;
  hanging?: number;
  firstLine?: number;
}

export interface TabStop {
  type: 'left' | 'right';
  position: number;
  leader?: 'dot';
}

export interface ParagraphLook {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  borders?: { left?: Border; bottom?: Border };
  tabs?: readonly TabStop[];
  spacing?: Spacing;
  indent?: Indent;
  align?: Alignment;
  outlineLevel?: number;
}

export interface ParagraphStyle {
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  uiPriority?: number;
  quickFormat?: boolean;
  run?: RunLook;
  paragraph?: ParagraphLook;
}

export interface TableBorders {
  top: Border;
  left: Border;
  bottom: Border;
  right: Border;
  insideH?: Border;
  insideV?: Border;
}

/** Cell margins in twips. */
export interface CellMargins {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
