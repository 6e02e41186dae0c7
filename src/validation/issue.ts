/**
 * One problem found in an input file, located by a JSON path (`$.vehicles.count`).
 * Every loader (scenario, layout, experiment) reports through this shape so that the CLI and the
 * app print the same line: `FILE: $.path: expected …, got …`.
 */
export interface Issue {
  path: string;
  expected: string;
  got: string;
}

export type PathSegment = string | number;

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['a', 3, 'b c']` → `$.a[3]["b c"]` */
export function jsonPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (identifier.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** A short, readable rendering of an offending value for the "got …" half of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const s = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return `string ${JSON.stringify(s)}`;
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

export function formatIssue(file: string, issue: Issue): string {
  return `${file}: ${issue.path}: expected ${issue.expected}, got ${issue.got}`;
}

/** An issue and the file it was found in (a scenario's problems may sit in its layout file). */
export interface FileIssue extends Issue {
  file: string;
}

export function inFile(file: string, issues: readonly Issue[]): FileIssue[] {
  return issues.map((i) => ({ file, ...i }));
}

/** Thrown by loaders; carries every issue found, never only the first. */
export class InputError extends Error {
  constructor(readonly issues: readonly FileIssue[]) {
    super(issues.map((i) => formatIssue(i.file, i)).join('\n'));
    this.name = 'InputError';
  }
}
