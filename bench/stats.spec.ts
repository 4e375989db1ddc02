import { describe, expect, it } from 'vitest';
import { busyReason, maxLoad, median, ratio, spread } from './stats.js';

describe('median', () => {
	it.each([
		{ values: [3, 1, 2], want: 2 },
		{ values: [4, 1, 3, 2], want: 2.5 },
		{ values: [77, 73, 80, 75, 79], want: 77 },
		{ values: [null, 5, undefined, 1, NaN], want: 3 },
		{ values: [], want: null },
		{ values: [null], want: null }
	])('$values → $want', ({ values, want }) => {
		expect(median(values)).toBe(want);
	});
});

describe('spread', () => {
	it('gives the lowest and highest number, whatever the order', () => {
		expect(spread([690, 570, 910, 600, 700])).toEqual([570, 910]);
	});
	it('leaves out failed runs, and is null when none worked', () => {
		expect(spread([null, 0.01, 0])).toEqual([0, 0.01]);
		expect(spread([null, undefined])).toBeNull();
	});
});

describe('busyReason', () => {
	it('lets a quiet 2-core machine measure, up to a load of 1.5', () => {
		expect(maxLoad(2)).toBe(1.5);
		expect(busyReason([0.2, 1, 2], 2)).toBeNull();
		expect(busyReason([1.5, 4, 4], 2)).toBeNull();
	});
	it('stops a busy one, saying the load and the limit', () => {
		const why = busyReason([1.51, 0.5, 0.5], 2);
		expect(why).toMatch(/load average 1\.51 over the last minute, over 1\.5 on 2 CPUs/);
	});
	it('scales the limit with the cores', () => {
		expect(busyReason([2.5, 0, 0], 4)).toBeNull();
		expect(busyReason([3.1, 0, 0], 4)).toMatch(/over 3 on 4 CPUs/);
		expect(busyReason([0.8, 0, 0], 1)).toMatch(/on 1 CPU;/);
	});
});

describe('ratio', () => {
	it('divides, to 2 decimals', () => {
		expect(ratio(2420, 1380)).toBe(1.75);
		expect(ratio(219.7, 464.4)).toBe(0.47);
	});
	it('is null without both figures or with a zero reference', () => {
		expect(ratio(null, 1)).toBeNull();
		expect(ratio(1, undefined)).toBeNull();
		expect(ratio(1, 0)).toBeNull();
	});
});
