import { reportFromTexts, type ResultsReport } from '../experiment/report/reportFromTexts';
import { RESULT_FILES } from '../experiment/resultFiles';
import { InputError, formatIssue } from '../validation/issue';
import { byId, el } from './dom';
import { download } from './exportResults';
import { fillLabel, type Translate } from './i18n';

/**
 * Opens a results directory of `zhigang batch` (or merge) in the app: its experiment.json and
 * runs.jsonl, picked as a folder or as the two files, make the very report `zhigang report` writes,
 * shown over the terminal and offered for download.
 */
export function bindResultsViewer(translate: Translate): { relabel(t: Translate): void; show(report: ResultsReport): void } {
  let t = translate;
  const errors = byId('results-errors');
  const overlay = byId('report');
  const frame = byId<HTMLIFrameElement>('report-frame');
  const title = byId('report-title');
  let shown: ResultsReport | null = null;

  const showErrors = (lines: string[]) => errors.replaceChildren(...lines.map((l) => el('li', {}, l)));
  const titleOf = (r: ResultsReport) => fillLabel(t('results.shown'), { name: r.plan.name, done: r.done, planned: r.planned });
  const show = (report: ResultsReport) => {
    shown = report;
    frame.srcdoc = report.html;
    title.textContent = titleOf(report);
    overlay.hidden = false;
  };

  const open = async (files: File[], fromFolder: boolean) => {
    showErrors([]);
    // in a folder, the results directory's own files, not those of shards inside it
    const candidates = fromFolder ? files.filter((f) => f.webkitRelativePath.split('/').length === 2) : files;
    const pick = (name: string) => candidates.find((f) => f.name === name);
    const plan = pick(RESULT_FILES.plan);
    const runs = pick(RESULT_FILES.runs);
    const missing = [plan === undefined ? RESULT_FILES.plan : null, runs === undefined ? RESULT_FILES.runs : null].filter((n) => n !== null);
    if (plan === undefined || runs === undefined) {
      showErrors([fillLabel(t('results.missing'), { files: missing.join(', ') })]);
      return;
    }
    const named = async (f: File) => ({ file: f.webkitRelativePath || f.name, text: await f.text() });
    try {
      show(reportFromTexts(await named(plan), await named(runs)));
    } catch (e) {
      showErrors(e instanceof InputError ? e.issues.map((i) => formatIssue(i.file, i)) : [(e as Error).message]);
    }
  };

  for (const [id, fromFolder] of [['results-dir', true], ['results-files', false]] as const) {
    const input = byId<HTMLInputElement>(id);
    input.addEventListener('change', () => void open([...(input.files ?? [])], fromFolder).finally(() => (input.value = '')));
  }
  byId('report-close').addEventListener('click', () => (overlay.hidden = true));
  byId('report-download').addEventListener('click', () => {
    if (shown !== null) download(`${shown.plan.name.replace(/\W+/g, '-')}-report.html`, shown.html, 'text/html');
  });
  return {
    relabel(next) {
      t = next;
      if (shown !== null) title.textContent = titleOf(shown);
    },
    show,
  };
}
