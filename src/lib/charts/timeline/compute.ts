/**
 * The timeline's geometry: one lane per actor, events as points (day) or spans (month), deadlines
 * as hollow diamonds, the time scale zoomed to the state's window, marks that fall together dodged
 * off their lane's line, and labels for the events in focus placed without collisions. Pure:
 * events + width + state + focus in, plain marks out. Every event is in every state (out of view
 * ones hidden), so the scale can tween between states.
 */
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { endOf, startOf } from '../../data/dates.ts';
import { ACTORS, type Actor, type TimelineEvent } from '../../data/schema.ts';
import { round, textWidth } from '../marks/types.ts';
import { clearance, dodge, type DodgeMark } from './dodge.ts';
import { placeLabels, type Box } from './placeLabels.ts';
import { TIMELINE_VIEWS, type TimelineState, type TimelineView } from './states.ts';

export const LANES: { actor: Actor; name: string }[] = [
	{ actor: 'government', name: 'US government' },
	{ actor: 'retailer', name: 'Retailers' },
	{ actor: 'company', name: 'Kaspersky' },
	{ actor: 'court', name: 'Courts' },
	{ actor: 'other', name: 'Context' }
];

// The marks' drawn sizes live in their own module: the component imports them, and this file
// (which reads the data schema) stays on the server.
import { MARK } from './markSizes.ts';
export { MARK };

const LABEL = 12;
const ROW = 15;
/** Half the height kept clear for a mark on its line; a lane also keeps two label rows each side. */
const GAP = 7;
/** Between marks dodged apart: room for their outlines. */
const PAD = 2;
const AXIS = 28;
const TOP = 6;
const TICK_SIZE = 11;

export class TimelineDataError extends Error {
	override name = 'TimelineDataError';
}

declare module '../frame/types.ts' {
	interface ChartGeometries {
		timeline: TimelineGeometry;
	}
}

