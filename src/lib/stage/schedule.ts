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
 */
export function whenQuiet(work: () => void, quiet = 1500, timeout = 3000): () => void {
	let cancel: (() => void) | undefined;
	const restart = () => {
		cancel?.();
		cancel = whenIdle(run, quiet, timeout);
	};
	const stop = () => {
		cancel?.();
		for (const type of INPUT) removeEventListener(type, restart, { capture: true });
	};
	const run = () => {
		stop();
		work();
	};
	for (const type of INPUT) addEventListener(type, restart, { capture: true, passive: true });
	restart();
	return stop;
}
