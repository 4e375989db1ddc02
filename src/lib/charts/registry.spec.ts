import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHARTS } from './registry.ts';

describe('chart titles', () => {
	// C11 of the December 2026 copy audit: four different measures, so never "the ban" alone.
	it('speak of the US measures, not one ban', () => {
		expect(CHARTS.revenue.subtitle).toBe(
			'Revenue in 2016, the last full year before the US measures, and what followed'
		);
		expect(CHARTS.timeline.title).toBe('The US measures, the retailers and the company, 2017–2024');
		for (const id of CHART_IDS) {
			expect(`${CHARTS[id].title} ${CHARTS[id].subtitle}`).not.toMatch(/\bthe (US )?ban\b/i);
		}
	});
});
