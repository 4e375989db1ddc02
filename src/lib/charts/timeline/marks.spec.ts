// The timeline's marks over the project's real data, in every state, at every layout width and
// with every step's events in focus: none hides another, each keeps its own pointer target, and
// each stays inside its lane.
import { describe, expect, it } from 'vitest';
import { realContent } from '../../testing/realContent.ts';
import { textWidth } from '../marks/types.ts';
import { timelineGeometry, type TimelineGeometry } from './compute.ts';
import { MARK } from './markSizes.ts';
import { LABEL_GAP, ROW } from './spacing.ts';
import { timeScale } from './scale.ts';
import { startOf, endOf } from '../../data/dates.ts';
import { TIMELINE_LAYOUTS, timelineFigure } from './model.ts';
import { TIMELINE_VIEWS, type TimelineState } from './states.ts';

type Point = [number, number];
type Mark = TimelineGeometry['events'][number];

/** Twice the signed area (positive: counter-clockwise in y-up terms). */
const signedArea = (p: Point[]) =>
	p.reduce((s, [x1, y1], i) => {
		const [x2, y2] = p[(i + 1) % p.length]!;
		return s + x1 * y2 - x2 * y1;
	}, 0) / 2;
const area = (p: Point[]) => Math.abs(signedArea(p));

/** The part of convex polygon `a` inside convex polygon `b` (Sutherland–Hodgman). */
function intersection(a: Point[], b: Point[]): Point[] {
	const clip = signedArea(b) < 0 ? [...b].reverse() : b;
	let out = a;
	for (let i = 0; i < clip.length && out.length; i++) {
		const [p, q] = [clip[i]!, clip[(i + 1) % clip.length]!];
		const inside = (r: Point) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]) >= 0;
		const cross = (r: Point, s: Point): Point => {
			const d = (p[0] - q[0]) * (r[1] - s[1]) - (p[1] - q[1]) * (r[0] - s[0]);
			const t = ((p[0] - r[0]) * (r[1] - s[1]) - (p[1] - r[1]) * (r[0] - s[0])) / d;
			return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
		};
		const input = out;
		out = [];
		input.forEach((r, j) => {
			const s = input[(j + 1) % input.length]!;
			if (inside(s)) {
				if (!inside(r)) out.push(cross(r, s));
				out.push(s);
			} else if (inside(r)) out.push(cross(r, s));
		});
	}
	return out;
}

const circle = (x: number, y: number, r: number): Point[] =>
	Array.from({ length: 64 }, (_, i) => [
		x + r * Math.cos((i * Math.PI) / 32),
		y + r * Math.sin((i * Math.PI) / 32)
	]);
const rect = (x: number, y: number, w: number, h: number): Point[] => [
	[x, y],
	[x + w, y],
	[x + w, y + h],
	[x, y + h]
];

/** The shape drawn for a mark, with the sizes TimelineChart.svelte draws. */
function shape(e: Mark): Point[] {
	if (e.kind === 'month') return rect(e.x, e.y - MARK.bar, e.w, 2 * MARK.bar);
	if (e.kind === 'deadline') {
		const d = MARK.diamond * Math.SQRT2;
		return [
			[e.x, e.y - d],
			[e.x + d, e.y],
			[e.x, e.y + d],
			[e.x - d, e.y]
		];
	}
	return circle(e.x, e.y, e.focus ? MARK.focusDot : MARK.dot);
}

/** The pointer target drawn for a mark. */
const target = (e: Mark): Point[] =>
	e.kind === 'month'
		? rect(e.x + MARK.bar - e.hit, e.y - e.hit, e.w + 2 * (e.hit - MARK.bar), 2 * e.hit)
		: circle(e.x, e.y, e.hit);
const centre = (e: Mark): Point => [e.kind === 'month' ? e.x + e.w / 2 : e.x, e.y];
const inside = ([x, y]: Point, p: Point[]) =>
	area(intersection(rect(x - 0.01, y - 0.01, 0.02, 0.02), p)) > 0;

