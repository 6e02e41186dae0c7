import { strategyNames } from '../dispatch/registry';
import { durationS, durationText } from '../run/duration';
import type { App } from './app';
import type { AppSettings } from './appSettings';
import { bundledScenarioNames, bundledScenarioTexts } from './bundledScenarios';
import { byId, el } from './dom';
import { fillLabel, type LabelKey, type Translate } from './i18n';

/** The strategy select's value for a picked module. */
const MODULE = '__module__';

/**
 * Pick a bundled scenario, upload a scenario JSON and its layout GeoJSON, or edit the key figures;
 * "apply" restarts the run with them. Problems appear in the list below the form with their JSON
 * paths, exactly as the CLI's validate prints them.
 */
export function bindScenarioPanel(app: App, t: Translate, openTab: (name: string) => void): { relabel(): void } {
  const form = byId<HTMLFormElement>('scenario-form');
  const scenarioSelect = byId<HTMLSelectElement>('scenario-select');
  const strategySelect = byId<HTMLSelectElement>('strategy-select');
  const errors = byId('scenario-errors');
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

  scenarioSelect.append(...bundledScenarioNames().map((n) => el('option', { value: n }, n)), el('option', { value: 'upload', disabled: '' }, t('form.uploaded')));
  const relabel = () => {
    const module = app.strategyModule === null ? [] : [el('option', { value: MODULE }, fillLabel(t('form.moduleOption'), { name: app.strategyModule.name }))];
    strategySelect.replaceChildren(el('option', { value: '' }, t('form.scenarioStrategy')), ...strategyNames().map((n) => el('option', { value: n }, `${n} — ${t(`strategy.${n}` as LabelKey)}`)), ...module);
    (scenarioSelect.options[scenarioSelect.options.length - 1] as HTMLOptionElement).textContent = t('form.uploaded');
    fill(app.settings);
  };
  const fill = (s: AppSettings) => {
    scenarioSelect.value = s.scenario;
    (scenarioSelect.options[scenarioSelect.options.length - 1] as HTMLOptionElement).disabled = app.upload === null;
    strategySelect.value = app.strategyModule !== null ? MODULE : (s.strategy ?? '');
    const scenario = app.loaded?.scenario;
    field('fleet').value = String(s.fleet ?? scenario?.vehicles.count ?? '');
    field('cranes').value = String(s.cranesPerVessel ?? scenario?.vessels.cranesPerVessel.max ?? '');
    field('chargers').value = String(s.chargers ?? app.loaded?.layout.chargers.length ?? '');
    field('seed').value = String(s.seed ?? scenario?.seed ?? '');
    field('duration').value = durationText(s.durationS ?? scenario?.run.durationS ?? 604800);
    field('warmup').value = s.warmUpS === 0 ? '0' : durationText(s.warmUpS ?? scenario?.run.warmUpS ?? 0);
  };
  app.settings$.subscribe(fill);
  app.runs$.subscribe(() => fill(app.settings));
  app.problem$.subscribe((p) => {
    errors.replaceChildren(...(p?.lines ?? []).map((line) => el('li', {}, line)));
    if (p !== null) openTab('scenario');
  });

  const whole = (name: string, min: number): number | undefined => {
    // a number field holding what is not a number reads as empty: the browser tells it apart
    if (field(name).validity.badInput) return NaN;
    const v = field(name).value.trim();
    return v === '' ? undefined : Number.isSafeInteger(Number(v)) && Number(v) >= min ? Number(v) : NaN;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const problems: string[] = [];
    const checked = (name: string, min: number, label: LabelKey) => {
      const v = whole(name, min);
      if (Number.isNaN(v)) problems.push(`${t(label)}: ${t('form.expectWhole')} ≥ ${min}`);
      return Number.isNaN(v) ? undefined : v;
    };
    const seconds = (name: string, label: LabelKey, zero: boolean) => {
      const text = field(name).value.trim();
      if (text === '' || (zero && text === '0')) return text === '' ? undefined : 0;
      const v = durationS(text);
      if (Number.isNaN(v)) problems.push(`${t(label)}: ${t('form.expectDuration')}`);
      return Number.isNaN(v) ? undefined : v;
    };
    if (strategySelect.value !== MODULE) dropModule();
    const next: AppSettings = {
      ...app.settings,
      scenario: scenarioSelect.value,
      strategy: strategySelect.value === MODULE ? undefined : strategySelect.value || undefined,
      fleet: checked('fleet', 1, 'form.fleet'),
      cranesPerVessel: checked('cranes', 1, 'form.cranesPerVessel'),
      chargers: checked('chargers', 1, 'form.chargers'),
      seed: checked('seed', 0, 'form.seed'),
      durationS: seconds('duration', 'form.duration', false),
      warmUpS: seconds('warmup', 'form.warmUp', true),
    };
    if (problems.length > 0) app.problem$.next({ lines: problems });
    else void app.apply(next);
  });
  scenarioSelect.addEventListener('change', () => {
    if (scenarioSelect.value === 'upload') return;
    // another scenario's figures do not carry over
    void app.apply({ ...app.settings, scenario: scenarioSelect.value, fleet: undefined, cranesPerVessel: undefined, chargers: undefined, seed: undefined, durationS: undefined, warmUpS: undefined });
  });

  const uploads = { scenario: null as { name: string; text: string } | null, layout: null as { name: string; text: string } | null };
  const onUpload = async (input: HTMLInputElement, which: 'scenario' | 'layout') => {
    const file = input.files?.[0];
    if (file === undefined) return;
    uploads[which] = { name: file.name, text: await file.text() };
    if (uploads.scenario === null) return;
    // the layout the scenario names, uploaded under that name; bundled files stay available beside it
    const named = /"layout"\s*:\s*"([^"]+)"/.exec(uploads.scenario.text)?.[1];
    const files = { ...(bundledScenarioTexts(app.settings.scenario === 'upload' ? 'tianjin-c-section' : app.settings.scenario)?.files ?? {}) };
    if (uploads.layout !== null) files[named ?? uploads.layout.name] = uploads.layout.text;
    const before = { settings: app.settings, upload: app.upload };
    app.upload = { scenario: { file: uploads.scenario.name, text: uploads.scenario.text }, files };
    const started = await app.apply({ ...app.settings, scenario: 'upload', fleet: undefined, cranesPerVessel: undefined, chargers: undefined, seed: undefined, durationS: undefined, warmUpS: undefined });
    if (!started && app.problem$.value !== null) {
      // the upload did not run: the panel and the link go back to what still runs, its errors stay listed
      app.upload = before.upload;
      app.remember(before.settings);
    }
  };
  // code only from a file the user picks here: a blob: URL the workers import, never put in a link
  const dropModule = () => {
    if (app.strategyModule !== null) URL.revokeObjectURL(app.strategyModule.url);
    app.strategyModule = null;
  };
  byId<HTMLInputElement>('strategy-module').addEventListener('change', async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    dropModule();
    app.strategyModule = { name: file.name, url: URL.createObjectURL(new Blob([await file.text()], { type: 'text/javascript' })) };
    relabel();
    void app.apply({ ...app.settings, strategy: undefined, compare: [] });
  });
  byId<HTMLInputElement>('upload-scenario').addEventListener('change', (e) => void onUpload(e.target as HTMLInputElement, 'scenario'));
  byId<HTMLInputElement>('upload-layout').addEventListener('change', (e) => void onUpload(e.target as HTMLInputElement, 'layout'));
  relabel();
  return { relabel };
}
