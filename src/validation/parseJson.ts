import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Issue } from './issue';

/**
 * Parses strict JSON. On a syntax error returns an Issue that says where (line and column), which
 * JSON.parse's own message does not.
 */
export function parseJson(text: string): { value: unknown; issues: Issue[] } {
  try {
    return { value: JSON.parse(text), issues: [] };
  } catch {
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const where = first ? lineColumn(text, first.offset) : lineColumn(text, text.length);
    const what = first ? words(printParseErrorCode(first.error)) : 'invalid JSON';
    return { value: undefined, issues: [{ path: '$', expected: 'valid JSON', got: `${what} at line ${where.line}, column ${where.column}` }] };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** `PropertyNameExpected` → `property name expected` */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