export interface TimelineGeometry {
	width: number;
	height: number;
	plot: { x0: number; x1: number; y0: number; y1: number };
	lanes: {
		actor: Actor;
		name: string;
		/** The lane's line, where its marks sit unless dodged. */
		y: number;
		top: number;
		nameX: number;
		nameY: number;
		nameAnchor: 'start' | 'end';
	}[];
	ticks: { id: string; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
	/** x of each break in a compressed axis (the overview squeezes the quiet years). */
	breaks: number[];
	/** The axis line: one piece, or pieces cut at each break. */
	axis: { x1: number; x2: number }[];
	/** The "//" drawn across the axis at each break. */
	breakMarks: { x1: number; y1: number; x2: number; y2: number }[];
	/** What the compressed stretch is, written up its band from the axis (turned 90°). */
	breakLabel: { x: number; y: number; text: string } | null;
	events: {
		id: string;
		actor: Actor;
		kind: 'day' | 'month' | 'deadline';
		x: number;
		w: number;
		/** The lane's line, or off it where the mark is dodged clear of its neighbours. */
		y: number;
		/** Pointer target: a point's radius, or half the height of a bar's (which reaches as far past its ends). */
		hit: number;
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
	const quiet = view.compressed;
	if (quiet) {
		return {
			domain: [startOf(view.from), startOf(quiet.from), endOf(quiet.to), endOf(view.to)],
			weights: [...quiet.weights]
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
		const w = textWidth(t.label, TICK_SIZE);
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

type Kind = 'day' | 'month' | 'deadline';

/** Half a mark's height (and width, but for a bar) as drawn. */
const halfHeight = (kind: Kind, focus: boolean) =>
	kind === 'deadline'
		? MARK.diamond * Math.SQRT2
		: kind === 'month'
			? MARK.bar
			: focus
				? MARK.focusDot
				: MARK.dot;

interface PlacedMark {
	id: string;
	actor: Actor;
	kind: Kind;
	x: number;
	w: number;
	/** Half its height, and its offset from the lane's line. */
	h: number;
	dy: number;
	visible: boolean;
}

/** A mark as the dodge sees it: a circle for a day or a deadline, a box for a month's bar. */
const dodgeMark = (m: PlacedMark): DodgeMark =>
	m.kind === 'month'
		? { x0: m.x, x1: m.x + m.w, h: m.h, round: false }
		: { x0: m.x - m.h, x1: m.x + m.h, h: m.h, round: true };

/**
 * Each event's mark in a state: its place on the time axis and its offset from its lane's line.
 * Where marks crowd, those in focus keep the line and the others stack below them (Plot's dodge
 * anchored at the top): the rows above the line stay free for the labels of the events the step
 * names. After those, days and deadlines in time order, then months' bars, the less exact dates.
 */
function placeMarks(
	events: TimelineEvent[],
	state: TimelineState,
	focus: string[],
	x0: number,
	x1: number
): PlacedMark[] {
	const scale = timeScale(state, x0, x1);
	const { domain } = timeDomain(state);
	const [from, to] = [domain[0]!, domain.at(-1)!];
	const marks = events.map((e): PlacedMark => {
		const start = startOf(e.date);
		const end = endOf(e.date);
		const visible = start < to && end > from;
		const kind: Kind =
			e.type === 'deadline' ? 'deadline' : e.precision === 'month' ? 'month' : 'day';
		// Out of view: parked just past the nearer edge, so a change of state slides it in.
		const clampX = (d: Date) => (d < from ? x0 - 24 : d > to ? x1 + 24 : scale(d));
		const x = kind === 'month' ? clampX(start) : clampX(new Date(start.getTime() + 43_200_000));
		const w = kind === 'month' && visible ? Math.max(2, clampX(end) - clampX(start)) : 0;
		const h = halfHeight(kind, visible && focus.includes(e.id));
		return { id: e.id, actor: e.actor, kind, x: round(x), w: round(w), h, dy: 0, visible };
	});
	const rank = (m: PlacedMark) => (focus.includes(m.id) ? 0 : m.kind === 'month' ? 2 : 1);
	for (const { actor } of LANES) {
		const lane = marks
			.filter((m) => m.visible && m.actor === actor)
			.sort((a, b) => rank(a) - rank(b) || a.x - b.x);
		const offsets = dodge(lane.map(dodgeMark), PAD, 'top');
		lane.forEach((m, i) => (m.dy = round(offsets[i]!)));
	}
	return marks;
}

/** A lane's room above and below its line. */
type Rooms = Map<Actor, { above: number; below: number }>;

/**
 * Each lane's room, the same in every state at this width, so that the chart keeps its height
 * (and the page its layout) as the state changes. Below the line: room for the marks stacked
 * there in any state, and a gap. Above it: two label rows (as much as a lane keeps each side when
 * nothing is dodged), and a row more, round by round, for a lane whose labels in focus (a
 * state's own) find no room in some state.
 */
function laneRooms(events: TimelineEvent[], width: number, x0: number, x1: number): Rooms {
	// They depend only on the events and the width, but take every state's layout to find: worked
	// out once per width and reused by every state, step and page that draws the chart.
	let byWidth = roomsCache.get(events);
	if (!byWidth) roomsCache.set(events, (byWidth = new Map()));
	const cached = byWidth.get(width);
	if (cached) return cached;
	const rooms = computeLaneRooms(events, width, x0, x1);
	byWidth.set(width, rooms);
	return rooms;
}

const roomsCache = new WeakMap<TimelineEvent[], Map<number, Rooms>>();

function computeLaneRooms(events: TimelineEvent[], width: number, x0: number, x1: number): Rooms {
	const base = GAP + 2 * ROW;
	const rooms: Rooms = new Map(LANES.map((l) => [l.actor, { above: base, below: base }]));
	const views = (Object.entries(TIMELINE_VIEWS) as [TimelineState, TimelineView][]).map(
		([state, view]) => ({ state, view, marks: placeMarks(events, state, view.focus, x0, x1) })
	);
	for (const { marks } of views) {
		for (const m of marks) {
			const room = rooms.get(m.actor);
			if (m.visible && room) room.below = Math.max(room.below, m.dy + m.h + GAP);
		}
	}
	// A row more above a lane only adds room, so a state whose labels all fit keeps fitting.
	let crowded = views;
	for (let round = 0; round < 4 && crowded.length; round++) {
		const drops = crowded.map(
			({ state, view, marks }) => layout(events, width, state, view.focus, rooms, marks).dropped
		);
		const lanes = new Set(drops.flat().map((id) => events.find((e) => e.id === id)!.actor));
		for (const actor of lanes) rooms.get(actor)!.above += ROW;
		crowded = crowded.filter((_, i) => drops[i]!.length);
	}
	return rooms;
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
	const { x0, x1 } = plotX(width);
	return layout(events, width, state, focus, laneRooms(events, width, x0, x1));
}

const plotX = (width: number) => ({ x0: width >= 500 ? 104 : 10, x1: width - 14 });

function layout(
	events: TimelineEvent[],
	width: number,
	state: TimelineState,
	focus: string[],
	rooms: Rooms,
	marks = placeMarks(events, state, focus, plotX(width).x0, plotX(width).x1)
): TimelineGeometry {
	const wide = width >= 500;
	const { x0, x1 } = plotX(width);
	const y0 = TOP;
	const { domain } = timeDomain(state);
	const [from, to] = [domain[0]!, domain.at(-1)!];

	let top = y0;
	const lanes = LANES.map((lane) => {
		const room = rooms.get(lane.actor)!;
		const y = top + room.above;
		const placed = {
			...lane,
			top: round(top),
			y: round(y),
			nameX: wide ? x0 - 14 : x0,
			nameY: round(wide ? y + 4 : top + 11),
			nameAnchor: (wide ? 'end' : 'start') as 'start' | 'end'
		};
		top = y + room.below;
		return placed;
	});
	const y1 = round(top);
	const laneOf = new Map(lanes.map((l) => [l.actor, l]));

	const ys = marks.map((m) => laneOf.get(m.actor)!.y + (m.visible ? m.dy : 0));
	// Pointer targets as large as the neighbours allow, and never over one another.
	const shown = marks.flatMap((m, i) => (m.visible ? [i] : []));
	const room = clearance(
		shown.map((i) => ({ ...dodgeMark(marks[i]!), y: ys[i]! })),
		shown.map((i) => MARK.hit - marks[i]!.h)
	);
	const hits = new Map(shown.map((i, k) => [i, marks[i]!.h + room[k]!]));
	const geoEvents = marks.map((m, i) => ({
		id: m.id,
		actor: m.actor,
		kind: m.kind,
		x: m.x,
		w: m.w,
		y: round(ys[i]!),
		hit: round(Math.floor((hits.get(i) ?? MARK.hit) * 10) / 10),
		visible: m.visible,
		focus: m.visible && focus.includes(m.id)
	}));

	const { weights } = timeDomain(state);
	const breaks: number[] = [];
	if (weights.length > 1) {
		let x = x0;
		for (let i = 0; i < weights.length - 1; i++) {
			x += weights[i]! * (x1 - x0);
			breaks.push(round(x));
		}
	}
	// The axis is cut at each break and crossed there by a "//", the usual sign that its scale
	// changes; the band between the breaks says what it holds, reading up from the axis.
	const CUT = 3;
	const ends = [x0 - 8, ...breaks.flatMap((b) => [b - CUT, b + CUT]), x1 + 8];
	const axis = breaks.length
		? ends.flatMap((x, i) => (i % 2 ? [] : [{ x1: round(x), x2: round(ends[i + 1]!) }]))
		: [{ x1: x0 - 8, x2: x1 + 8 }];
	const breakMarks = breaks.flatMap((b) =>
		[b - CUT, b + CUT].map((x) => ({
			x1: round(x - 2),
			y1: y1 + 4,
			x2: round(x + 2),
			y2: y1 - 4
		}))
	);
	const quiet = TIMELINE_VIEWS[state].compressed;
	const breakLabel =
		quiet && breaks.length === 2
			? {
					// the baseline, a little right of the band's middle: the letters stand left of it
					x: round((breaks[0]! + breaks[1]!) / 2 + TICK_SIZE * 0.35),
					y: y1 - 6,
					text: quiet.label
				}
			: null;

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
	// No label may cover a lane name, any mark or the note on the compressed stretch.
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
					? { x: g.x, y: g.y - MARK.bar, w: g.w, h: 2 * MARK.bar }
					: { x: g.x - 7, y: g.y - 7, w: 14, h: 14 }
			),
		...(breakLabel
			? [
					{
						x: breakLabel.x - TICK_SIZE,
						y: breakLabel.y - textWidth(breakLabel.text, TICK_SIZE),
						w: TICK_SIZE * 1.3,
						h: textWidth(breakLabel.text, TICK_SIZE)
					}
				]
			: [])
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
	const { placed, dropped } = placeLabels(requests, options);
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

	return {
		width,
		height: y1 + AXIS,
		plot: { x0, x1, y0, y1 },
		lanes,
		ticks: timeTicks(state, x0, x1),
		breaks,
		axis,
		breakMarks,
		breakLabel,
		events: geoEvents,
		labels,
		dropped
	};
}
