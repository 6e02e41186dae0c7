import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { bundledScenarioNames } from './bundledScenarios';
import { t, type Lang } from './i18n';
import { scenarioTitle } from './scenarioTitle';

const tIn = (lang: Lang) => (key: Parameters<typeof t>[0]) => t(key, lang);

describe('the scenario named in the subtitle', () => {
  it('is a bundled scenario\'s label in the app\'s language, its file\'s name in English', () => {
    for (const id of bundledScenarioNames()) {
      const name = readScenarioFile(`scenarios/${id}.json`).scenario.name;
      expect(scenarioTitle(id, name, tIn('en'))).toBe(name);
      const zh = scenarioTitle(id, name, tIn('zh'));
      expect(zh).not.toBe(name);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(scenarioTitle('tianjin-c-section', 'Tianjin Beijiang C-section (Tianjin-style)', tIn('zh'))).toBe('天津港北疆港区 C 段（仿天津）');
  });

  it('is an uploaded scenario\'s own name in either language', () => {
    expect(scenarioTitle('upload', 'My port', tIn('zh'))).toBe('My port');
    expect(scenarioTitle('upload', 'My port', tIn('en'))).toBe('My port');
  });
});
