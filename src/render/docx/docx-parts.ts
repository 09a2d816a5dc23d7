import type { Fragment } from './body-writer.js';
import type { FileContext } from './file-context.js';
import { docPropsParts, type DocProperties } from './ooxml/doc-props-parts.js';
import { fontTablePart } from './ooxml/font-table-part.js';
import { relationshipsPart, type Relationship } from './ooxml/relationships-part.js';
import { settingsPart } from './ooxml/settings-part.js';
import { stylesPart, type Styles } from './ooxml/styles-part.js';
import { wordPartTags } from './ooxml/word-part-tags.js';
import { pageFrame } from './page-frame.js';
import type { PageSetup } from './page-setup.js';
import { sectionProperties } from './section-properties.js';
import { writeFragment } from './write-fragment.js';

/** A fragment of a section, nested `offset` levels, with the `_Toc` names of its 目次 candidates. */
export interface Placed {
  fragment: Fragment;
  offset?: number;
  tocNames?: ReadonlyArray<string | undefined>;
}

export interface DocxSection {
  content: readonly Placed[];
  /** Page numbers start again at 1. */
  restart: boolean;
  /** The marking in the header of every page. */
  marked: boolean;
  /** The page number in the footer. */
  numbered: boolean;
}

export interface DocxFile {
  setup: PageSetup;
  styles: Styles;
  properties: DocProperties;
  sections: readonly DocxSection[];
  /** Bookmark names of the cross-reference targets the file holds and refers to, by `document#id`. */
  refs: ReadonlyMap<string, string>;
  date: Date;
}

/**
 * Every part of a .docx but the package's own ([Content_Types].xml, _rels/.rels: toPackage), by
 * name: the body with its sections, a header and footer per section, styles,
 * settings, fonts and properties. Relationship ids, bookmark ids and headers are numbered in
 * document order.
 */
export function docxParts(file: DocxFile): Map<string, string> {
  const { setup } = file;
  const parts = new Map<string, string>();
  const relationships: Relationship[] = [
    { id: 'rId1', type: 'styles', target: 'styles.xml' },
    { id: 'rId2', type: 'settings', target: 'settings.xml' },
    { id: 'rId3', type: 'fontTable', target: 'fontTable.xml' },
  ];
  const relate = (type: string, target: string, external = false) => {
    const id = `rId${relationships.length + 1}`;
    relationships.push({ id, type, target, external });
    return id;
  };
  let headers = 0;
  const closings = file.sections.map((section, i) => {
    const frame = pageFrame(setup, section.marked, section.numbered);
    let header: string | undefined;
    if (frame.header) {
      const name = `header${++headers}.xml`;
      parts.set(`word/${name}`, frame.header);
      header = relate('header', name);
    }
    const name = `footer${i + 1}.xml`;
    parts.set(`word/${name}`, frame.footer);
    return sectionProperties(setup, section.restart, { header, footer: relate('footer', name) });
  });
  const links = new Map<string, string>();
  const context: FileContext = {
    offset: 0,
    closing: '',
    refs: file.refs,
    tocNames: [],
    tocNext: 0,
    bookmarks: { last: 0, open: [] },
    link(url) {
      let id = links.get(url);
      if (id === undefined) links.set(url, (id = relate('hyperlink', url, true)));
      return id;
    },
  };
  const [open, close] = wordPartTags('document');
  const chunks: string[] = [`${open}<w:body>`];
  file.sections.forEach((section, i) => {
    const last = i === file.sections.length - 1;
    section.content.forEach((placed, j) => {
      const closing = !last && j === section.content.length - 1 ? closings[i] : '';
      Object.assign(context, { offset: placed.offset ?? 0, tocNames: placed.tocNames ?? [], tocNext: 0, closing });
      writeFragment(placed.fragment, context, chunks);
      // A section whose last block is not a paragraph (a table, the 目次) ends in one of its own.
      if (closing !== '' && !placed.fragment.closes) chunks.push(`<w:p><w:pPr>${closing}</w:pPr></w:p>`);
    });
  });
  chunks.push(`${closings[closings.length - 1]}</w:body>${close}`);
  parts.set('word/document.xml', chunks.join(''));
  parts.set('word/_rels/document.xml.rels', relationshipsPart(relationships));
  parts.set('word/styles.xml', stylesPart(file.styles));
  // Four characters, as Japanese Word sets it.
  parts.set('word/settings.xml', settingsPart(4 * setup.em));
  parts.set('word/fontTable.xml', fontTablePart(fontsOf(setup)));
  for (const [name, xml] of docPropsParts(file.properties, file.date)) parts.set(name, xml);
  return parts;
}

function fontsOf(setup: PageSetup): Array<{ name: string; family: 'roman' | 'swiss' }> {
  const { body, heading } = setup.fonts;
  return body === heading ? [{ name: body, family: 'roman' }] : [{ name: body, family: 'roman' }, { name: heading, family: 'swiss' }];
}
