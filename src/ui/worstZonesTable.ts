import type { TrafficSummary } from '../kpi/computeKpis';
import type { ZoneWait } from '../traffic/worstZones';
import { el } from './dom';
import type { Translate } from './i18n';

export interface WorstZonesTable {
  /** the run's traffic summary; null (no traffic control, or no KPIs yet) hides the table */
  update(traffic: TrafficSummary | null): void;
  relabel(t: Translate): void;
}

/** A resource's name as shown: a junction's zone in the page's language, a cell of lane by its lane id and metres. */
export function zoneLabel(name: string, t: Translate): string {
  return name.startsWith('zone ') ? `${t('traffic.junction')} ${name.slice(5)}` : name;
}

/**
 * Where vehicles waited for each other longest (KpiResult.traffic.worstZones, after the warm-up):
 * a row per junction zone or cell of lane with the hours waited, longest first.
 */
export function createWorstZonesTable(container: HTMLElement, options: { t: Translate }): WorstZonesTable {
  let t = options.t;
  let shown: TrafficSummary | null = null;
  const title = el('h3');
  const placeHead = el('th');
  const hoursHead = el('th');
  const body = el('tbody');
  const table = el('table', {}, el('thead', {}, el('tr', {}, placeHead, hoursHead)), body);
  const none = el('p', { class: 'hint' });
  container.replaceChildren(title, table, none);

  const row = (z: ZoneWait) => el('tr', { 'data-zone': z.name }, el('td', {}, zoneLabel(z.name, t)), el('td', {}, z.waitH.toFixed(2)));
  const draw = () => {
    title.textContent = t('traffic.worstZones');
    title.title = t('traffic.worstZonesHint');
    placeHead.textContent = t('traffic.place');
    hoursHead.textContent = t('traffic.hoursWaited');
    none.textContent = t('traffic.noWaits');
    container.hidden = shown === null;
    const zones = shown?.worstZones ?? [];
    table.hidden = zones.length === 0;
    none.hidden = zones.length > 0;
    body.replaceChildren(...zones.map(row));
  };
  draw();
  return {
    update(traffic) {
      shown = traffic;
      draw();
    },
    relabel(next) {
      t = next;
      draw();
    },
  };
}
