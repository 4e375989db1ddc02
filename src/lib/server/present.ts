/** What the slides need, computed at build time. */
import { resolve } from '$app/paths';
import { narrow, SLIDE_FIELDS } from '../story/types.ts';
import { figuresFor, storyFigures } from './figures.ts';
import { story } from './content.ts';

/** The steps as the slides and the notes read them: no step text or sources (the handout's). */
export const slideSteps = () => story.steps.map((s) => narrow(s, SLIDE_FIELDS));

/**
 * Every step and every figure (the handout prints them all). The steps' text links to the story's
 * methods note as `#methods`, which exists only on the story page: here it points there.
 */
export function presentData() {
	const steps = story.steps.map((s) => ({
		...s,
		html: s.html.replaceAll('href="#methods"', `href="${resolve('/')}#methods"`)
	}));
	return { steps, figures: storyFigures(), headline: story.headline };
}

/** The slides opened at one step: its figure only; the others are fetched once the page is idle. */
export function slidesData(current: string) {
	const step = story.steps.find((s) => s.id === current);
	if (!step) return null;
	return { steps: slideSteps(), figures: figuresFor([step]), headline: story.headline, current };
}
