/**
 * The timeline's geometry: one lane per actor, events as points (day) or spans (month), deadlines
 * as hollow diamonds, the time scale zoomed to the state's window, marks that fall together dodged
 * off their lane's line, and labels for the events in focus placed without collisions. Pure:
 * events + width + state + focus in, plain marks out. Every event is in every state (out of view
 * ones hidden), so the scale can tween between states. Each part is its own module: scale, axis,
 * lanes, events, labels.
 */
import type { TimelineEvent } from '../../data/schema.ts';
import { axisGeometry, timeTicks } from './axis.ts';
import { checkEvents, eventGeometry, placeMarks, type PlacedMark } from './events.ts';
import { TimelineDataError, type TimelineGeometry } from './geometry.ts';
import { LANES, stackLanes, type Rooms } from './lanes.ts';
import { AXIS, GAP, plotX, ROW, TOP } from './spacing.ts';
import { TIMELINE_VIEWS, type TimelineState, type TimelineView } from './states.ts';
import { labelGeometry } from './labels.ts';

export type { TimelineGeometry };

interface LayoutInput {
	width: number;
	state: TimelineState;
	focus: string[];
	rooms: Rooms;
	/** The events' marks, when the caller has placed them already. */
	marks?: PlacedMark[];
}

function layout(events: TimelineEvent[], input: LayoutInput): TimelineGeometry {
	const { width, state, focus, rooms } = input;
	const wide = width >= 500;
	const { x0, x1 } = plotX(width);
	const marks = input.marks ?? placeMarks(events, state, focus, { x0, x1 });
	const { lanes, bottom: y1 } = stackLanes(rooms, { top: TOP, x0, wide });
	const laneY = new Map(lanes.map((l) => [l.actor, l.y]));
	const geoEvents = eventGeometry(marks, laneY, focus);
	const axis = axisGeometry(state, { x0, x1, y1 });
	const drawn = { width, lanes, events: geoEvents, breakLabel: axis.breakLabel };
	const { labels, dropped } = labelGeometry(events, { ...drawn, state, focus, wide, x0, y1 });
	return {
		width,
		height: y1 + AXIS,
		plot: { x0, x1, y0: TOP, y1 },
		lanes,
		ticks: timeTicks(state, x0, x1),
		...axis,
		events: geoEvents,
		labels,
		dropped
	};
}

/**
 * Each lane's room, the same in every state at this width, so that the chart keeps its height
 * (and the page its layout) as the state changes. Below the line: room for the marks stacked
 * there in any state, and a gap. Above it: two label rows (as much as a lane keeps each side when
 * nothing is dodged), and a row more, round by round, for a lane whose labels in focus (a
 * state's own) find no room in some state.
 */
function computeLaneRooms(events: TimelineEvent[], width: number): Rooms {
	const base = GAP + 2 * ROW;
	const rooms: Rooms = new Map(LANES.map((l) => [l.actor, { above: base, below: base }]));
	const x = plotX(width);
	const views = (Object.entries(TIMELINE_VIEWS) as [TimelineState, TimelineView][]).map(
		([state, view]) => ({ state, view, marks: placeMarks(events, state, view.focus, x) })
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
			({ state, view, marks }) =>
				layout(events, { width, state, focus: view.focus, rooms, marks }).dropped
		);
		const lanes = new Set(drops.flat().map((id) => events.find((e) => e.id === id)!.actor));
		for (const actor of lanes) rooms.get(actor)!.above += ROW;
		crowded = crowded.filter((_, i) => drops[i]!.length);
	}
	return rooms;
}

// They depend only on the events and the width, but take every state's layout to find: worked
// out once per width and reused by every state, step and page that draws the chart.
const roomsCache = new WeakMap<TimelineEvent[], Map<number, Rooms>>();

function laneRooms(events: TimelineEvent[], width: number): Rooms {
	let byWidth = roomsCache.get(events);
	if (!byWidth) roomsCache.set(events, (byWidth = new Map()));
	const cached = byWidth.get(width);
	if (cached) return cached;
	const rooms = computeLaneRooms(events, width);
	byWidth.set(width, rooms);
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
	return layout(events, { width, state, focus, rooms: laneRooms(events, width) });
}
