// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { badNumbers, mount, tIn } from './charts/chartTesting';
import { createWorstZonesTable, zoneLabel } from './worstZonesTable';

const traffic = {
  worstZones: [
    { name: 'zone APRON-E × TL-IN7 × TL-OUT6', waitH: 7.8879 },
    { name: 'NORTH-ROAD 179–189 m', waitH: 0.97 },
  ],
};

describe('the worst zones table', () => {
  it('lists the places waited for longest with their hours, in the page language', () => {
    const root = mount();
    const table = createWorstZonesTable(root, { t: tIn('en') });
    expect(root.hidden).toBe(true); // no run yet
    table.update(traffic);
    expect(root.hidden).toBe(false);
    expect(root.querySelector('h3')!.textContent).toBe('Where ARTs wait longest');
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Zone or lane cell', 'Hours waited']);
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['junction APRON-E × TL-IN7 × TL-OUT6', '7.89'],
      ['NORTH-ROAD 179–189 m', '0.97'],
    ]);
    table.relabel(tIn('zh'));
    expect(root.querySelector('h3')!.textContent).toBe('无人集卡等待最久的路段');
    expect(root.querySelector('tbody td')!.textContent).toBe('路口 APRON-E × TL-IN7 × TL-OUT6');
    expect(badNumbers(root)).toEqual([]);
  });

  it('says so when nobody waited yet, and hides without traffic control', () => {
    const root = mount();
    const table = createWorstZonesTable(root, { t: tIn('en') });
    table.update({ worstZones: [] });
    expect(root.hidden).toBe(false);
    expect(root.querySelector('table')!.hidden).toBe(true);
    expect(root.querySelector<HTMLElement>('p.hint')!.hidden).toBe(false);
    expect(root.querySelector('p.hint')!.textContent).toBe('No waiting in traffic so far');
    table.update(traffic);
    table.update(null);
    expect(root.hidden).toBe(true);
  });

  it('names a junction zone in the language of the page, a cell of lane by its lane', () => {
    expect(zoneLabel('zone A × B', tIn('zh'))).toBe('路口 A × B');
    expect(zoneLabel('TL1 0–10 m', tIn('zh'))).toBe('TL1 0–10 m');
  });
});
