/**
 * The timeline's geometry: one lane per actor, events as points (day) or spans (month), deadlines
 * as hollow diamonds, the time scale zoomed to the state's window, and labels for the events in
 * focus placed without collisions. Pure: events + width + state + focus in, plain marks out.
 * Every event is in every state (out of view ones hidden), so the scale can tween between states.
 */
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { endOf, startOf } from '../../data/dates.ts';
import { ACTORS, type Actor, type TimelineEvent } from '../../data/schema.ts';
import { round, textWidth } from '../marks/types.ts';
import { placeLabels, type Box } from './placeLabels.ts';
import { TIMELINE_VIEWS, type TimelineState } from './states.ts';

export const LANES: { actor: Actor; name: string }[] = [
	{ actor: 'government', name: 'US government' },
	{ actor: 'retailer', name: 'Retailers' },
	{ actor: 'company', name: 'Kaspersky' },
	{ actor: 'court', name: 'Courts' },
	{ actor: 'other', name: 'Context' }
];

const LABEL = 12;
const ROW = 15;
const GAP = 7;
const BAND = 2 * (GAP + 2 * ROW);
const AXIS = 28;
const TOP = 6;

export class TimelineDataError extends Error {
	override name = 'TimelineDataError';
}

export interface TimelineGeometry {
	width: number;
	height: number;
	plot: { x0: number; x1: number; y0: number; y1: number };
	lanes: {
		actor: Actor;
		name: string;
		y: number;
		top: number;
		nameX: number;
		nameY: number;
		nameAnchor: 'start' | 'end';
	}[];
	ticks: { id: string; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
	/** x of each break in a compressed axis (the overview skips the quiet years). */
	breaks: number[];
	events: {
		id: string;
		actor: Actor;
		kind: 'day' | 'month' | 'deadline';
		x: number;
		w: number;
		y: number;
		visible: boolean;
		focus: boolean;
	}[];
	labels: {
		id: string;
		x: number;
		y: number;
		w: number;
		text: string;
		visible: boolean;
		leader: { x: number; y1: number; y2: number } | null;
	}[];
	/** Labels that found no room (drawn nowhere; the list and table still name them). */
	dropped: string[];
}

/** The piecewise time domain of a state: one piece, or several for a compressed overview. */
export function timeDomain(state: TimelineState): { domain: Date[]; weights: number[] } {
	const view = TIMELINE_VIEWS[state];
	if (state === 'overview') {
		// 2017–2018 get most of the width, the quiet years a sliver, 2024 the rest.
		return {
			domain: [
				startOf(view.from),
				startOf('2019-01'),
				startOf('2024-06'),
				endOf(view.to.slice(0, 7))
			],
			weights: [0.62, 0.08, 0.3]
		};
	}
	return { domain: [startOf(view.from), endOf(view.to)], weights: [1] };
}

export function timeScale(state: TimelineState, x0: number, x1: number) {
	const { domain, weights } = timeDomain(state);
	const range = [x0];
	for (const w of weights) range.push(range.at(-1)! + w * (x1 - x0));
	return scaleUtc().domain(domain).range(range);
}

const monthName = utcFormat('%b');
const monthYear = utcFormat('%b %Y');
const dayMonth = utcFormat('%-d %b');
const dayMonthYear = utcFormat('%-d %b %Y');

/** Ticks for the window, thinned until their labels do not touch. */
export function timeTicks(state: TimelineState, x0: number, x1: number) {
	const scale = timeScale(state, x0, x1);
	const { domain } = timeDomain(state);
	const [a, b] = [domain[0]!, domain.at(-1)!];
	let ticks: { id: string; x: number; label: string }[];
	if (state === 'overview') {
		ticks = [
			['2017-05-01', 'May 2017'],
			['2018-01-01', '2018'],
			['2024-06-01', 'Jun 2024'],
			['2024-09-01', 'Sep']
		].map(([iso, label]) => ({ id: iso!, x: scale(startOf(iso!)), label: label! }));
	} else {
		const months = (b.getTime() - a.getTime()) / (30.4 * 86_400_000);
		const dates = utcMonth.every(months > 8 ? 3 : 1)!.range(a, new Date(b.getTime() + 1));
		ticks = dates.map((d, i) => ({
			id: d.toISOString().slice(0, 10),
			x: scale(d),
			label: i === 0 || d.getUTCMonth() === 0 ? monthYear(d) : monthName(d)
		}));
	}
	// Labels at the ends of the axis hang inwards, so they are never cut off; then thin the ticks
	// until each label's real box clears the last one kept.
	const boxed = ticks.map((t) => {
		const w = textWidth(t.label, 11);
		const anchor: 'start' | 'middle' | 'end' =
			t.x - w / 2 < x0 - 8 ? 'start' : t.x + w / 2 > x1 + 12 ? 'end' : 'middle';
		const left = anchor === 'start' ? t.x : anchor === 'end' ? t.x - w : t.x - w / 2;
		return { ...t, anchor, left, right: left + w };
	});
	const kept: typeof boxed = [];
	for (const t of boxed) {
		if (t.x > x1 + 1) continue;
		const prev = kept.at(-1);
		if (prev && t.left < prev.right + 8) continue;
		kept.push(t);
	}
	return kept.map(({ id, x, label, anchor }) => ({ id, x: round(x), label, anchor }));
}

/** "8 Sep", "Oct" (a month), with the year when the window spans more than one. */
function shortDate(e: TimelineEvent, withYear: boolean): string {
	const d = startOf(e.date);
	if (e.precision === 'month') return withYear ? monthYear(d) : monthName(d);
	return withYear ? dayMonthYear(d) : dayMonth(d);
}

export function checkEvents(events: TimelineEvent[], state: TimelineState): void {
	const { domain } = timeDomain(state);
	for (const e of events) {
		if (!(ACTORS as readonly string[]).includes(e.actor)) {
			throw new TimelineDataError(`timeline chart: event "${e.id}" has unknown actor "${e.actor}"`);
		}
	}
	if (state === 'overview') {
		for (const e of events) {
			if (startOf(e.date) < domain[0]! || endOf(e.date) > domain.at(-1)!) {
				throw new TimelineDataError(
					`timeline chart: event "${e.id}" (${e.date}) is outside the chart's time span (${TIMELINE_VIEWS.overview.from} to ${TIMELINE_VIEWS.overview.to})`
				);
			}
		}
	}
}

export function timelineGeometry(
	events: TimelineEvent[],
	width: number,
	state: TimelineState,
	focus: string[] = TIMELINE_VIEWS[state].focus
): TimelineGeometry {
	if (!(width >= 280))
		throw new TimelineDataError(`timeline chart: width ${width} is too small (min 280)`);
	checkEvents(events, state);
	const wide = width >= 500;
	const margin = wide ? 104 : 10;
	const x0 = margin;
	const x1 = width - 14;
	const y0 = TOP;
	const y1 = TOP + LANES.length * BAND;
	const scale = timeScale(state, x0, x1);
	const { domain } = timeDomain(state);
	const [from, to] = [domain[0]!, domain.at(-1)!];

	const lanes = LANES.map((lane, i) => {
		const top = y0 + i * BAND;
		return {
			...lane,
			top,
			y: top + BAND / 2,
			nameX: wide ? x0 - 14 : x0,
			nameY: wide ? top + BAND / 2 + 4 : top + 11,
			nameAnchor: (wide ? 'end' : 'start') as 'start' | 'end'
		};
	});
	const laneOf = new Map(lanes.map((l) => [l.actor, l]));

	const geoEvents = events.map((e) => {
		const start = startOf(e.date);
		const end = endOf(e.date);
		const inView = start < to && end > from;
		const kind = e.type === 'deadline' ? 'deadline' : e.precision === 'month' ? 'month' : 'day';
		// Out of view: parked just past the nearer edge, so a change of state slides it in.
		const clampX = (d: Date) => (d < from ? x0 - 24 : d > to ? x1 + 24 : scale(d));
		const x = kind === 'month' ? clampX(start) : clampX(new Date(start.getTime() + 43_200_000));
		const w = kind === 'month' && inView ? Math.max(2, clampX(end) - clampX(start)) : 0;
		return {
			id: e.id,
			actor: e.actor,
			kind: kind as 'day' | 'month' | 'deadline',
			x: round(x),
			w: round(w),
			y: laneOf.get(e.actor)!.y,
			visible: inView,
			focus: inView && focus.includes(e.id)
		};
	});

	// Labels: the events in focus, in the order the step names them.
	const withYear =
		to.getTime() - from.getTime() > 370 * 86_400_000 ||
		from.getUTCFullYear() !== new Date(to.getTime() - 1).getUTCFullYear();
	const requests = focus
		.map((id) => geoEvents.find((g) => g.id === id && g.visible))
		.filter((g) => g !== undefined)
		.map((g) => {
			const e = events.find((ev) => ev.id === g.id)!;
			const text = `${e.label}, ${shortDate(e, withYear)}`;
			const cx = g.kind === 'month' ? g.x + g.w / 2 : g.x;
			return {
				id: g.id,
				x: cx,
				y: g.y,
				w: textWidth(text, LABEL),
				h: LABEL * 1.25,
				text,
				// without the date (the axis still gives it) when space is short
				shortW: textWidth(e.label, LABEL)
			};
		});
	// No label may cover a lane name or any mark.
	const obstacles: Box[] = [
		...(wide
			? []
			: lanes.map((l) => ({
					x: l.nameX,
					y: l.top,
					w: textWidth(l.name.toUpperCase(), 10) + 6,
					h: 14
				}))),
		...geoEvents
			.filter((g) => g.visible)
			.map((g) =>
				g.kind === 'month'
					? { x: g.x, y: g.y - 6, w: g.w, h: 12 }
					: { x: g.x - 7, y: g.y - 7, w: 14, h: 14 }
			)
	];
	const options = {
		left: wide ? x0 - 8 : x0,
		right: width - 4,
		top: 0,
		bottom: y1,
		rowHeight: ROW,
		markGap: GAP,
		obstacles
	};
	let { placed, dropped } = placeLabels(requests, options);
	if (dropped.length) {
		// Crowded: every label without its date (the axis gives it), if that places more of them.
		const short = placeLabels(
			requests.map((r) => ({ ...r, w: r.shortW })),
			options
		);
		if (short.dropped.length < dropped.length) {
			placed = short.placed.map((p) => ({ ...p, short: true }));
			dropped = short.dropped;
		}
	}
	const labels = events.map((e) => {
		const p = placed.find((q) => q.id === e.id);
		const req = requests.find((r) => r.id === e.id);
		const g = geoEvents.find((q) => q.id === e.id)!;
		return {
			id: e.id,
			x: round(p ? p.x : g.x),
			y: round(p ? p.y + LABEL : g.y),
			w: round(p ? p.w : 0),
			text: p && !p.short && req ? req.text : e.label,
			visible: !!p,
			leader: p?.leader
				? { x: round(p.leader.x), y1: round(p.leader.y1), y2: round(p.leader.y2) }
				: null
		};
	});

	const { weights } = timeDomain(state);
	const breaks: number[] = [];
	if (weights.length > 1) {
		let x = x0;
		for (let i = 0; i < weights.length - 1; i++) {
			x += weights[i]! * (x1 - x0);
			breaks.push(round(x));
		}
	}

	return {
		width,
		height: y1 + AXIS,
		plot: { x0, x1, y0, y1 },
		lanes,
		ticks: timeTicks(state, x0, x1),
		breaks,
		events: geoEvents,
		labels,
		dropped
	};
}