/** Pairs of marks in one lane that overlap by more than a quarter of the smaller one's area. */
function hidden(g: TimelineGeometry): string[] {
	const marks = g.events.filter((e) => e.visible);
	const out: string[] = [];
	marks.forEach((a, i) =>
		marks.slice(i + 1).forEach((b) => {
			if (a.actor !== b.actor) return;
			const [sa, sb] = [shape(a), shape(b)];
			const share = area(intersection(sa, sb)) / Math.min(area(sa), area(sb));
			if (share > 0.25) out.push(`${a.id} / ${b.id}: ${Math.round(share * 100)}%`);
		})
	);
	return out;
}

const { dataset: data, story } = realContent();
const STATES = Object.keys(TIMELINE_VIEWS) as TimelineState[];

/** Each state with its own events in focus, and with each step's that shows it. */
const cases = STATES.flatMap((state) => [
	{ name: state, state, focus: TIMELINE_VIEWS[state].focus },
	...story.steps
		.filter((s) => s.chart === 'timeline' && s.state === state && s.highlight.length)
		.map((s) => ({ name: `${state}, step ${s.id}`, state, focus: s.highlight }))
]).flatMap((c) => TIMELINE_LAYOUTS.map((width) => ({ ...c, width })));

describe('the timeline’s marks over the real data', () => {
	it('covers every state at every layout width', () => {
		expect(new Set(cases.map((c) => `${c.state} ${c.width}`)).size).toBe(
			STATES.length * TIMELINE_LAYOUTS.length
		);
	});

	/** A rule every case keeps: it lists what breaks it in the case's geometry (none, to pass). */
	const everyCase = (rule: string, problems: (g: TimelineGeometry) => string[]) =>
		it.each(cases)(`$name at $width: ${rule}`, ({ state, width, focus }) => {
			expect(problems(timelineGeometry(data.timeline, width, state, focus))).toEqual([]);
		});

	everyCase('no mark hides another in its lane', hidden);

	everyCase('each mark keeps its own pointer target', (g) => {
		const marks = g.events.filter((e) => e.visible);
		const problems: string[] = [];
		for (const a of marks) {
			// large enough to hit: at least the mark itself
			if (a.hit < (a.kind === 'month' ? MARK.bar : a.focus ? MARK.focusDot : MARK.dot))
				problems.push(`${a.id}: target smaller than the mark`);
			for (const b of marks) {
				if (a === b) continue;
				if (inside(centre(a), target(b))) problems.push(`${a.id}'s centre is in ${b.id}'s target`);
				if (a.id < b.id && area(intersection(target(a), target(b))) > 0.5)
					problems.push(`${a.id} and ${b.id}: targets overlap`);
			}
		}
		return problems;
	});

	everyCase('every mark stays in its lane', (g) => {
		const problems: string[] = [];
		for (const e of g.events.filter((m) => m.visible)) {
			const i = g.lanes.findIndex((l) => l.actor === e.actor);
			const [top, bottom] = [g.lanes[i]!.top, g.lanes[i + 1]?.top ?? g.plot.y1];
			const ys = shape(e).map(([, y]) => y);
			if (Math.min(...ys) < top || Math.max(...ys) > bottom) problems.push(e.id);
		}
		return problems;
	});

	everyCase('labels side by side keep half an em apart', (g) => {
		const labels = g.labels.filter((l) => l.visible);
		const problems: string[] = [];
		for (const a of labels)
			for (const b of labels) {
				if (a.id >= b.id || Math.abs(a.y - b.y) >= ROW - 0.5) continue;
				const apart = Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w));
				if (apart < LABEL_GAP - 0.5) problems.push(`${a.id} / ${b.id}: ${apart.toFixed(1)}`);
			}
		return problems;
	});

	it.each(TIMELINE_LAYOUTS)('at %i the chart is as tall in every state', (width) => {
		const heights = STATES.map((s) => timelineGeometry(data.timeline, width, s).height);
		expect(new Set(heights).size).toBe(1);
	});

	it.each([
		['overview', 360],
		['overview', 760],
		['2024', 360],
		['directive', 560]
	] as const)(
		'%s at %i: the same marks left on their lines would hide each other (the check can fail)',
		(state, width) => {
			const g = timelineGeometry(data.timeline, width, state);
			const lineOf = new Map(g.lanes.map((l) => [l.actor, l.y]));
			const undodged = { ...g, events: g.events.map((e) => ({ ...e, y: lineOf.get(e.actor)! })) };
			expect(hidden(undodged).length).toBeGreaterThan(0);
		}
	);
});

