/** The time axis: ticks thinned until their labels clear, and the breaks of a compressed axis. */
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { startOf } from '../../data/dates.ts';
import type { TimelineEvent } from '../../data/schema.ts';
import { round, textWidth } from '../marks/types.ts';
import type { TimelineGeometry } from './geometry.ts';
import { timeDomain, timeScale } from './scale.ts';
import { TICK_SIZE } from './spacing.ts';
import { TIMELINE_VIEWS, type TimelineState } from './states.ts';

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
export function shortDate(e: TimelineEvent, withYear: boolean): string {
	const d = startOf(e.date);
	if (e.precision === 'month') return withYear ? monthYear(d) : monthName(d);
	return withYear ? dayMonthYear(d) : dayMonth(d);
}

/**
 * The axis line, cut at each break of a compressed axis and crossed there by a "//" (the usual
 * sign that its scale changes); the band between the breaks says what it holds, reading up from
 * the axis.
 */
export function axisGeometry(
	state: TimelineState,
	{ x0, x1, y1 }: { x0: number; x1: number; y1: number }
): Pick<TimelineGeometry, 'breaks' | 'axis' | 'breakMarks' | 'breakLabel'> {
	const { weights } = timeDomain(state);
	const breaks: number[] = [];
	let x = x0;
	for (const w of weights.slice(0, -1)) {
		x += w * (x1 - x0);
		breaks.push(round(x));
	}
	const CUT = 3;
	const ends = [x0 - 8, ...breaks.flatMap((b) => [b - CUT, b + CUT]), x1 + 8];
	const axis = breaks.length
		? ends.flatMap((x, i) => (i % 2 ? [] : [{ x1: round(x), x2: round(ends[i + 1]!) }]))
		: [{ x1: x0 - 8, x2: x1 + 8 }];
	const breakMarks = breaks.flatMap((b) =>
		[b - CUT, b + CUT].map((x) => ({ x1: round(x - 2), y1: y1 + 4, x2: round(x + 2), y2: y1 - 4 }))
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
	return { breaks, axis, breakMarks, breakLabel };
}
