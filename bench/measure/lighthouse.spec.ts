import { describe, expect, it } from 'vitest';
import { summarise } from './lighthouse.js';

const run = (performance: number, lcp: number, tbt: number, cls = 0) => ({
	performance,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
	lcp_ms: lcp,
	cls,
	tbt_ms: tbt,
	fcp_ms: 900,
	total_bytes: 200_000
});

describe('summarise', () => {
	it('reports the median of each figure and its lowest–highest over the runs', () => {
		const out = summarise([
			run(77, 2420, 690),
			run(73, 2600, 910),
			run(80, 2300, 570),
			run(75, 2450, 700),
			run(79, 2400, 600)
		]);
		expect(out).toMatchObject({ runs: 5, ok_runs: 5, performance: 77, lcp_ms: 2420, tbt_ms: 690 });
		expect(out.spread).toMatchObject({
			performance: [73, 80],
			lcp_ms: [2300, 2600],
			tbt_ms: [570, 910],
			seo: [100, 100]
		});
	});

	it('leaves failed runs out of the figures but counts and keeps their errors', () => {
		const out = summarise([run(90, 2000, 100, 0.02), { error: 'timed out' }, run(96, 1800, 50)]);
		expect(out).toMatchObject({ runs: 3, ok_runs: 2, performance: 93, tbt_ms: 75 });
		// CLS stays exact: a small shift must not round to 0
		expect(out.cls).toBe(0.01);
		expect(out.spread.cls).toEqual([0, 0.02]);
		expect(out.errors).toEqual(['timed out']);
	});
});
