// Scrolling smoothness of the story: with the CPU throttled 4×, scroll by mouse wheel from the
// top to the bottom (200 px every 50 ms at 1280×800), through every [data-step], and record long
// tasks (> 50 ms) and the intervals between animation frames while the charts change state.

/** Installed before any page script: a long-task observer and a frame clock, both idle until started. */
function instrument() {
	/** @type {any} */
	const bench = { recording: false, since: 0, longTasks: [], frames: [], states: [], steps: [] };
	Object.defineProperty(window, '__bench', { value: bench });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		bench.noLongTaskApi = true;
	}
	const tick = (/** @type {number} */ t) => {
		if (bench.recording) bench.frames.push(t);
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	addEventListener('DOMContentLoaded', () => {
		new MutationObserver((records) => {
			if (!bench.recording) return;
			for (const r of records) {
				const el = /** @type {HTMLElement} */ (r.target);
				bench.states.push([performance.now(), el.dataset.chart ?? '?', el.dataset.state ?? '']);
			}
		}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
	});
}

/** @param {number[]} sorted @param {number} q @returns {number | null} */
function quantile(sorted, q) {
	if (!sorted.length) return null;
	return /** @type {number} */ (
		sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
	);
}

const round = (/** @type {number | null} */ n) => (n === null ? null : Math.round(n * 10) / 10);

/** Median, 95th percentile and worst of some frame intervals. @param {number[]} intervals */
function frameStats(intervals) {
	const sorted = [...intervals].sort((a, b) => a - b);
	return {
		count: sorted.length,
		median_ms: round(quantile(sorted, 0.5)),
		p95_ms: round(quantile(sorted, 0.95)),
		max_ms: round(sorted.length ? /** @type {number} */ (sorted[sorted.length - 1]) : null)
	};
}

/** How long after a chart's state changes its frames count as "while it changes". */
const TRANSITION_MS = 1000;

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url the story page
 * @param {{ rate?: number, step?: number, every?: number }} [options]
 */
export async function measureScroll(browser, url, { rate = 4, step = 200, every = 50 } = {}) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.addInitScript(instrument);
		await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
		const stepCount = await page.locator('[data-step]').count();
		if (!stepCount) throw new Error(`${url} has no [data-step] elements to scroll through`);
		await page.waitForTimeout(500);

		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		await page.mouse.move(640, 400);
		await page.evaluate(() => {
			const bench = /** @type {any} */ (window).__bench;
			const seen = new IntersectionObserver((entries) => {
				for (const e of entries) {
					const id = /** @type {HTMLElement} */ (e.target).dataset.step;
					if (e.isIntersecting && !bench.steps.includes(id)) bench.steps.push(id);
				}
			});
			document.querySelectorAll('[data-step]').forEach((el) => seen.observe(el));
			bench.since = performance.now();
			bench.recording = true;
		});

		// As many wheel ticks as the page needs, counted before the clock starts: asking the page
		// after every tick would run the harness's own script on the main thread being measured.
		const atBottom = () =>
			page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
		const needed = await page.evaluate(
			(px) => Math.ceil((document.documentElement.scrollHeight - innerHeight - scrollY) / px),
			step
		);
		const began = Date.now();
		let ticks = 0;
		for (;;) {
			await page.mouse.wheel(0, step);
			await page.waitForTimeout(every);
			ticks += 1;
			// Past the count (the page grew, or a tick fell short), look after each tick.
			if (ticks >= needed && (await atBottom())) break;
			if (Date.now() - began > 120_000)
				throw new Error('scrolling did not reach the bottom in 120 s');
		}

		await page.waitForTimeout(1000); // let the last state change finish its transition
		const data = await page.evaluate(() => {
			const bench = /** @type {any} */ (window).__bench;
			bench.recording = false;
			return { ...bench, until: performance.now() };
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

		const longTasks = data.longTasks.filter(
			(/** @type {[number, number]} */ [start]) => start >= data.since
		);
		/** @type {number[]} */
		const durations = longTasks.map((/** @type {[number, number]} */ [, d]) => d);
		/** @type {number[]} */
		const frames = data.frames;
		/** @type {number[]} */
		const changes = data.states.map((/** @type {[number]} */ [t]) => t);
		/** @type {[number, number][]} */
		const intervals = frames.slice(1).map((t, i) => [t, t - /** @type {number} */ (frames[i])]);
		const changing = intervals.filter(([t]) =>
			changes.some((c) => t > c && t <= c + TRANSITION_MS)
		);
		return {
			page: new URL(url).pathname,
			cpu_throttle: rate,
			viewport: '1280x800',
			wheel: `${step} px every ${every} ms`,
			wheel_ticks: ticks,
			duration_ms: Math.round(data.until - data.since),
			steps: stepCount,
			steps_seen: data.steps.length,
			state_changes: data.states.length,
			long_tasks: {
				supported: !data.noLongTaskApi,
				count: durations.length,
				total_ms: Math.round(durations.reduce((a, b) => a + b, 0)),
				max_ms: durations.length ? Math.round(Math.max(...durations)) : 0,
				// [start, duration] in ms from the first wheel tick, to line up with the state changes
				each: longTasks.map((/** @type {[number, number]} */ [s, d]) => [
					Math.round(s - data.since),
					Math.round(d)
				])
			},
			// [time from the first wheel tick, chart, new state]
			state_change_log: data.states.map(
				(/** @type {[number, string, string]} */ [t, chart, state]) => [
					Math.round(t - data.since),
					chart,
					state
				]
			),
			frames: frameStats(intervals.map(([, d]) => d)),
			frames_while_charts_change: {
				window_ms: TRANSITION_MS,
				...frameStats(changing.map(([, d]) => d))
			}
		};
	} finally {
		await context.close();
	}
}
