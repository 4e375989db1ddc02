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
	const steps = () => Array.from(node.querySelectorAll<HTMLElement>('[data-step]'));
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
		let active: HTMLElement | undefined;
		for (const step of steps()) {
			if (step.getBoundingClientRect().top > line) break; // steps come in page order
			active = step;
		}
		const id = active?.dataset.step ?? null;
		if (id === reported) return;
		reported = id;
		opts.onactive(id);
	}

	/** Look after the next paint, once however many events ask before then. */
	const schedule = () => {
		pending ??= afterPaint(update);
	};

	const observer = new IntersectionObserver(schedule, { rootMargin: '-45% 0px -45% 0px' });
	for (const step of steps()) observer.observe(step);
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
