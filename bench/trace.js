#!/usr/bin/env node
// `node bench/trace.js [--page /] [--runs 3] [--rate 4] [--scroll] [--over 50] [--out DIR]`: a
// Chrome trace of a cold load of a built page (build/, served on loopback behind the bench's gzip
// proxy) with the CPU throttled, and what its long tasks (over `--over` ms) on the page's main
// thread were made of: style recalculation, layout, paint, script, parsing… by the time each kind
// of work took inside them. The question Lighthouse's TBT cannot answer when it cannot attribute a
// long task to a script. `--scroll`: instead of the load, one pass down the page as the bench
// scrolls it (1280×800, 200 px every 50 ms), and the main thread's time by kind over all of it:
// where the frames of a scroll go. Writes each trace as JSON (open it in Chrome's Performance
// panel) and prints a summary per run.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.js';
import { serve } from './lib/serve.js';
import { longTasks } from './traceTasks.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
	options: {
		page: { type: 'string', default: '/' },
		runs: { type: 'string', default: '3' },
		rate: { type: 'string', default: '4' },
		scroll: { type: 'boolean', default: false },
		over: { type: 'string', default: '50' },
		dir: { type: 'string', default: join(ROOT, 'build') },
		out: {
			type: 'string',
			default: join(os.tmpdir(), `story-bench-trace-${os.userInfo().username}`)
		}
	}
});

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.frame',
	'v8.execute',
	'blink.user_timing',
	'loading',
	'toplevel'
].join(',');

const site = await serve(opts.dir);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
mkdirSync(opts.out, { recursive: true });
console.log(
	`load average ${/** @type {number} */ (os.loadavg()[0]).toFixed(2)} on ${os.cpus().length} CPUs`
);
try {
	for (let n = 1; n <= Number(opts.runs); n++) {
		// A phone-sized first view, as Lighthouse's mobile preset loads it; the bench's laptop for a scroll.
		const context = await browser.newContext(
			opts.scroll
				? { viewport: { width: 1280, height: 800 } }
				: {
						viewport: { width: 412, height: 823 },
						deviceScaleFactor: 1.75,
						isMobile: true,
						hasTouch: true
					}
		);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		const url = site.origin + opts.page;
		if (opts.scroll) {
			await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
			await page.waitForTimeout(500);
			await page.mouse.move(640, 400);
		}
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(opts.rate) });
		/** @type {any[]} */
		const events = [];
		cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
		const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
		await cdp.send('Tracing.start', {
			transferMode: 'ReportEvents',
			traceConfig: { includedCategories: CATEGORIES.split(',') }
		});
		if (opts.scroll) await scrollDown(page);
		else {
			await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
			await page.waitForTimeout(3000); // the idle-time work the page schedules after load
		}
		await cdp.send('Tracing.end');
		await done;
		const file = join(opts.out, `trace-${n}.json`);
		writeFileSync(file, JSON.stringify({ traceEvents: events }));
		const { tasks, total, worst, byKind } = longTasks(events, Number(opts.over));
		console.log(
			`\nrun ${n}: ${tasks.length} tasks over ${opts.over} ms, ${Math.round(total)} ms in all, worst ${Math.round(worst)} ms (trace: ${file})`
		);
		if (opts.scroll)
			console.log(
				`  main thread by kind: ${Object.entries(byKind)
					.sort((a, b) => b[1] - a[1])
					.map(([name, ms]) => `${name} ${Math.round(ms)}`)
					.join(', ')} ms`
			);
		for (const t of tasks) {
			const parts = Object.entries(t.parts)
				.sort((a, b) => b[1] - a[1])
				.filter(([, ms]) => ms >= 5)
				.map(([name, ms]) => `${name} ${Math.round(ms)}`)
				.join(', ');
			console.log(
				`  at ${Math.round(t.start)} ms: ${Math.round(t.dur)} ms${t.what ? ` (${t.what})` : ''}: ${parts}`
			);
		}
		await context.close();
	}
} finally {
	await browser.close();
	await site.close();
}

/**
 * Scroll to the bottom as the bench does: a wheel tick of 200 px every 50 ms, the ticks counted
 * beforehand so that no script of ours runs on the main thread meanwhile.
 * @param {import('@playwright/test').Page} page
 */
async function scrollDown(page) {
	const ticks = await page.evaluate(() =>
		Math.ceil((document.documentElement.scrollHeight - innerHeight - scrollY) / 200)
	);
	for (let i = 0; i < ticks; i++) {
		await page.mouse.wheel(0, 200);
		await page.waitForTimeout(50);
	}
	await page.waitForTimeout(1000); // the last state change's transition
}
