import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
	overlaps,
	placeLabels,
	type Box,
	type LabelRequest,
	type PlacedLabel,
	type PlaceOptions,
	type Placement
} from './placeLabels.ts';

const EPS = 0.01;

const OPTS: PlaceOptions = {
	left: 0,
	right: 400,
	top: 0,
	bottom: 300,
	rowHeight: 15,
	markGap: 7
};

const label = (id: string, x: number, over: Partial<LabelRequest> = {}): LabelRequest => ({
	id,
	x,
	y: 100,
	w: 50,
	h: 15,
	...over
});

/** The box a leader line covers (1 unit wide), as placeLabels keeps it clear. */
const leaderBox = (l: NonNullable<PlacedLabel['leader']>): Box => ({
	x: l.x - 0.5,
	y: Math.min(l.y1, l.y2),
	w: 1,
	h: Math.abs(l.y2 - l.y1)
});

/**
 * Everything that must hold for any placement: each problem as a sentence, so a failure names
 * the label. An empty list is a valid placement.
 */
function problems(requests: LabelRequest[], opts: PlaceOptions, result: Placement): string[] {
	const out: string[] = [];
	const { placed, dropped } = result;
	const byId = new Map(requests.map((r) => [r.id, r]));
	const obstacles = opts.obstacles ?? [];

	const ids = [...placed.map((p) => p.id), ...dropped].sort();
	const input = requests.map((r) => r.id).sort();
	if (JSON.stringify(ids) !== JSON.stringify(input))
		out.push(`placed + dropped ${JSON.stringify(ids)} ≠ input ${JSON.stringify(input)}`);

	for (const p of placed) {
		const req = byId.get(p.id);
		if (!req) {
			out.push(`${p.id}: placed but never asked for`);
			continue;
		}
		if (p.x < opts.left - EPS) out.push(`${p.id}: left edge ${p.x} < ${opts.left}`);
		if (p.x + p.w > opts.right + EPS) out.push(`${p.id}: right edge ${p.x + p.w} > ${opts.right}`);
		if (p.y < opts.top - EPS) out.push(`${p.id}: top ${p.y} < ${opts.top}`);
		if (p.y + p.h > opts.bottom + EPS) out.push(`${p.id}: bottom ${p.y + p.h} > ${opts.bottom}`);
		if (p.x > req.x + EPS || p.x + p.w < req.x - EPS)
			out.push(`${p.id}: box ${p.x}..${p.x + p.w} does not cover its mark at ${req.x}`);
		if (p.h !== req.h) out.push(`${p.id}: height ${p.h}, asked for ${req.h}`);
		const width = p.short ? req.shortW : req.w;
		if (p.w !== width) out.push(`${p.id}: width ${p.w}, expected ${width} (short: ${p.short})`);
		if (Math.abs(p.row) > 1 !== (p.leader !== null))
			out.push(`${p.id}: row ${p.row} with leader ${JSON.stringify(p.leader)}`);
		if (p.leader) {
			if (Math.abs(p.leader.x - req.x) > EPS)
				out.push(`${p.id}: leader at ${p.leader.x}, mark at ${req.x}`);
			// the leader runs from the label's edge to the edge of the gap around the mark
			const span = p.row < 0 ? [p.y + p.h, req.y - opts.markGap] : [req.y + opts.markGap, p.y];
			if (Math.abs(p.leader.y1 - span[0]!) > EPS || Math.abs(p.leader.y2 - span[1]!) > EPS)
				out.push(`${p.id}: leader ${JSON.stringify(p.leader)}, expected ${span.join('..')}`);
		}
		for (const o of obstacles)
			if (overlaps(p, o)) out.push(`${p.id}: covers obstacle ${JSON.stringify(o)}`);
	}

	for (let i = 0; i < placed.length; i++) {
		const a = placed[i]!;
		for (let j = i + 1; j < placed.length; j++) {
			const b = placed[j]!;
			if (overlaps(a, b)) out.push(`${a.id} overlaps ${b.id}`);
		}
		if (!a.leader) continue;
		const line = leaderBox(a.leader);
		for (const b of placed)
			if (b !== a && overlaps(line, b)) out.push(`${a.id}'s leader passes through ${b.id}`);
		for (const o of obstacles)
			if (overlaps(line, o)) out.push(`${a.id}'s leader crosses obstacle ${JSON.stringify(o)}`);
	}
	return out;
}

