import type { Writable } from 'node:stream';

// Ours, not @clack/prompts' spinner: it grabs stdin in raw mode, exits 0 on Ctrl+C (we exit 130) and draws at once.

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const FIRST_FRAME_AFTER_MS = 150;
const FRAME_MS = 80;

/**
 * Shows a spinner with `message` on `stream` while `work` runs, then erases it. Nothing is drawn for work
 * that ends within 150 ms. The caller decides whether `stream` is a terminal; elsewhere, pass `enabled: false`.
 */
export async function withSpinner<T>(
  stream: Writable,
  enabled: boolean,
  message: string,
  work: PromiseLike<T>,
): Promise<T> {
  if (!enabled) return await work;
  let frame = 0;
  let drawn = false;
  let timer: NodeJS.Timeout | undefined;
  const draw = () => {
    drawn = true;
    stream.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${message}`);
  };
  const start = setTimeout(() => {
    draw();
    timer = setInterval(draw, FRAME_MS);
  }, FIRST_FRAME_AFTER_MS);
  try {
    return await work;
  } finally {
    clearTimeout(start);
    clearInterval(timer);
    if (drawn) stream.write('\r\x1b[2K');
  }
}
