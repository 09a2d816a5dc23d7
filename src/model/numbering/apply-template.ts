/** Fill `{n}` and `{1}`…`{9}` (ancestor levels' formatted numbers) in a label template. */
export function applyTemplate(template: string, own: string, path: ReadonlyArray<string | undefined>): string {
  return template.replace(/\{(n|[1-9])\}/g, (_, key: string) => (key === 'n' ? own : path[Number(key) - 1] ?? ''));
}