interface Case {
	name: string;
	requests: LabelRequest[];
	opts?: Partial<PlaceOptions>;
	placed: Record<string, Partial<PlacedLabel>>;
	dropped: string[];
}

const CASES: Case[] = [
	{
		name: 'a single label goes in row −1, ending just past its mark',
		requests: [label('a', 100)],
		placed: { a: { row: -1, x: 53, y: 78, w: 50, h: 15, short: false, leader: null } },
		dropped: []
	},
	{
		name: 'a second label on the same mark goes to the row below',
		requests: [label('a', 100), label('b', 100)],
		placed: {
			a: { row: -1, x: 53, y: 78 },
			b: { row: 1, x: 53, y: 107, leader: null }
		},
		dropped: []
	},
	{
		name: 'a neighbour whose end-aligned label would overlap starts at its mark instead',
		requests: [label('b', 106), label('a', 100)],
		placed: { a: { row: -1, x: 53 }, b: { row: -1, x: 103 } },
		dropped: []
	},
	{
		name: 'a label that would cross the right bound is pulled inside, still over its mark',
		requests: [label('a', 399)],
		placed: { a: { row: -1, x: 350, w: 50 } },
		dropped: []
	},
	{
		name: 'a label that would cross the left bound is pulled inside, still over its mark',
		requests: [label('a', 1)],
		opts: { left: 0 },
		placed: { a: { row: -1, x: 0, w: 50 } },
		dropped: []
	},
	{
		name: 'a mark past the right bound cannot be covered, so its label is dropped',
		requests: [label('a', 420)],
		placed: {},
		dropped: ['a']
	},
	{
		name: 'an obstacle over row −1 forces the label into row 1',
		requests: [label('a', 100)],
		opts: { obstacles: [{ x: 0, y: 70, w: 400, h: 20 }] },
		placed: { a: { row: 1, y: 107 } },
		dropped: []
	},
	{
		name: 'a label with no row left inside the bounds is dropped, not drawn over another',
		requests: [label('a', 100), label('b', 100), label('c', 100)],
		opts: { top: 78, bottom: 122 },
		placed: { a: { row: -1 }, b: { row: 1 } },
		dropped: ['c']
	},
	{
		name: 'only the rows asked for are tried',
		requests: [label('a', 100), label('b', 100)],
		opts: { rows: [-1] },
		placed: { a: { row: -1 } },
		dropped: ['b']
	},
	{
		name: 'a label two rows above gets a leader down to its mark',
		requests: [label('a', 100)],
		opts: { rows: [-2] },
		placed: { a: { row: -2, y: 63, leader: { x: 100, y1: 78, y2: 93 } } },
		dropped: []
	},
	{
		name: 'a label three rows below gets a leader up to its mark',
		requests: [label('a', 100)],
		opts: { rows: [3] },
		placed: { a: { row: 3, y: 137, leader: { x: 100, y1: 107, y2: 137 } } },
		dropped: []
	},
	{
		name: 'a leader may pass beside a placed label',
		requests: [label('a', 100), label('b', 104)],
		opts: { rows: [-1, -2] },
		placed: {
			a: { row: -1, x: 53, leader: null },
			b: { row: -2, x: 57, y: 63, leader: { x: 104, y1: 78, y2: 93 } }
		},
		dropped: []
	},
	{
		name: 'a leader that would pass through a placed label is refused',
		requests: [label('a', 100), label('b', 102)],
		opts: { rows: [-1, -2] },
		placed: { a: { row: -1 } },
		dropped: ['b']
	},
	{
		name: 'a placed leader keeps later labels off it',
		requests: [label('a', 100), label('b', 104), label('c', 106, { w: 20 })],
		opts: { rows: [-1, -2] },
		placed: { a: { row: -1 }, b: { row: -2 } },
		dropped: ['c']
	},
	{
		name: 'without the leader in the way, the same label fits',
		requests: [label('a', 100), label('c', 106, { w: 20 })],
		opts: { rows: [-1, -2] },
		placed: { a: { row: -1 }, c: { row: -1, x: 103 } },
		dropped: []
	},
	{
		name: 'a label moves a row out when its first choice would leave a later label no room',
		// a's first choice, row −1 over 60–160, would cover b's mark and block b's leader
		requests: [label('a', 100, { w: 100 }), label('b', 130)],
		opts: { left: 60, rows: [-1, -2] },
		placed: {
			a: { row: -2, x: 60, leader: { x: 100, y1: 78, y2: 93 } },
			b: { row: -1, x: 127, leader: null }
		},
		dropped: []
	},
	{
		name: 'a leader that would cross an obstacle is refused',
		requests: [label('a', 100)],
		opts: { rows: [-2], obstacles: [{ x: 95, y: 82, w: 10, h: 5 }] },
		placed: {},
		dropped: ['a']
	},
	{
		name: 'the shorter width is used when the full label does not fit',
		requests: [label('a', 50, { w: 200, shortW: 40 })],
		opts: { right: 100 },
		placed: { a: { row: -1, x: 13, w: 40, short: true } },
		dropped: []
	},
	{
		name: 'the shorter width is used only when the full label finds no room',
		requests: [label('a', 50, { w: 60, shortW: 20 })],
		opts: { right: 100 },
		placed: { a: { row: -1, x: 0, w: 60, short: false } },
		dropped: []
	},
	{
		name: 'a label with no room even at its shorter width is dropped',
		requests: [label('a', 50, { w: 200, shortW: 120 })],
		opts: { right: 100 },
		placed: {},
		dropped: ['a']
	}
];

