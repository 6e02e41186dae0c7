/** The files of a results directory. runs.jsonl is the truth; the others are rebuilt from it. */
export const RESULT_FILES = { plan: 'experiment.json', runs: 'runs.jsonl', csv: 'runs.csv', summary: 'summary.csv' } as const;
