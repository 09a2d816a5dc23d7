/**
 * A positioned problem, in the spirit of vfile-message: where (file:line:column), what (message in
 * Japanese), which rule, and how serious. Stages collect these; nothing in the pipeline throws for
 * bad user input.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface Diagnostic extends Place {
  severity: Severity;
  message: string;
  ruleId: string;
  source: 'hoshin';
}

export function diagnostic(
  place: Place,
  severity: Severity,
  ruleId: string,
  message: string,
): Diagnostic {
  return { file: place.file, line: place.line, column: place.column, severity, message, ruleId, source: 'hoshin' };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order for reporting: by file, then position, then rule. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
