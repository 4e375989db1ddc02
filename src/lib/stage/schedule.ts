/**
 * When to do work that can wait, so that it does not lengthen the task a reader is waiting on.
 * Each function returns another that calls the work off.
 */

/** Run `work` at the first idle moment at least `after` ms from now (within `timeout` ms of that). */
export function whenIdle(work: () => void, after = 0, timeout = 2000): () => void {
	let idle = 0;
	const timer = setTimeout(() => {
		if ('requestIdleCallback' in window) idle = requestIdleCallback(() => work(), { timeout });
		else work();
	}, after);
	return () => {
		clearTimeout(timer);
		if (idle) cancelIdleCallback(idle);
	};
}

/**
 * Run `work` in a task of its own just after the next frame has been painted: the changes made
 * before it and the changes it makes are laid out and painted in two frames, not one. (A task
 * queued from a frame callback runs once that frame is done.)
 *
 * `late`: after every other task queued for just after that paint. Work that changes the page
 * should be late, so that work that reads the layout there (where a step is) finds it clean
 * instead of laying the change out early, inside its own task.
 */
export function afterPaint(work: () => void, { late = false } = {}): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(late ? () => (timer = setTimeout(work)) : work);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/** What counts as the reader using the page. */
const INPUT = ['scroll', 'wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

/**
 * Run `work` once the reader has left the page alone (no scrolling, pointer, keys or touch) for
 * `quiet` ms, at an idle moment: for background jobs that should never compete with reading.
 * Input only notes its time (a scroll sends dozens of events a second); the one timer looks at
 * it when it fires, and waits again for what is left of the quiet time if the reader was busy.
 */
export function whenQuiet(work: () => void, quiet = 1500, timeout = 3000): () => void {
	let last = Date.now();
	const input = () => {
		last = Date.now();
	};
	const look = () => {
		const left = last + quiet - Date.now();
		if (left > 0) return void (cancel = whenIdle(look, left, timeout));
		stop();
		work();
	};
	let cancel = whenIdle(look, quiet, timeout);
	const stop = () => {
		cancel();
		for (const type of INPUT) removeEventListener(type, input, { capture: true });
	};
	for (const type of INPUT) addEventListener(type, input, { capture: true, passive: true });
	return stop;
}
