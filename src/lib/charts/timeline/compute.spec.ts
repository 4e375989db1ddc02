import { describe, expect, it } from 'vitest';
import { realContent } from '../../testing/realContent.ts';
import { endOf, startOf } from '../../data/dates.ts';
import type { Actor, TimelineEvent } from '../../data/schema.ts';
import { textWidth } from '../marks/types.ts';
import { CHARTS } from '../registry.ts';
import { timelineGeometry, type TimelineGeometry } from './compute.ts';
import { TimelineDataError } from './geometry.ts';
import { LANES } from './lanes.ts';
import { timeDomain, timeScale } from './scale.ts';
import { TIMELINE_VIEWS, type TimelineState } from './states.ts';

const event = (
	id: string,
	date: string,
	actor: Actor,
	over: Partial<TimelineEvent> = {}
): TimelineEvent => ({
	id,
	date,
	precision: date.length === 7 ? 'month' : 'day',
	actor,
	type: 'event',
	title: `The ${id} event`,
	label: `Label ${id}`,
	description: 'What happened.',
	sources: ['s'],
	confidence: 'high',
	note: '',
	...over
});

const EVENTS: TimelineEvent[] = [
	event('hearing', '2017-05-11', 'government'),
	event('delisting', '2017-07-11', 'government'),
	event('best-buy', '2017-09-08', 'retailer'),
	event('directive', '2017-09-13', 'government'),
	event('shrug', '2017-09-13', 'company'),
	event('kremlin', '2017-09-14', 'other'),
	event('amazon', '2017-10', 'retailer'),
	event('day-30', '2017-10-13', 'government', { type: 'deadline' }),
	event('final', '2017-12', 'government'),
	event('lawsuit', '2017-12-18', 'court'),
	event('dismissed', '2018-05-30', 'court'),
	event('fcc', '2022-03-25', 'government'),
	event('ban', '2024-06-20', 'government'),
	event('deal', '2024-09', 'company'),
	event('updates-end', '2024-09-29', 'government', { type: 'deadline' })
];

const STATES = CHARTS.timeline.states as readonly TimelineState[];
const WIDTHS = [360, 560, 760];
const DAY = 86_400_000;

/** A table of event ids by state, by group (a kind, a side), as [state, id, group] cases. */
const cases = <G extends string>(
	table: Record<G, Partial<Record<TimelineState, readonly string[]>>>
) =>
	(Object.entries(table) as [G, Partial<Record<TimelineState, readonly string[]>>][]).flatMap(
		([group, byState]) =>
			(Object.entries(byState) as [TimelineState, readonly string[]][]).flatMap(([state, ids]) =>
				ids.map((id) => [state, id, group] as const)
			)
	);

const geo = (state: TimelineState, width = 560, focus: string[] = []) =>
	timelineGeometry(EVENTS, width, state, focus);
const find = (g: TimelineGeometry, id: string) => g.events.find((e) => e.id === id)!;
/** The scale the geometry was drawn with. */
const scaleOf = (g: TimelineGeometry, state: TimelineState) =>
	timeScale(state, g.plot.x0, g.plot.x1);

describe('timeDomain and timeScale', () => {
	it.each(STATES)('%s spans exactly its window', (state) => {
		const view = TIMELINE_VIEWS[state];
		const { domain, weights } = timeDomain(state);
		expect(domain[0]).toEqual(startOf(view.from));
		expect(domain.at(-1)).toEqual(endOf(view.to));
		expect(weights).toHaveLength(domain.length - 1);
		expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
		const scale = timeScale(state, 100, 700);
		expect(scale(startOf(view.from))).toBeCloseTo(100, 6);
		expect(scale(endOf(view.to))).toBeCloseTo(700, 6);
	});

	it.each(STATES)('%s: the scale rises steadily from the window’s start to its end', (state) => {
		const { domain } = timeDomain(state);
		const [a, b] = [domain[0]!.getTime(), domain.at(-1)!.getTime()];
		const scale = timeScale(state, 10, 346);
		const xs = Array.from({ length: 501 }, (_, i) => scale(new Date(a + ((b - a) * i) / 500)));
		for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
	});

	it('compresses the quiet years of the overview into a piece narrower than 2017–18', () => {
		const scale = timeScale('overview', 0, 1000);
		const x = (iso: string) => scale(startOf(iso));
		const early = x('2019-01-01') - x('2017-05-01');
		const quiet = x('2024-06-01') - x('2019-01-01');
		const late = x('2024-11-01') - x('2024-06-01');
		expect(quiet).toBeLessThan(early);
		expect(quiet).toBeLessThan(late);
		// per day, the quiet years are squeezed far more than 2017–18
		const perDay = (px: number, from: string, to: string) =>
			px / ((startOf(to).getTime() - startOf(from).getTime()) / DAY);
		expect(perDay(quiet, '2019-01-01', '2024-06-01') * 10).toBeLessThan(
			perDay(early, '2017-05-01', '2019-01-01')
		);
	});

	it.each(STATES)('%s marks the breaks of a compressed axis, and only there', (state) => {
		const g = geo(state);
		if (state === 'overview') {
			const scale = scaleOf(g, state);
			expect(g.breaks).toHaveLength(2);
			expect(g.breaks[0]).toBeCloseTo(scale(startOf('2019-01')), 0);
			expect(g.breaks[1]).toBeCloseTo(scale(startOf('2024-06')), 0);
		} else expect(g.breaks).toEqual([]);
	});
});

