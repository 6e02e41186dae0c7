import { isLabelKey, type Translate } from './i18n';

/**
 * A scenario's name in the app's language: a bundled one (`bundled`, its id in the app) by its
 * label, since its file's `name` is English; an uploaded one as its file names it.
 */
export function scenarioTitle(bundled: string, name: string, t: Translate): string {
  const key = `scenarioName.${bundled}`;
  return isLabelKey(key) ? t(key) : name;
}
