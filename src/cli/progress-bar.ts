/** Below this many files a run is over before a bar would help. */
const PROGRESS_THRESHOLD = 8;
const REDRAW_INTERVAL_MS = 80;
const BAR_WIDTH = 24;

/** A file-count progress bar. */
export interface Progress {
  /** One more file is done. */
  advance(): void;
  /** Erase the bar before the report is printed. */
  finish(): void;
}

const silent: Progress = { advance() {}, finish() {} };

/**
 * A progress bar on `stream`, only when it is a terminal and there are many files: output that a
 * program reads (a pipe, a file, CI logs) never sees it.
 */
export function createProgress(total: number, stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY || total <= PROGRESS_THRESHOLD) return silent;
  let done = 0;
  let lastDraw = 0;
  const draw = () => {
    const filled = Math.round((done / total) * BAR_WIDTH);
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} files`);
  };
  draw();
  return {
    advance() {
      done++;
      const now = Date.now();
      if (now - lastDraw >= REDRAW_INTERVAL_MS || done === total) {
        lastDraw = now;
        draw();
      }
    },
    finish() {
      stream.write('\r\u001b[2K');
    },
  };
}