describe('timelineGeometry: lanes and marks', () => {
	it.each(STATES)('%s draws every event, each on its actor’s lane', (state) => {
		const g = geo(state);
		expect(g.lanes.map((l) => l.actor)).toEqual(LANES.map((l) => l.actor));
		expect(g.lanes.map((l) => l.name)).toEqual(LANES.map((l) => l.name));
		for (let i = 1; i < g.lanes.length; i++)
			expect(g.lanes[i]!.y).toBeGreaterThan(g.lanes[i - 1]!.y);
		expect(g.events.map((e) => e.id)).toEqual(EVENTS.map((e) => e.id));
		for (const e of g.events) {
			expect(e.actor).toBe(EVENTS.find((ev) => ev.id === e.id)!.actor);
			// on its lane's line, or dodged below it (never above, where labels go), within the lane
			const i = g.lanes.findIndex((l) => l.actor === e.actor);
			const bottom = g.lanes[i + 1]?.top ?? g.plot.y1;
			if (!e.visible) expect(e.y, e.id).toBe(g.lanes[i]!.y);
			expect(e.y, e.id).toBeGreaterThanOrEqual(g.lanes[i]!.y);
			expect(e.y + 7, e.id).toBeLessThanOrEqual(bottom);
		}
	});

	it.each([
		['retailers', 'amazon'],
		['directive', 'amazon'],
		['directive', 'final'],
		['law', 'final'],
		['courts', 'final'],
		['overview', 'amazon'],
		['overview', 'deal'],
		['2024', 'deal']
	] as const)('%s: month %s spans its month, first day to the next month’s', (state, id) => {
		for (const width of WIDTHS) {
			const g = geo(state, width);
			const scale = scaleOf(g, state);
			const e = find(g, id);
			const month = EVENTS.find((ev) => ev.id === id)!.date;
			expect(e.kind).toBe('month');
			expect(e.visible).toBe(true);
			expect(Math.abs(e.x - scale(startOf(month)))).toBeLessThanOrEqual(0.2);
			expect(Math.abs(e.x + e.w - scale(endOf(month)))).toBeLessThanOrEqual(0.2);
			expect(e.w).toBeGreaterThan(2);
		}
	});

	// Each kind of point, and the events of that kind to find in a state, by state.
	const POINTS = {
		day: {
			'summer-2017': ['hearing', 'delisting'],
			retailers: ['best-buy'],
			directive: ['kremlin'],
			courts: ['dismissed'],
			overview: ['fcc'],
			'2024': ['ban']
		},
		deadline: { directive: ['day-30'], '2024': ['updates-end'], overview: ['updates-end'] }
	} as const;
	it.each(cases(POINTS))('%s: %s is a point (%s) at mid-day', (state, id, kind) => {
		for (const width of WIDTHS) {
			const g = geo(state, width);
			const e = find(g, id);
			const noon = new Date(startOf(EVENTS.find((ev) => ev.id === id)!.date).getTime() + DAY / 2);
			expect(e.kind).toBe(kind);
			expect(e.w).toBe(0);
			expect(e.visible).toBe(true);
			expect(Math.abs(e.x - scaleOf(g, state)(noon))).toBeLessThanOrEqual(0.2);
		}
	});

	it('gives a deadline the deadline kind even in a state where it is out of view', () => {
		expect(find(geo('summer-2017'), 'day-30')).toMatchObject({ kind: 'deadline', w: 0 });
	});

	// Events out of a state's window, by the side of the plot they wait on.
	const PARKED = {
		before: { '2024': ['hearing', 'final'], retailers: ['delisting'], courts: ['amazon'] },
		after: {
			'summer-2017': ['best-buy', 'amazon'],
			retailers: ['final'],
			law: ['fcc'],
			directive: ['updates-end']
		}
	} as const;
	it.each(cases(PARKED))('%s: %s is hidden and parked %s the plot', (state, id, side) => {
		const g = geo(state, 560, [id]);
		const e = find(g, id);
		expect(e.visible).toBe(false);
		expect(e.focus).toBe(false);
		expect(e.w).toBe(0);
		if (side === 'before') expect(e.x).toBeLessThan(g.plot.x0);
		else expect(e.x).toBeGreaterThan(g.plot.x1);
		const label = g.labels.find((l) => l.id === id)!;
		expect(label.visible).toBe(false);
		expect(label.leader).toBeNull();
	});
});

