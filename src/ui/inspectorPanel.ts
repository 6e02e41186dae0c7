import { format } from 'd3';
import type { Inspection, InspectTarget } from '../run/inspect';
import type { App } from './app';
import { byId, el } from './dom';
import { simDate } from './simDate';
import type { LabelKey, Translate } from './i18n';

const pct = format('.0%');
const num = format(',.1f');
/** The inspector refreshes this often (wall ms) while something is selected. */
const REFRESH_MS = 500;

/**
 * Click a vehicle or crane to inspect it: its state, job, charge and KPIs, refreshed as the run
 * goes on, and for a vehicle its trail over the last minutes and a follow camera.
 */
export function bindInspector(app: App, t: Translate): { select(target: InspectTarget | null): void; relabel(): void; selected(): InspectTarget | null } {
  const panel = byId('inspector');
  const fields = byId('inspector-fields');
  const trail = byId<HTMLSelectElement>('trail-minutes');
  const follow = byId<HTMLButtonElement>('follow');
  let target: InspectTarget | null = null;
  let following = false;
  let last: Inspection | null = null;

  const clock = (s: number) => {
    const start = app.loaded?.scenario.run.startDate;
    return start === undefined ? `${num(s)} s` : `${simDate(start, s).time} (${t('clock.day')} ${simDate(start, s).day})`;
  };
  const rows = (i: Inspection): [LabelKey, string][] => {
    if (i.kind === 'vehicle') {
      return [
        ['inspector.id' as LabelKey, i.id],
        ['inspector.state', t(`state.${i.state}` as LabelKey)],
        ['inspector.since', clock(i.sinceS)],
        ['inspector.charge', `${pct(i.soc)} (${num(i.energyKWh)} kWh)`],
        ['inspector.job', i.job === null ? '—' : `#${i.job.id} ${t(i.job.kind === 'load' ? 'inspector.load' : 'inspector.discharge')} · ${i.job.crane} · ${i.job.boxes.join(', ')}`],
        ['inspector.cargo', i.cargo.length === 0 ? '—' : i.cargo.join(', ')],
        ['inspector.distanceEmpty', `${num(i.distanceEmptyKm)} km`],
        ['inspector.distanceLoaded', `${num(i.distanceLoadedKm)} km`],
        ['inspector.drivingEnergy', `${num(i.drivingKWh)} kWh · ${t('inspector.chargedEnergy')} ${num(i.chargedKWh)} kWh`],
      ];
    }
    if (i.kind === 'quayCrane') {
      const k = i.kpis;
      return [
        ['inspector.id' as LabelKey, i.id],
        ['inspector.call', i.call ?? '—'],
        ['inspector.movesDone', String(i.movesDone)],
        ['inspector.movesLeft', String(i.movesLeft)],
        ['inspector.holding', i.holding ?? '—'],
        ['kpi.craneRate', k.craneRate === null ? '—' : `${num(k.craneRate)} ${t('unit.movesPerH')}`],
        ['kpi.qcBound', k.qcBound === null ? '—' : `${num(k.qcBound)} ${t('unit.movesPerH')}`],
        ['kpi.qcWaitShare', k.qcWaitShare === null ? '—' : pct(k.qcWaitShare)],
      ];
    }
    return [
      ['inspector.id' as LabelKey, i.id],
      ['inspector.block', i.block],
      ['inspector.zone', `${i.zone[0]}–${i.zone[1] - 1}`],
      ['inspector.bay', String(i.bay)],
      ['inspector.state', i.busy ? t('inspector.busy') : t('state.idle')],
      ['inspector.queue', String(i.queue)],
      ['inspector.holding', i.holding ?? '—'],
    ];
  };
  const show = (i: Inspection) => {
    last = i;
    fields.replaceChildren(...rows(i).flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', { 'data-field': k }, v)]));
    panel.dataset.kind = i.kind;
    follow.hidden = i.kind !== 'vehicle';
  };
  const refresh = async () => {
    const run = app.shownRun;
    if (target === null || run === undefined) return;
    try {
      show(await run.api.inspect(target));
      if (target.kind === 'vehicle') app.view?.setTrajectory(await run.api.trajectory(target.index, run.timeS - Number(trail.value) * 60));
    } catch (e) {
      fields.replaceChildren(el('dd', {}, (e as Error).message));
    }
  };
  setInterval(() => void refresh(), REFRESH_MS);
  trail.addEventListener('change', () => void refresh());
  follow.addEventListener('click', () => {
    following = !following && target?.kind === 'vehicle';
    app.view?.follow(following && target !== null ? target.index : null);
    follow.classList.toggle('active', following);
  });
  const select = (next: InspectTarget | null) => {
    target = next;
    following = false;
    follow.classList.remove('active');
    app.view?.follow(null);
    app.view?.select(next);
    app.view?.setTrajectory(null);
    panel.hidden = next === null;
    if (next !== null) void refresh();
  };
  byId('inspector-close').addEventListener('click', () => select(null));
  return { select, relabel: () => last !== null && show(last), selected: () => target };
}
