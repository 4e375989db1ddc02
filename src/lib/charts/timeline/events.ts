/** Each event's mark: kind, place on the time axis, offset from its lane's line (dodged). */
import { endOf, startOf } from '../../data/dates.ts';
import { ACTORS, type Actor, type TimelineEvent } from '../../data/schema.ts';
import { round } from '../marks/types.ts';
import { clearance, dodge, type DodgeMark } from './dodge.ts';
import { LANES } from './lanes.ts';
import { MARK } from './markSizes.ts';
import { timeDomain, timeScale } from './scale.ts';
import { PAD } from './spacing.ts';
import { TIMELINE_VIEWS, type TimelineState } from './states.ts';
import { TimelineDataError, type TimelineGeometry } from './geometry.ts';

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

export type Kind = 'day' | 'month' | 'deadline';

/** Half a mark's height (and width, but for a bar) as drawn. */
const halfHeight = (kind: Kind, focus: boolean) =>
	kind === 'deadline'
		? MARK.diamond * Math.SQRT2
		: kind === 'month'
			? MARK.bar
			: focus
				? MARK.focusDot
				: MARK.dot;

export interface PlacedMark {
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
export const dodgeMark = (m: PlacedMark): DodgeMark =>
	m.kind === 'month'
		? { x0: m.x, x1: m.x + m.w, h: m.h, round: false }
		: { x0: m.x - m.h, x1: m.x + m.h, h: m.h, round: true };

/**
 * Each event's mark in a state: its place on the time axis and its offset from its lane's line.
 * Where marks crowd, those in focus keep the line and the others stack below them (Plot's dodge
 * anchored at the top): the rows above the line stay free for the labels of the events the step
 * names. After those, days and deadlines in time order, then months' bars, the less exact dates.
 */
export function placeMarks(
	events: TimelineEvent[],
	state: TimelineState,
	focus: string[],
	{ x0, x1 }: { x0: number; x1: number }
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

/**
 * The events as drawn: on their lane's line plus their dodge, with pointer targets as large as
 * the neighbours allow and never over one another.
 */
export function eventGeometry(
	marks: PlacedMark[],
	laneY: Map<Actor, number>,
	focus: string[]
): TimelineGeometry['events'] {
	const ys = marks.map((m) => laneY.get(m.actor)! + (m.visible ? m.dy : 0));
	const shown = marks.flatMap((m, i) => (m.visible ? [i] : []));
	const room = clearance(
		shown.map((i) => ({ ...dodgeMark(marks[i]!), y: ys[i]! })),
		shown.map((i) => MARK.hit - marks[i]!.h)
	);
	const hits = new Map(shown.map((i, k) => [i, marks[i]!.h + room[k]!]));
	return marks.map((m, i) => ({
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
}
