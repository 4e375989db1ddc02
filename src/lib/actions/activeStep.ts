/**
 * Reports which story step is active as the reader scrolls: the last step whose top has passed
 * the trigger line (the middle of the text area). IntersectionObserver tells when to look; the
 * look itself reads the step boxes, so a fast scroll or fling never leaves a stale step.
 */
export interface ActiveStepOptions {
	/** The active step's id, or null while the reader is above the first step. */
	onactive: (id: string | null) => void;
	/** An element drawn over the top of the viewport (the sticky chart on narrow screens). */
	overlay?: () => HTMLElement | null;
}

export function activeStep(node: HTMLElement, options: ActiveStepOptions) {
	let opts = options;
	let frame = 0;
	const steps = () => Array.from(node.querySelectorAll<HTMLElement>('[data-step]'));

	function triggerLine(): number {
		const overlay = opts.overlay?.();
		const box = overlay?.getBoundingClientRect();
		// Only an overlay pinned across the top (narrow layout) hides part of the text.
		const top = box && box.top <= 1 && box.width > innerWidth * 0.9 ? Math.max(0, box.bottom) : 0;
		return top + (innerHeight - top) * 0.5;
	}

	function update() {
		frame = 0;
		const line = triggerLine();
		const all = steps();
		let active: HTMLElement | undefined;
		for (const step of all) {
			if (step.getBoundingClientRect().top <= line) active = step;
		}
		opts.onactive(active?.dataset.step ?? null);
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
		}
	};
}
