// C0 controls but the tab, DEL and C1: a terminal acts on them (ESC sequences recolor, move the
// cursor, retitle the window; CR and LF can forge a line that looks like another diagnostic).
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/**
 * Text from the source (ids, headings, file names, YAML values) made safe to print on a terminal:
 * each control character as a visible \u001b escape. Strings inside arrays and plain objects are
 * escaped too, so a whole report or summary can be passed; other values are returned as they are.
 */
export function visibleControls<T>(value: T): T {
  if (typeof value === 'string') return value.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) as T;
  if (Array.isArray(value)) return value.map(visibleControls) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, visibleControls(v)])) as T;
  }
  return value;
}
