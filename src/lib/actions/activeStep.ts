/**
 * Reports which story step is active as the reader scrolls: the last step whose top has passed
 * the trigger line (by default the middle of the viewport). IntersectionObserver and scrolling
 * tell when to look; the look itself reads the step boxes, so a fast scroll or fling never
 * leaves a stale step.
 *
 * The look happens just after a frame has been painted, when the page's layout is up to date:
 * reading the boxes then costs nothing, where inside the frame (a requestAnimationFrame callback
 * while a chart tweens) it would force the browser to lay the page out early. The report that
 * follows changes the chart in that same task, so the chart's script and the browser's layout and
 * paint of the change are two tasks, each shorter than both together.
 */
import { Pace } from '../stage/pace.ts';
import { afterPaint } from '../stage/schedule.ts';

export interface ActiveStepOptions {
	/** The active step's id, or null while the reader is above the first step. */
	onactive: (id: string | null) => void;
	/** Where the trigger line sits, as a fraction of the viewport's height from the top. */
	offset?: () => number;
	/** Told when the reader starts skimming (scrolling faster than reading) and stops (pace.ts). */
	onpace?: (skimming: boolean) => void;
}

export function activeStep(node: HTMLElement, options: ActiveStepOptions) {
	let opts = options;
	/** Calls off the look that is due, if one is. */
	let pending: (() => void) | undefined;
	/** The id last reported (undefined before the first report). */
	let reported: string | null | undefined;
	/** The steps, in page order (read once: the story's steps do not change while it is open). */
	const steps = Array.from(node.querySelectorAll<HTMLElement>('[data-step]'));
	/** Where the last look found the reader: the next look starts there, and reads a box or two. */
	let at = -1;
	const pace = new Pace(
		(skimming) => opts.onpace?.(skimming),
		(work, ms) => {
			const timer = setTimeout(work, ms);
			return () => clearTimeout(timer);
		}
	);

	function update() {
		pending = undefined;
		pace.sample(scrollY, performance.now(), innerHeight);
		const line = innerHeight * (opts.offset?.() ?? 0.5);
		at = lastAbove(steps, line, at);
		const id = steps[at]?.dataset.step ?? null;
		if (id === reported) return;
		reported = id;
		opts.onactive(id);
	}

	/** Look after the next paint, once however many events ask before then. */
	const schedule = () => {
		pending ??= afterPaint(update);
	};

	const observer = new IntersectionObserver(schedule, { rootMargin: '-45% 0px -45% 0px' });
	for (const step of steps) observer.observe(step);
	const input = () => pace.input(performance.now());
	addEventListener('scroll', schedule, { passive: true });
	addEventListener('resize', schedule);
	addEventListener('wheel', input, { passive: true });
	addEventListener('touchmove', input, { passive: true });
	schedule();

	return {
		update(next: ActiveStepOptions) {
			opts = next;
		},
		destroy() {
			observer.disconnect();
			removeEventListener('scroll', schedule);
			removeEventListener('resize', schedule);
			removeEventListener('wheel', input);
			removeEventListener('touchmove', input);
			pending?.();
			pace.stop();
		}
	};
}

/**
 * The index of the last of `steps` (in page order, so their tops only grow) whose top has passed
 * `line`, or -1 when none has: found by walking from `from`, the index the last look found, so a
 * look during a scroll reads the one or two boxes around the reader's step instead of all of them.
 */
export function lastAbove(steps: readonly Element[], line: number, from: number): number {
	const passed = (i: number) => steps[i]!.getBoundingClientRect().top <= line;
	let i = Math.min(from, steps.length - 1);
	while (i >= 0 && !passed(i)) i -= 1;
	while (i + 1 < steps.length && passed(i + 1)) i += 1;
	return i;
}
