// Each state of the timeline chart, rendered on the server as the prerendered page gets it,
// compared with a committed SVG (open the files in __snapshots__ to see the chart).
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../data/load.ts';
import { normalizeSvg } from '../marks/normalizeSvg.ts';
import { CHARTS } from '../registry.ts';
import { timelineGeometry } from './compute.ts';
import { eventsInView, timelineFigure } from './model.ts';
import type { TimelineState } from './states.ts';
import TimelineChart from './TimelineChart.svelte';

const read = (f: string) => readFileSync(new URL(`../../../../data/${f}`, import.meta.url), 'utf8');
const data = loadDataset({
	'sources.csv': read('sources.csv'),
	'timeline.csv': read('timeline.csv'),
	'revenue.csv': read('revenue.csv')
});

describe('TimelineChart on the server', () => {
	it.each(CHARTS.timeline.states as readonly TimelineState[])('%s', async (state) => {
		const { body } = render(TimelineChart, {
			props: {
				layouts: [timelineGeometry(data.timeline, 560, state)],
				rows: timelineFigure(data, state).table.rows,
				uid: 'snap',
				describedBy: 'snap-desc'
			}
		});
		const svg = normalizeSvg(body);
		expect(svg).toContain('role="img"');

		// every event is drawn in every state (so a change of state can tween); those out of view are off
		const groups = [...svg.matchAll(/<g\b[^>]*\bdata-event="([^"]+)"[^>]*>/g)].map((m) => ({
			id: m[1]!,
			off: /\bclass="[^"]*\boff\b[^"]*"/.test(m[0])
		}));
		expect(groups.map((g) => g.id).sort()).toEqual(data.timeline.map((e) => e.id).sort());
		expect(groups.filter((g) => !g.off).map((g) => g.id)).toEqual(
			eventsInView(data.timeline, state).map((e) => e.id)
		);

		await expect(svg).toMatchFileSnapshot(`__snapshots__/timeline-${state}.svg`);
	});
});
