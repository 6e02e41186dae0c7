import { describe, expect, it } from 'vitest';
import { parseIntegers } from './ranges';

describe('parseIntegers', () => {
  it('reads ranges, stepped ranges and lists', () => {
    expect(parseIntegers('1-5', '--seeds')).toEqual([1, 2, 3, 4, 5]);
    expect(parseIntegers('24-120:12', '--fleet')).toEqual([24, 36, 48, 60, 72, 84, 96, 108, 120]);
    expect(parseIntegers('1-3, 8', '--seeds')).toEqual([1, 2, 3, 8]);
    expect(parseIntegers('7', '--seeds')).toEqual([7]);
  });

  it('refuses what is not a list of integers, empty ranges, repeats and huge ranges with a usage message', () => {
    expect(() => parseIntegers('a-b', '--seeds')).toThrow('--seeds expects integers like 1-10, 24-120:12 or 1,3,7; got "a-b"');
    expect(() => parseIntegers('5-1', '--seeds')).toThrow('--seeds: "5-1" is an empty range');
    expect(() => parseIntegers('1-3,2', '--seeds')).toThrow('--seeds: 2 is listed twice');
    expect(() => parseIntegers('0-5', '--fleet', 1)).toThrow('--fleet: 0 is out of range (1 to 4294967295)');
    expect(() => parseIntegers('1-99999999999', '--seeds')).toThrow('--seeds: more than 10000 values');
  });
});