describe('timelineGeometry: labels', () => {
	const FOCUS: Record<TimelineState, string[]> = {
		overview: ['directive', 'dismissed', 'ban'],
		'summer-2017': ['hearing', 'delisting'],
		directive: ['directive', 'day-30', 'final'],
		retailers: ['best-buy', 'amazon'],
		law: ['directive', 'final', 'dismissed'],
		courts: ['lawsuit', 'dismissed'],
		'2024': ['ban', 'deal', 'updates-end']
	};

	it.each(STATES.flatMap((s) => WIDTHS.map((w) => [s, w] as const)))(
		'%s at %i: events in focus are emphasised and labelled, the rest are not',
		(state, width) => {
			// 'fcc' is in focus too, but out of view except in the overview
			const focus = [...FOCUS[state], ...(state === 'overview' ? [] : ['fcc'])];
			const g = geo(state, width, focus);
			expect(g.dropped).toEqual([]);
			expect(g.labels.map((l) => l.id)).toEqual(EVENTS.map((e) => e.id));
			for (const e of g.events) expect(e.focus, e.id).toBe(FOCUS[state].includes(e.id));
			for (const l of g.labels) {
				expect(l.visible, l.id).toBe(FOCUS[state].includes(l.id));
				if (l.visible) expect(l.text).toContain(EVENTS.find((e) => e.id === l.id)!.label);
			}
		}
	);

	// The date each label adds, by state and event: as short as the state's window allows.
	const DATED = {
		retailers: { 'best-buy': '8 Sep', amazon: 'Oct' },
		'2024': { 'updates-end': '29 Sep' },
		overview: { directive: '13 Sep 2017' },
		law: { final: 'Dec 2017' },
		courts: { dismissed: '30 May 2018' }
	} as const;
	it.each(
		Object.entries(DATED).flatMap(([state, dates]) =>
			Object.entries(dates).map(
				([id, date]) => [state as TimelineState, id, `Label ${id}, ${date}`] as const
			)
		)
	)('%s: %s reads “%s”', (state, id, text) => {
		const l = geo(state, 760, [id]).labels.find((q) => q.id === id)!;
		expect(l.visible).toBe(true);
		expect(l.text).toBe(text);
		expect(l.w).toBeCloseTo(textWidth(text, 12), 0);
	});

	it('drops the dates rather than a label when space is short', () => {
		const crowded = ['best-buy', 'directive', 'shrug', 'kremlin', 'amazon', 'day-30'];
		const wide = geo('retailers', 760, crowded);
		const narrow = geo('retailers', 280, crowded);
		const shown = (g: TimelineGeometry) => g.labels.filter((l) => l.visible);
		expect(shown(wide).length).toBeGreaterThanOrEqual(shown(narrow).length);
		for (const l of [...shown(wide), ...shown(narrow)])
			expect(l.text.startsWith(EVENTS.find((e) => e.id === l.id)!.label)).toBe(true);
		// every focus event is either labelled or reported
		for (const g of [wide, narrow])
			expect([...shown(g).map((l) => l.id), ...g.dropped].sort()).toEqual([...crowded].sort());
	});
});

