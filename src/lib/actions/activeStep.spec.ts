import { describe, expect, it } from 'vitest';
import { lastAbove } from './activeStep.ts';

/** Step boxes with these tops, counting how many times a box is read. */
function boxes(tops: number[]) {
	const reads = { count: 0 };
	const steps = tops.map(
		(top) =>
			({
				getBoundingClientRect: () => {
					reads.count += 1;
					return { top } as DOMRect;
				}
			}) as Element
	);
	return { steps, reads };
}

/** What reading every box from the first would find. */
const everyBox = (tops: number[], line: number) => tops.findLastIndex((top) => top <= line);

describe('lastAbove', () => {
	const tops = [120, 900, 1800, 2600, 3500];

	it('finds the last step whose top has passed the line, from wherever the last look was', () => {
		for (const line of [-50, 0, 119, 120, 121, 899, 900, 2000, 3499, 3500, 9000])
			for (const from of [-1, 0, 1, 2, 3, 4, 7]) {
				const { steps } = boxes(tops);
				expect(lastAbove(steps, line, from), `line ${line}, from ${from}`).toBe(
					everyBox(tops, line)
				);
			}
	});

	it('reads two boxes when the reader is still at the same step, three when one step on', () => {
		const same = boxes(tops);
		expect(lastAbove(same.steps, 1000, 1)).toBe(1);
		expect(same.reads.count).toBe(2);
		const next = boxes(tops);
		expect(lastAbove(next.steps, 1900, 1)).toBe(2);
		expect(next.reads.count).toBe(3);
	});

	it('is -1 above the first step and with no steps', () => {
		expect(lastAbove(boxes(tops).steps, 100, 3)).toBe(-1);
		expect(lastAbove([], 100, 2)).toBe(-1);
	});
});
