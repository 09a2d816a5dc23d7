/**
 * Writes to stdout or stderr that survive the reader going away: `git diff | head -2` (hoshin as
 * git's diff driver) or `hoshin check | head` close the pipe early, and Node then raises EPIPE as
 * an unhandled 'error' event, ending the process with a stack trace (and git with "external diff
 * died"). Output nobody reads is dropped quietly; the command finishes its work (files it was asked
 * to write are still written) and exits with its own code.
 */
export function streamWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', () => {
    closed = true;
  });
  return (text) => {
    if (closed || stream.destroyed) return;
    try {
      stream.write(text);
    } catch {
      closed = true;
    }
  };
}
