import { describe, expect, it } from 'vitest';
import { clearance, dodge, separation, type DodgeMark } from './dodge.ts';

/** A round mark of radius r centred at x; a bar from x0 to x1, h high each side. */
const dot = (x: number, r = 6): DodgeMark => ({ x0: x - r, x1: x + r, h: r, round: true });
const bar = (x0: number, x1: number, h = 6): DodgeMark => ({ x0, x1, h, round: false });

describe('separation', () => {
	it.each([
		['two dots at the same x', dot(0), dot(0), 14],
		['two dots 8 apart nestle', dot(0), dot(8), Math.sqrt(14 * 14 - 64)],
		['two dots 14 apart touch at most', dot(0), dot(14), 0],
		['two dots far apart', dot(0), dot(40), 0],
		['a dot over a bar', dot(10), bar(0, 30), 14],
		['a dot just past a bar’s end', dot(38), bar(0, 30), 0],
		['a dot within padding of a bar’s end', dot(37), bar(0, 30), 14],
		['two bars side by side', bar(0, 30), bar(31, 60), 14],
		['two bars apart', bar(0, 30), bar(33, 60), 0]
	])('%s', (_name, a, b, expected) => {
		expect(separation(a, b, 2)).toBeCloseTo(expected, 6);
		expect(separation(b, a, 2)).toBeCloseTo(expected, 6);
	});
});

describe('dodge', () => {
	it.each([
		['one mark keeps the line', [dot(0)], 'middle', [0]],
		['marks apart all keep the line', [dot(0), dot(20), bar(40, 90)], 'middle', [0, 0, 0]],
		['the second of two at one x goes below', [dot(0), dot(0)], 'middle', [0, 14]],
		['a third goes above (middle)', [dot(0), dot(0), dot(0)], 'middle', [0, 14, -14]],
		['a third goes further below (top)', [dot(0), dot(0), dot(0)], 'top', [0, 14, 28]],
		['a near dot nestles', [dot(0), dot(8)], 'top', [0, Math.sqrt(14 * 14 - 64)]],
		['a bar clears the dot over it', [dot(10), bar(0, 30)], 'top', [0, 14]],
		['a bar below two dots clears both', [dot(0), dot(28), bar(0, 30)], 'top', [0, 0, 14]],
		[
			'a mark between two stacks rests on them',
			[dot(0), dot(0), dot(20), dot(10)],
			'top',
			// 10 from each centre, so 9.8 below the lower of them
			[0, 14, 0, 14 + Math.sqrt(14 * 14 - 10 * 10)]
		]
	] as const)('%s', (_name, marks, anchor, expected) => {
		const offsets = dodge([...marks], 2, anchor);
		expect(offsets).toHaveLength(expected.length);
		offsets.forEach((y, i) => expect(y, `mark ${i}`).toBeCloseTo(expected[i]!, 6));
	});

	it('leaves no two marks closer than their sizes and the padding, for 300 random lanes', () => {
		let seed = 7;
		const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const problems: string[] = [];
		let moved = 0;
		for (let set = 0; set < 300; set++) {
			const marks = Array.from({ length: 2 + Math.floor(rand() * 14) }, () => {
				const x = rand() * 120;
				return rand() < 0.25 ? bar(x, x + 2 + rand() * 40) : dot(x, 4 + rand() * 4);
			});
			for (const anchor of ['middle', 'top'] as const) {
				const y = dodge(marks, 2, anchor);
				if (anchor === 'top' && y.some((v) => v < 0)) problems.push(`set ${set}: above the line`);
				moved += y.filter((v) => v !== 0).length;
				for (let i = 0; i < marks.length; i++)
					for (let j = i + 1; j < marks.length; j++) {
						const need = separation(marks[i]!, marks[j]!, 2);
						if (Math.abs(y[i]! - y[j]!) < need - 1e-6)
							problems.push(`set ${set} (${anchor}): marks ${i} and ${j} overlap`);
					}
			}
		}
		expect(problems).toEqual([]);
		expect(moved).toBeGreaterThan(300);
	});
});

describe('clearance', () => {
	/** A mark placed at height y. */
	const at = (mark: DodgeMark, y: number) => ({ ...mark, y });

	it('gives a lone mark its whole reach', () => {
		expect(clearance([at(dot(0), 0)], [5])).toEqual([5]);
	});

	it('splits the gap between two dots', () => {
		// centres 20 apart, radii 6: a gap of 8, 4 each
		expect(clearance([at(dot(0), 0), at(dot(0), 20)], [5, 5])).toEqual([4, 4]);
		expect(clearance([at(dot(0), 0), at(dot(12), 16)], [5, 5])).toEqual([4, 4]);
	});

	it('measures a dot and a bar box to box', () => {
		// the bar's top at 14 − 6 = 8, the dot's bottom at 6: a gap of 2
		expect(clearance([at(dot(10), 0), at(bar(0, 30), 14)], [5, 5])).toEqual([1, 1]);
	});
});
