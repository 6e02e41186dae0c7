import cliProgress from 'cli-progress';

/** A progress bar on stderr for a terminal; silent in CI, pipes and JSON output. */
export function progressBar(label: string, enabled: boolean): { update: (done: number, total: number) => void; stop: () => void } {
  if (!enabled || !process.stderr.isTTY || process.env.CI) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} runs · {eta_formatted} left`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
