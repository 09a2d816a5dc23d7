/**
 * Reading docx's formatted XML objects (what `prepForXml` gives, before it is serialized):
 * `{ "w:p": [ { "w:pPr": […] }, … ] }`, attributes as `{ _attr: {…} }`, text as strings.
 */
export const xmlElement = {
  name(element: unknown): string | undefined {
    return typeof element === 'object' && element !== null ? Object.keys(element)[0] : undefined;
  },
  children(element: unknown): unknown[] {
    const name = xmlElement.name(element);
    const content = name === undefined ? undefined : (element as Record<string, unknown>)[name];
    return Array.isArray(content) ? content : content === undefined ? [] : [content];
  },
  child(element: unknown, name: string): unknown {
    return xmlElement.children(element).find((c) => xmlElement.name(c) === name);
  },
  attr(element: unknown, key: string): string | number | undefined {
    const attrs = xmlElement.child(element, '_attr') as { _attr?: Record<string, string | number> } | undefined;
    return attrs?._attr?.[key];
  },
  /** A switch such as <w:keepNext/>: on when present, unless its w:val says off. */
  on(element: unknown, name: string): boolean {
    const found = xmlElement.child(element, name);
    return found !== undefined && !['off', 'false', '0', 0, false].includes(xmlElement.attr(found, 'w:val') as never);
  },
  number(element: unknown, key: string): number | undefined {
    const value = xmlElement.attr(element, key);
    return value === undefined || Number.isNaN(Number(value)) ? undefined : Number(value);
  },
};