describe('placeLabels', () => {
	it.each(CASES)('$name', ({ requests, opts, placed, dropped }) => {
		const options = { ...OPTS, ...opts };
		const result = placeLabels(requests, options);
		expect(Object.fromEntries(result.placed.map((p) => [p.id, p]))).toMatchObject(placed);
		expect(result.placed.map((p) => p.id).sort()).toEqual(Object.keys(placed).sort());
		expect(result.dropped).toEqual(dropped);
		expect(problems(requests, options, result)).toEqual([]);
	});

	it('does not change the requests it is given', () => {
		const requests = [label('b', 200), label('a', 100)];
		const copy = structuredClone(requests);
		placeLabels(requests, OPTS);
		expect(requests).toEqual(copy);
	});

	it('holds its guarantees for 400 random label sets', () => {
		const rand = randomLcg(0.42);
		const between = (a: number, b: number) => a + rand() * (b - a);
		const int = (a: number, b: number) => Math.floor(between(a, b + 1));
		const failures: string[] = [];
		let placedCount = 0;
		let droppedCount = 0;
		let leaders = 0;
		let shorts = 0;

		for (let set = 0; set < 400; set++) {
			const lanes = int(1, 5);
			const left = int(0, 100);
			const opts: PlaceOptions = {
				left,
				right: left + between(300, 800),
				top: 0,
				bottom: lanes * 74,
				rowHeight: 15,
				markGap: 7,
				obstacles: []
			};
			const requests: LabelRequest[] = Array.from({ length: int(1, 12) }, (_, i) => {
				const w = between(40, 260);
				return {
					id: `l${i}`,
					x: between(opts.left, opts.right),
					y: 37 + 74 * int(0, lanes - 1),
					w,
					h: 15,
					...(rand() < 0.5 ? { shortW: between(20, w) } : {})
				};
			});
			// the marks themselves, as the timeline passes them, and a few random boxes
			for (const r of requests)
				if (rand() < 0.7) opts.obstacles!.push({ x: r.x - 7, y: r.y - 7, w: 14, h: 14 });
			for (let k = int(0, 4); k > 0; k--)
				opts.obstacles!.push({
					x: between(opts.left, opts.right),
					y: between(opts.top, opts.bottom),
					w: between(10, 120),
					h: between(5, 30)
				});

			const result = placeLabels(requests, opts);
			for (const p of problems(requests, opts, result)) failures.push(`set ${set}: ${p}`);
			placedCount += result.placed.length;
			droppedCount += result.dropped.length;
			leaders += result.placed.filter((p) => p.leader).length;
			shorts += result.placed.filter((p) => p.short).length;
		}

		expect(failures).toEqual([]);
		// the sets exercise every path: placed, dropped, a row away with a leader, shortened
		expect(placedCount).toBeGreaterThan(1000);
		expect(droppedCount).toBeGreaterThan(0);
		expect(leaders).toBeGreaterThan(0);
		expect(shorts).toBeGreaterThan(0);
	});
});
