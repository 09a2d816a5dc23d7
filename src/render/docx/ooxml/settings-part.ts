import { wordPart } from './word-part.js';

/**
 * word/settings.xml: the default tab stop, and Word 2013's layout (compatibility mode 15) with a
 * line ended by a manual break not stretched across a justified paragraph.
 */
export function settingsPart(defaultTabStop: number): string {
  return wordPart(
    'settings',
    `<w:defaultTabStop w:val="${defaultTabStop}"/><w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`,
  );
}
