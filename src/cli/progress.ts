import cliProgress from 'cli-progress';

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

/** Plain progress lines come at most this often, and at the end. */
const LINE_EVERY_MS = 10_000;

/**
 * Progress on stderr: a bar (done/total, runs a minute, time left) on a terminal. Elsewhere
 * (a pipe, a Slurm or Kubernetes log, CI) nothing, or with `plainLines` a line now and then.
 */
export function progressBar(label: string, enabled: boolean, plainLines = false): Progress {
  if (!enabled) return { update: () => {}, stop: () => {} };
  if (!process.stderr.isTTY || process.env.CI) return plainLines ? progressLines(label) : { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} runs · {rate} runs/min · {left}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const t0 = performance.now();
  return {
    update(done, total) {
      if (!started) bar.start(total, 0, { rate: '–', left: '' });
      started = true;
      bar.update(done, { rate: perMinute(done, t0), left: timeLeft(done, total, t0) });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** `batch: 12/48 runs (25%) · 3.1 runs/min · about 11m 36s left`, every ten seconds and at the end. */
function progressLines(label: string): Progress {
  const t0 = performance.now();
  let last = -Infinity;
  let lastDone = -1;
  return {
    update(done, total) {
      const now = performance.now();
      if (done === lastDone || (done < total && now - last < LINE_EVERY_MS)) return;
      last = now;
      lastDone = done;
      const left = timeLeft(done, total, t0);
      process.stderr.write(`${label}: ${done}/${total} runs (${total === 0 ? 100 : Math.floor((100 * done) / total)}%) · ${perMinute(done, t0)} runs/min${left === '' ? '' : ` · ${left}`}\n`);
    },
    stop: () => {},
  };
}

/** `about 11m 36s left` from the pace so far; `done in 1m 2s` at the end */
function timeLeft(done: number, total: number, t0: number): string {
  const elapsedS = (performance.now() - t0) / 1000;
  if (done === total) return `done in ${clock(elapsedS)}`;
  return done === 0 ? '' : `about ${clock((elapsedS / done) * (total - done))} left`;
}

function perMinute(done: number, t0: number): string {
  const minutes = (performance.now() - t0) / 60_000;
  return done === 0 || minutes === 0 ? '–' : (done / minutes).toFixed(1);
}

/** 696 → `11m 36s` */
function clock(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.round(s % 60);
  return h > 0 ? `${h}h ${m}m` : m > 0 ? `${m}m ${sec}s` : `${sec}s`;
}
