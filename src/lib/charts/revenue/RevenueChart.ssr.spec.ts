// Each state of the revenue chart at each layout width, rendered on the server as the prerendered
// page gets it, compared with a committed SVG (open the files in __snapshots__ to see the chart):
// any change to any state's drawing at any width shows as a diff.
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../data/load.ts';
import { normalizeSvg } from '../marks/normalizeSvg.ts';
import { CHARTS } from '../registry.ts';
import { revenueGeometry } from './compute.ts';
import { revenueFigures } from './figures.ts';
import { REVENUE_LAYOUTS, type RevenueState } from './model.ts';
import RevenueChart from './RevenueChart.svelte';

const read = (f: string) => readFileSync(new URL(`../../../../data/${f}`, import.meta.url), 'utf8');
const data = loadDataset({
	'sources.csv': read('sources.csv'),
	'timeline.csv': read('timeline.csv'),
	'revenue.csv': read('revenue.csv')
});
const figures = revenueFigures(data.revenue);

describe('RevenueChart on the server', () => {
	const cases = (CHARTS.revenue.states as readonly RevenueState[]).flatMap((state) =>
		REVENUE_LAYOUTS.map((width) => [state, width] as const)
	);
	it.each(cases)('%s at %i', async (state, width) => {
		const { body } = render(RevenueChart, {
			props: {
				layouts: [revenueGeometry(figures, width, state)],
				uid: 'snap',
				describedBy: 'snap-desc'
			}
		});
		const svg = normalizeSvg(body);
		expect(svg).toContain('role="img"');
		await expect(svg).toMatchFileSnapshot(`__snapshots__/revenue-${state}-${width}.svg`);
	});
});
