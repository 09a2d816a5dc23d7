/** What the CLI touches of the process, passed in so commands can run inside tests. */
export interface Io {
  cwd: string;
  color: boolean;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
}