describe('timelineGeometry: axis', () => {
	/** A tick label's estimated extent, as its anchor places it. */
	const tickBox = (t: TimelineGeometry['ticks'][number]) => {
		const w = textWidth(t.label, 11);
		const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
		return { label: t.label, x0, x1: x0 + w };
	};

	it.each(STATES.flatMap((s) => [280, ...WIDTHS].map((w) => [s, w] as const)))(
		'%s at %i: ticks sit inside the plot and their labels neither touch nor leave the chart',
		(state, width) => {
			const g = geo(state, width);
			expect(g.ticks.length).toBeGreaterThanOrEqual(2);
			expect(new Set(g.ticks.map((t) => t.id)).size).toBe(g.ticks.length);
			for (const t of g.ticks) {
				expect(t.x, t.label).toBeGreaterThanOrEqual(g.plot.x0);
				expect(t.x, t.label).toBeLessThanOrEqual(g.plot.x1);
			}
			const boxes = g.ticks.map(tickBox);
			for (const b of boxes) {
				expect(b.x0, b.label).toBeGreaterThanOrEqual(0);
				expect(b.x1, b.label).toBeLessThanOrEqual(width);
			}
			for (let i = 1; i < boxes.length; i++) {
				const [a, b] = [boxes[i - 1]!, boxes[i]!];
				expect(b.x0, `${a.label} / ${b.label}`).toBeGreaterThan(a.x1);
			}
		}
	);
});

describe('timelineGeometry: bad input', () => {
	it.each(STATES)('%s: an event with an unknown actor is named in the error', (state) => {
		const events = [...EVENTS, event('mystery', '2017-09-20', 'aliens' as Actor)];
		expect(() => timelineGeometry(events, 560, state)).toThrow(TimelineDataError);
		expect(() => timelineGeometry(events, 560, state)).toThrow(
			'timeline chart: event "mystery" has unknown actor "aliens"'
		);
	});

	it.each([
		['before the span', '2017-04-30'],
		['after the span', '2024-11-01'],
		['a month starting before the span', '2017-04'],
		['a month after the span', '2025-01']
	])('an event %s (%s) is named in the error', (_name, date) => {
		const events = [...EVENTS, event('stray', date, 'other')];
		expect(() => timelineGeometry(events, 560, 'overview')).toThrow(TimelineDataError);
		expect(() => timelineGeometry(events, 560, 'overview')).toThrow(
			`timeline chart: event "stray" (${date}) is outside the chart's time span`
		);
	});

	it.each([279, 100, 0, -1, Number.NaN])('refuses width %d', (width) => {
		expect(() => geo('overview', width)).toThrow(TimelineDataError);
		expect(() => geo('overview', width)).toThrow(
			`timeline chart: width ${width} is too small (min 280)`
		);
	});

	it('draws at the smallest width it accepts', () => {
		expect(geo('overview', 280).width).toBe(280);
	});
});

describe('the project’s data and story', () => {
	const { dataset: data, story } = realContent();
	const steps = story.steps.filter((s) => s.chart === 'timeline');

	const cases: [string, number, TimelineState, string[]][] = [
		...STATES.map((s) => [`${s} (default focus)`, s, TIMELINE_VIEWS[s].focus] as const),
		...steps.map((s) => {
			const state = s.state as TimelineState;
			return [
				`step ${s.id} (${state})`,
				state,
				s.highlight.length ? s.highlight : TIMELINE_VIEWS[state].focus
			] as const;
		})
	].flatMap(([name, state, focus]) =>
		WIDTHS.map((w): [string, number, TimelineState, string[]] => [name, w, state, focus])
	);

	it('has timeline steps to check', () => {
		expect(steps.length).toBeGreaterThan(0);
		for (const s of steps) expect(STATES).toContain(s.state);
	});

	it.each(cases)(
		'%s at %i: every label placed, inside the chart, clear of the others',
		(_name, width, state, focus) => {
			const g = timelineGeometry(data.timeline, width, state, focus);
			expect(g.dropped).toEqual([]);
			// a label for each event in focus and in view, and no other
			expect(g.labels.filter((l) => l.visible).map((l) => l.id)).toEqual(
				g.events.filter((e) => e.visible && focus.includes(e.id)).map((e) => e.id)
			);
			const boxes = g.labels
				.filter((l) => l.visible)
				.map((l) => ({ id: l.id, x: l.x, y: l.y - 12, w: textWidth(l.text, 12), h: 15 }));
			expect(boxes.length).toBeGreaterThan(0);
			for (const b of boxes) {
				expect(b.x, b.id).toBeGreaterThanOrEqual(0);
				expect(b.x + b.w, b.id).toBeLessThanOrEqual(width);
			}
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const [a, b] = [boxes[i]!, boxes[j]!];
					const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
					expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
				}
		}
	);
});
