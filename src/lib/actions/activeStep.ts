/**
 * Reports which story step is active as the reader scrolls: the last step whose top has passed
 * the trigger line (by default the middle of the viewport). IntersectionObserver tells when to look; the
 * look itself reads the step boxes, so a fast scroll or fling never leaves a stale step.
 */
export interface ActiveStepOptions {
	/** The active step's id, or null while the reader is above the first step. */
	onactive: (id: string | null) => void;
	/** Where the trigger line sits, as a fraction of the viewport's height from the top. */
	offset?: () => number;
}

export function activeStep(node: HTMLElement, options: ActiveStepOptions) {
	let opts = options;
	let frame = 0;
	let report: ReturnType<typeof setTimeout> | undefined;
	/** The id last reported (undefined before the first report). */
	let reported: string | null | undefined;
	const steps = () => Array.from(node.querySelectorAll<HTMLElement>('[data-step]'));

	const triggerLine = () => innerHeight * (opts.offset?.() ?? 0.5);

	function update() {
		frame = 0;
		const line = triggerLine();
		const all = steps();
		let active: HTMLElement | undefined;
		for (const step of all) {
			if (step.getBoundingClientRect().top <= line) active = step;
		}
		const id = active?.dataset.step ?? null;
		if (id === reported) return;
		reported = id;
		// Report in a task of its own, not inside this frame: the chart's change of state then
		// runs before the next frame instead of in this one, so its script and the browser's
		// layout and paint of it are two shorter tasks rather than one long one.
		clearTimeout(report);
		report = setTimeout(() => opts.onactive(id));
	}

	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(update);
	};

	const observer = new IntersectionObserver(schedule, { rootMargin: '-45% 0px -45% 0px' });
	for (const step of steps()) observer.observe(step);
	addEventListener('scroll', schedule, { passive: true });
	addEventListener('resize', schedule);
	schedule();

	return {
		update(next: ActiveStepOptions) {
			opts = next;
		},
		destroy() {
			observer.disconnect();
			removeEventListener('scroll', schedule);
			removeEventListener('resize', schedule);
			cancelAnimationFrame(frame);
			clearTimeout(report);
		}
	};
}
