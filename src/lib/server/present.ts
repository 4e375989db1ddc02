/** What the slides need, computed at build time. */
import { figuresFor, storyFigures } from './figures.ts';
import { story } from './content.ts';

/** Every step and every figure (the handout prints them all). */
export function presentData() {
	return { steps: story.steps, figures: storyFigures(), headline: story.headline };
}

/** The slides opened at one step: its figure only; the others are fetched once the page is idle. */
export function slidesData(current: string) {
	const step = story.steps.find((s) => s.id === current);
	if (!step) return null;
	return { steps: story.steps, figures: figuresFor([step]), headline: story.headline, current };
}