describe('the compressed stretch of the overview', () => {
	const quiet = TIMELINE_VIEWS.overview.compressed!;

	it.each(TIMELINE_LAYOUTS)(
		'at %i: a "//" cuts the axis at each end of the band, and the band says what it holds',
		(width) => {
			const g = timelineGeometry(data.timeline, width, 'overview');
			const scale = timeScale('overview', g.plot.x0, g.plot.x1);
			expect(g.breaks[0]).toBeCloseTo(scale(startOf(quiet.from)), 0);
			expect(g.breaks[1]).toBeCloseTo(scale(endOf(quiet.to)), 0);
			// the axis line stops short of each break, and two slashes cross it there
			expect(g.axis).toHaveLength(3);
			for (const [i, b] of g.breaks.entries()) {
				expect(g.axis[i]!.x2).toBeLessThan(b);
				expect(g.axis[i + 1]!.x1).toBeGreaterThan(b);
				const slashes = g.breakMarks.filter((m) => Math.abs((m.x1 + m.x2) / 2 - b) < 6);
				expect(slashes).toHaveLength(2);
				for (const m of slashes) {
					expect(Math.min(m.y1, m.y2)).toBeLessThan(g.plot.y1);
					expect(Math.max(m.y1, m.y2)).toBeGreaterThan(g.plot.y1);
				}
			}
			// the words come from the state table, written up the band from the axis
			const label = g.breakLabel!;
			expect(label.text).toBe(quiet.label);
			const box = {
				x: label.x - 11,
				y: label.y - textWidth(label.text, 11),
				w: 13,
				h: textWidth(label.text, 11)
			};
			expect(box.x).toBeGreaterThanOrEqual(g.breaks[0]!);
			expect(box.x + box.w).toBeLessThanOrEqual(g.breaks[1]!);
			expect(box.y).toBeGreaterThan(g.plot.y0);
			expect(box.y + box.h).toBeLessThan(g.plot.y1);
			// clear of every mark and every label
			const clear = (b: { x: number; y: number; w: number; h: number }) =>
				b.x + b.w <= box.x || box.x + box.w <= b.x || b.y + b.h <= box.y || box.y + box.h <= b.y;
			for (const e of g.events.filter((m) => m.visible)) {
				const ys = shape(e).map(([, y]) => y);
				const xs = shape(e).map(([x]) => x);
				const b = { x: Math.min(...xs), y: Math.min(...ys), w: 0, h: 0 };
				b.w = Math.max(...xs) - b.x;
				b.h = Math.max(...ys) - b.y;
				expect(clear(b), e.id).toBe(true);
			}
			for (const l of g.labels.filter((m) => m.visible))
				expect(clear({ x: l.x, y: l.y - 12, w: l.w, h: 15 }), l.id).toBe(true);
		}
	);

	it.each(STATES.filter((s) => s !== 'overview'))('%s has no break: one axis line', (state) => {
		const g = timelineGeometry(data.timeline, 560, state);
		expect(g.axis).toEqual([{ x1: g.plot.x0 - 8, x2: g.plot.x1 + 8 }]);
		expect(g.breakMarks).toEqual([]);
		expect(g.breakLabel).toBeNull();
	});

	it('the description and notes say the same as the axis', () => {
		const figure = timelineFigure(data, 'overview');
		expect(figure.description).toContain(quiet.label);
		expect(figure.notes.some((n) => n.includes(quiet.label))).toBe(true);
	});
});
