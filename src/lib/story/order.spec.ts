/**
 * The story reads in time order: scrolling straight down never sends a chart back in time, except
 * as a deliberate recap (the timeline's overview at the end), and every step URL that was ever
 * published (embeds and handouts link to them) still lands on a step.
 */
import { describe, expect, it } from 'vitest';
import { realContent } from '../testing/realContent.ts';
import { startOf } from '../data/dates.ts';
import { TIMELINE_VIEWS, type TimelineState } from '../charts/timeline/states.ts';
import type { Step } from './types.ts';

const { dataset: data, story } = realContent();

/** Step ids published before the corrections of December 2026: public URLs. */
const PUBLISHED_IDS = [
	'trust-us',
	'regions',
	'us-market',
	'us-government',
	'summer-2017',
	'best-buy',
	'directive',
	'retailers',
	'kremlin',
	'law',
	'courts',
	'cost',
	'sales-ban-2024',
	'who-decides'
];

/** The revenue chart's states in the order of the time they show: 2016, then what followed. */
const REVENUE_ORDER = ['total', 'regions', 'us-share', 'us-government', 'after'];

const time = (iso: string) => startOf(iso).getTime();
const byChart = (chart: Step['chart']) => story.steps.filter((s) => s.chart === chart);

/** The earliest event a timeline step highlights (its state's own focus when it names none). */
function earliest(step: Step): number {
	const view = TIMELINE_VIEWS[step.state as TimelineState];
	const ids = step.highlight.length ? step.highlight : view.focus;
	const dates = data.timeline.filter((e) => ids.includes(e.id)).map((e) => time(e.date));
	return Math.min(...dates);
}

describe('the order of the story', () => {
	it('keeps every published step URL', () => {
		const ids = story.steps.map((s) => s.id);
		for (const id of PUBLISHED_IDS) expect(ids, id).toContain(id);
	});

	it('moves the revenue chart forward: 2016, then what followed', () => {
		const ranks = byChart('revenue').map((s) => REVENUE_ORDER.indexOf(s.state));
		expect(ranks).not.toContain(-1);
		for (let i = 1; i < ranks.length; i++) {
			expect(ranks[i]!, byChart('revenue')[i]!.id).toBeGreaterThanOrEqual(ranks[i - 1]!);
		}
	});

	it('moves the timeline forward: its window and its first highlight never go back', () => {
		const steps = byChart('timeline');
		// The overview is allowed only as the recap that closes the story.
		const overview = steps.findIndex((s) => s.state === 'overview');
		expect(overview === -1 || overview === steps.length - 1).toBe(true);
		const walk = steps.filter((s) => s.state !== 'overview');
		for (let i = 1; i < walk.length; i++) {
			const [a, b] = [walk[i - 1]!, walk[i]!];
			const [va, vb] = [
				TIMELINE_VIEWS[a.state as TimelineState],
				TIMELINE_VIEWS[b.state as TimelineState]
			];
			const at = `${a.id} → ${b.id}`;
			expect(time(vb.from), `${at}: window start`).toBeGreaterThanOrEqual(time(va.from));
			expect(time(vb.to), `${at}: window end`).toBeGreaterThanOrEqual(time(va.to));
			expect(earliest(b), `${at}: first highlighted event`).toBeGreaterThanOrEqual(earliest(a));
		}
	});

	it('tells the reader when it goes back to an earlier moment', () => {
		// Steps whose earliest highlighted event comes before the previous step's latest one must say
		// so in words ("back", "before", "already"): a reader is never sent back silently. Deadlines
		// do not count: they are set in advance, so a step may point ahead to them.
		const steps = byChart('timeline').filter((s) => s.state !== 'overview');
		const latest = (s: Step) =>
			Math.max(
				...data.timeline
					.filter((e) => e.type === 'event' && s.highlight.includes(e.id))
					.map((e) => time(e.date))
			);
		const silent = steps
			.filter((s, i) => i > 0 && earliest(s) < latest(steps[i - 1]!))
			.filter((s) => !/\b(back|before|meanwhile|already)\b/i.test(s.html))
			.map((s) => s.id);
		expect(silent).toEqual([]);
	});
});

describe('the methods note', () => {
	const methods = story.methods.replace(/\s+/g, ' ');
	const day = data.timeline.filter((e) => e.precision === 'day');
	const kinds = new Map(data.sources.map((s) => [s.id, s.kind]));
	const primary = day.filter((e) => e.sources.some((id) => kinds.get(id) === 'primary'));
	const medium = data.timeline.filter((e) => e.confidence === 'medium' || e.confidence === 'low');

	it('counts the timeline’s entries, day-dates and primary sources as the data has them', () => {
		expect(methods).toContain(`The timeline has ${data.timeline.length} entries.`);
		expect(methods).toContain(
			`Of the ${day.length} dated to the day, ${primary.length} rest on at least one primary document`
		);
		expect(methods).toContain(`The other ${day.length - primary.length} rest on news reports`);
		expect(methods).toContain(`${medium.length} of the ${data.timeline.length} entries are medium`);
	});

	it('lists every entry shown only to the month', () => {
		const months = data.timeline.filter((e) => e.precision === 'month');
		const words = ['Five', 'Six', 'Seven'];
		expect(methods).toContain(
			`${words[months.length - 5] ?? months.length} entries are shown only to the`
		);
	});
});
