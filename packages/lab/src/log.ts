// Progress goes to stderr so that stdout stays clean for `status --json`.
const started = Date.now();

export function progress(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  process.stderr.write(`[lab ${seconds}s] ${message}\n`);
}
