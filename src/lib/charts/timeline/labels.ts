/** Labels for the events in focus, placed clear of the lane names, the marks and the break's note. */
import type { TimelineEvent } from '../../data/schema.ts';
import { round, textWidth } from '../marks/types.ts';
import { shortDate } from './axis.ts';
import type { TimelineGeometry } from './geometry.ts';
import { MARK } from './markSizes.ts';
import { placeLabels, type Box } from './placeLabels.ts';
import { viewSpan } from './scale.ts';
import { GAP, LABEL, LABEL_GAP, ROW, TICK_SIZE } from './spacing.ts';
import type { TimelineState } from './states.ts';

type Drawn = Pick<TimelineGeometry, 'lanes' | 'events' | 'breakLabel' | 'width'>;

export interface LabelInput extends Drawn {
	events: TimelineGeometry['events'];
	state: TimelineState;
	focus: string[];
	wide: boolean;
	x0: number;
	/** The bottom of the lanes. */
	y1: number;
}

/** "Label, 8 Sep", with the year when the window spans more than one. */
function requests(data: TimelineEvent[], { events, state, focus }: LabelInput) {
	const { from, to } = viewSpan(state);
	const withYear =
		to.getTime() - from.getTime() > 370 * 86_400_000 ||
		from.getUTCFullYear() !== new Date(to.getTime() - 1).getUTCFullYear();
	return focus
		.map((id) => events.find((g) => g.id === id && g.visible))
		.filter((g) => g !== undefined)
		.map((g) => {
			const e = data.find((ev) => ev.id === g.id)!;
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
}

/** No label may cover a lane name (written over the plot when narrow), any mark or the break's note. */
function obstacles({ lanes, events, breakLabel, wide }: LabelInput): Box[] {
	const names = wide
		? []
		: lanes.map((l) => ({
				x: l.nameX,
				y: l.top,
				w: textWidth(l.name.toUpperCase(), 10) + 6,
				h: 14
			}));
	const marks = events
		.filter((g) => g.visible)
		.map((g) =>
			g.kind === 'month'
				? { x: g.x, y: g.y - MARK.bar, w: g.w, h: 2 * MARK.bar }
				: { x: g.x - 7, y: g.y - 7, w: 14, h: 14 }
		);
	const note = breakLabel
		? [
				{
					x: breakLabel.x - TICK_SIZE,
					y: breakLabel.y - textWidth(breakLabel.text, TICK_SIZE),
					w: TICK_SIZE * 1.3,
					h: textWidth(breakLabel.text, TICK_SIZE)
				}
			]
		: [];
	return [...names, ...marks, ...note];
}

export function labelGeometry(
	data: TimelineEvent[],
	input: LabelInput
): Pick<TimelineGeometry, 'labels' | 'dropped'> {
	const wanted = requests(data, input);
	const { placed, dropped } = placeLabels(wanted, {
		left: input.wide ? input.x0 - 8 : input.x0,
		right: input.width - 4,
		top: 0,
		bottom: input.y1,
		rowHeight: ROW,
		markGap: GAP,
		gap: LABEL_GAP,
		obstacles: obstacles(input)
	});
	const labels = data.map((e) => {
		const p = placed.find((q) => q.id === e.id);
		const req = wanted.find((r) => r.id === e.id);
		const g = input.events.find((q) => q.id === e.id)!;
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
	return { labels, dropped };
}
