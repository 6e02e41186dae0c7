import { durationS, DURATION_FORMS } from '../run/duration';
import type { App } from './app';
import { byId, el } from './dom';
import { SPEEDS, type Speed } from './simClock';
import { simDate } from './simDate';
import { fillLabel, type LabelKey, type Translate } from './i18n';

/** The clock, play/pause, speed, jump-to-time and colouring controls along the top. */
export function bindControls(app: App, t: Translate, showStatus: (text: string, error?: boolean) => void): { relabel(): void; showTime(timeS: number): void } {
  const play = byId<HTMLButtonElement>('play');
  const speed = byId<HTMLSelectElement>('speed');
  const jump = byId<HTMLInputElement>('jump');
  const speedLabel = (s: Speed) => (s === 'max' ? t('ctrl.asFastAsPossible') : `${s}×`);
  speed.append(...SPEEDS.map((s) => el('option', { value: String(s) }, speedLabel(s))));

  const relabel = () => {
    play.textContent = app.clock.playing ? t('ctrl.pause') : t('ctrl.play');
    [...speed.options].forEach((o, k) => (o.textContent = speedLabel(SPEEDS[k])));
    speed.value = String(app.clock.speed);
  };
  play.addEventListener('click', () => {
    const run = app.shownRun;
    if (app.clock.playing) app.clock.pause();
    else app.clock.play(performance.now(), run?.timeS ?? 0);
    relabel();
  });
  speed.addEventListener('change', () => {
    const value: Speed = speed.value === 'max' ? 'max' : Number(speed.value);
    app.clock.setSpeed(value, performance.now(), app.shownRun?.timeS ?? 0);
    app.remember({ ...app.settings, speed: value });
  });
  // the status line says what was wrong with the last time typed, until a valid one is (its own error only)
  let jumpError = false;
  jump.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const s = durationS(jump.value);
    if (Number.isNaN(s) && jump.value.trim() !== '0') {
      showStatus(`${t('ctrl.jumpTo')}: ${DURATION_FORMS}`, true);
      jumpError = true;
      return;
    }
    if (jumpError) showStatus('');
    jumpError = false;
    void app.jumpTo(Number.isNaN(s) ? 0 : s);
  });

  const time = byId('clock-time');
  const date = byId('clock-date');
  const warmUp = byId('warm-up');
  const warmUpText = byId('warm-up-text');
  byId('skip-warm-up').addEventListener('click', () => void app.jumpTo(app.loaded?.scenario.run.warmUpS ?? 0));
  const showTime = (timeS: number) => {
    const run = app.loaded?.scenario.run;
    if (run === undefined) return;
    const d = simDate(run.startDate, timeS);
    time.textContent = d.time;
    date.textContent = `${d.date} · ${fillLabel(t('clock.dayN'), { n: d.day })} · ${d.zone}`;
    time.dataset.simS = String(timeS);
    // the KPIs leave the warm-up out: say so rather than show empty tiles for a simulated day
    warmUp.hidden = timeS >= run.warmUpS;
    if (!warmUp.hidden) {
      const end = simDate(run.startDate, run.warmUpS);
      warmUpText.textContent = fillLabel(t('clock.warmUpNote'), { time: `${end.date} ${end.time.slice(0, 5)}` });
    }
  };
  relabel();
  return { relabel, showTime };
}
