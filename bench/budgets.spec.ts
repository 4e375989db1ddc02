import { describe, expect, it } from 'vitest';
import { checkBudgets, npmTestBudgets, scrollRuns, uncheckedBudgets } from './budgets.js';

const KB = 1024;
const lighthouse = (figures: Record<string, number>) => ({
	performance: 100,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
	cls: 0,
	tbt_ms: 0,
	lcp_ms: 1000,
	ok_runs: 5,
	...figures
});
const page = (totalKb: number, lh?: Record<string, number>) => ({
	bytes: { total: { gzip: totalKb * KB }, js: { gzip: 20 * KB } },
	...(lh ? { lighthouse: lighthouse(lh) } : {})
});
const scrollRun = (maxTask: number, p95: number) => ({
	page: '/',
	cpu_throttle: 4,
	long_tasks: { supported: true, count: maxTask > 50 ? 1 : 0, total_ms: maxTask, max_ms: maxTask },
	frames_while_charts_change: { count: 40, median_ms: 16.7, p95_ms: p95 }
});

describe('checkBudgets: Lighthouse ratios and blocking time', () => {
	const budgets = {
		tbt_ms: 150,
		lcp_vs_floor: { '/': 1.3 },
		total_vs_reveal: { '/present/': 0.3 }
	};

	it('passes figures within budget', () => {
		const results = {
			pages: { '/': page(100, { lcp_ms: 1790, tbt_ms: 150 }), '/present/': page(139) },
			floor: page(30, { lcp_ms: 1380 }),
			reveal: page(464.4)
		};
		expect(checkBudgets(results, budgets)).toEqual([]);
	});

	it('names each breach with the figures behind its ratio', () => {
		const results = {
			pages: { '/': page(287, { lcp_ms: 2420, tbt_ms: 690 }), '/present/': page(219.7) },
			floor: page(30, { lcp_ms: 1380 }),
			reveal: page(464.4)
		};
		expect(checkBudgets(results, budgets)).toEqual([
			'BUDGET / tbt 690 ms > 150 ms',
			"BUDGET / lcp 2420 ms = 1.75× the floor's (1380 ms) > 1.3×",
			"BUDGET /present/ transfer 219.7 KB = 0.47× the reveal.js deck's (464.4 KB) > 0.3×"
		]);
	});

	it('judges no ratio whose reference is missing, and says so', () => {
		const results = { pages: { '/': page(100, { lcp_ms: 9999 }), '/present/': page(400) } };
		expect(checkBudgets(results, budgets)).toEqual([]);
		expect(uncheckedBudgets(results, budgets)).toEqual([
			"/ LCP against the floor's: the floor's LCP not measured",
			'/present/ transfer against the reveal.js deck: deck not measured'
		]);
	});
});

describe('checkBudgets: scrolling, run by run', () => {
	const budgets = {
		scroll: { runs: 3, max_long_task_ms: 50, frame_p95_ms_while_charts_change: 34 }
	};

	it('passes three smooth runs', () => {
		const scroll = { page: '/', runs: [scrollRun(0, 33.4), scrollRun(0, 20), scrollRun(0, 34)] };
		expect(checkBudgets({ scroll }, budgets)).toEqual([]);
		expect(uncheckedBudgets({ scroll }, budgets)).toEqual([]);
	});

	it('fails each run that breaks either budget, naming it', () => {
		const scroll = { page: '/', runs: [scrollRun(0, 20), scrollRun(64, 20), scrollRun(0, 67)] };
		expect(checkBudgets({ scroll }, budgets)).toEqual([
			'BUDGET scroll / run 2/3 long_task 64 ms > 50 ms (1 long tasks, 64 ms in all, CPU 4× slower)',
			'BUDGET scroll / run 3/3 frame interval p95 67 ms > 34 ms while charts change'
		]);
	});

	it('says when fewer runs than asked were made', () => {
		const scroll = { page: '/', runs: [scrollRun(0, 20)], error: 'page crashed' };
		expect(uncheckedBudgets({ scroll }, budgets)).toEqual([
			'scroll: 1 run(s) of the 3 in a row the budget asks for (page crashed)'
		]);
	});

	it('reads a result written with a single scroll', () => {
		expect(scrollRuns(scrollRun(190, 83))).toHaveLength(1);
		expect(scrollRuns({ page: '/', error: 'skipped' })).toEqual([]);
		expect(checkBudgets({ scroll: scrollRun(190, 20) }, budgets)).toEqual([
			'BUDGET scroll / long_task 190 ms > 50 ms (1 long tasks, 190 ms in all, CPU 4× slower)'
		]);
	});
});

describe('npmTestBudgets', () => {
	it('holds npm test to the interim values, and keeps the targets they stand in for', () => {
		const budgets = {
			pages: {
				'/': { js_gzip_kb: 45, html_gzip_kb: 30, font_raw_kb: 60 },
				'/teach/': { js_gzip_kb: 1 }
			},
			npm_test_interim: { note: 'why', pages: { '/': { html_gzip_kb: 90 } } }
		};
		expect(npmTestBudgets(budgets)).toEqual({
			gated: {
				'/': { js_gzip_kb: 45, html_gzip_kb: 90, font_raw_kb: 60 },
				'/teach/': { js_gzip_kb: 1 }
			},
			targets: { '/': { html_gzip_kb: 30 } }
		});
	});

	it('gates every budget when there is no interim value', () => {
		const budgets = { pages: { '/': { js_gzip_kb: 45 } } };
		expect(npmTestBudgets(budgets)).toEqual({ gated: { '/': { js_gzip_kb: 45 } }, targets: {} });
	});
});
