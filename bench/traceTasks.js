// Reading a Chrome trace (pure): the long tasks of the page's main thread, and the work inside
// each, by kind, in ms of the task's own time.

/** Trace event names, by the kind of work a reader of the Performance panel knows them as. */
const KINDS = /** @type {Record<string, string>} */ ({
	UpdateLayoutTree: 'style',
	RecalculateStyles: 'style',
	Layout: 'layout',
	PrePaint: 'prepaint',
	Paint: 'paint',
	PaintImage: 'paint',
	Layerize: 'layerize',
	UpdateLayer: 'layerize',
	RasterTask: 'raster',
	Commit: 'commit',
	ParseHTML: 'parse html',
	ParseAuthorStyleSheet: 'parse css',
	EvaluateScript: 'script',
	'v8.compile': 'compile',
	'v8.compileModule': 'compile',
	FunctionCall: 'script',
	EventDispatch: 'script',
	TimerFire: 'script',
	FireAnimationFrame: 'script',
	FireIdleCallback: 'script',
	RunMicrotasks: 'script',
	'v8.evaluateModule': 'script',
	MajorGC: 'gc',
	MinorGC: 'gc',
	'V8.GC_SCAVENGER': 'gc',
	'V8.GC_MARK_COMPACTOR': 'gc',
	HitTest: 'hit test',
	IntersectionObserverController: 'observers',
	ResizeObserverController: 'observers'
});

/** A top-level task of the renderer's main thread. */
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The long tasks (over `over` ms, 50 by default) of the page's renderer main thread, each with its
 * start (ms from the first task), duration, and `parts`: for each kind of work, the time spent in
 * events of that kind inside it (outermost events only, so nested script is not counted twice).
 * `what` names the first script URL or event that started it, when the trace says. `byKind`: the
 * same sums over every task, long or not (where a scroll's frames go).
 * @param {any[]} events the trace's events (`traceEvents`)
 * @param {number} [over]
 * @returns {{ tasks: { start: number, dur: number, parts: Record<string, number>, what: string }[], total: number, worst: number, byKind: Record<string, number> }}
 */
export function longTasks(events, over = 50) {
	const main = mainThread(events);
	if (!main) return { tasks: [], total: 0, worst: 0, byKind: {} };
	const mine = events
		.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
		.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
	const tops = mine.filter((e) => TASK.has(e.name));
	const t0 = tops[0]?.ts ?? 0;
	const tasks = [];
	/** @type {Record<string, number>} */
	const byKind = {};
	let lastEnd = -Infinity;
	for (const task of tops) {
		// A task inside another (the scheduler's wrapper and its RunTask) is the same task.
		if (task.ts < lastEnd) continue;
		lastEnd = task.ts + task.dur;
		const end = task.ts + task.dur;
		/** @type {Record<string, number>} */
		const parts = {};
		let coveredUntil = task.ts;
		let what = '';
		for (const e of mine) {
			if (e.ts < task.ts || e.ts + e.dur > end || e === task) continue;
			const kind = KINDS[e.name];
			if (!kind || e.ts < coveredUntil) continue;
			parts[kind] = (parts[kind] ?? 0) + e.dur / 1000;
			coveredUntil = e.ts + e.dur;
			if (!what) what = e.args?.data?.url || e.args?.data?.functionName || e.name;
		}
		const known = Object.values(parts).reduce((a, b) => a + b, 0);
		parts.other = Math.max(0, task.dur / 1000 - known);
		for (const [kind, ms] of Object.entries(parts)) byKind[kind] = (byKind[kind] ?? 0) + ms;
		if (task.dur <= over * 1000) continue;
		tasks.push({ start: (task.ts - t0) / 1000, dur: task.dur / 1000, parts, what });
	}
	const total = tasks.reduce((a, t) => a + t.dur, 0);
	return { tasks, total, worst: Math.max(0, ...tasks.map((t) => t.dur)), byKind };
}

/**
 * The page's renderer main thread: the `CrRendererMain` thread that ran the most layout and
 * script (a trace also holds the browser's and other renderers' threads).
 * @param {any[]} events
 * @returns {{ pid: number, tid: number } | null}
 */
function mainThread(events) {
	const names = events.filter(
		(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	let best = null;
	let most = -1;
	for (const t of names) {
		const work = events.filter(
			(e) =>
				e.pid === t.pid && e.tid === t.tid && (e.name === 'Layout' || e.name === 'EvaluateScript')
		).length;
		if (work > most) {
			most = work;
			best = { pid: t.pid, tid: t.tid };
		}
	}
	return best;
}
