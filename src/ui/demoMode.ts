import type { App } from './app';

/** The demo waits this long on a finished run before starting it again. */
const RESTART_AFTER_MS = 8000;

/**
 * `?demo`: the whole window for the terminal, an automatic camera tour, large KPI captions, and
 * a run that starts again when it ends, so the demo runs unattended for as long as it is shown.
 */
export function startDemo(app: App): void {
  document.body.classList.add('demo');
  // visitors see a terminal at work with its KPIs, not the empty first hours of the warm-up
  app.startAtS = (loaded) => loaded.scenario.run.warmUpS;
  document.getElementById('captions')!.hidden = false;
  // browsers grant full screen only in answer to a gesture: the first click or key takes it
  const fullScreen = () => void document.documentElement.requestFullscreen?.().catch(() => undefined);
  window.addEventListener('pointerdown', fullScreen, { once: true });
  window.addEventListener('keydown', fullScreen, { once: true });
  app.runs$.subscribe(() => app.view?.startTour());
  app.finished$.subscribe((run) => {
    if (run === app.shownRun) setTimeout(() => void app.restart(), RESTART_AFTER_MS);
  });
}
