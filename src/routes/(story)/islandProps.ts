/**
 * What the story's island (src/routes/(story)/island.ts) is handed by the page: the elements it
 * hydrates, and the props it hydrates them with, which are the page's minus what its markup
 * already holds: the steps' texts (sent again as data, they were a third of the page's bytes) and
 * their charts' descriptions, the alt text of each card's picture for readers without script.
 */
import type { FigureModel } from '$lib/charts/frame/types.ts';
import type { StoryStep } from '$lib/story/types.ts';

/** The element holding the site header, and the one holding the scrolling story. */
export const HEADER_ID = 'story-header';
export const SCROLLY_ID = 'story-scrolly';
export const STORY_PROPS_ID = 'story-props';

export interface StoryIslandProps {
	steps: Omit<StoryStep, 'html' | 'alt'>[];
	/** The figures of the first paint. */
	figures: Record<string, FigureModel>;
}

/** The props as the page writes them. */
export function islandProps(
	steps: StoryStep[],
	figures: Record<string, FigureModel>
): StoryIslandProps {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out: see above
	return { steps: steps.map(({ html, alt, ...step }) => step), figures };
}

/**
 * A step's chart description, read back from the picture its card shows without script
 * (StepCard.svelte). Where scripts run, a `<noscript>` holds its markup as text: parsed in a
 * template, which loads nothing.
 */
export function altFromPage(id: string): string {
	const template = document.createElement('template');
	template.innerHTML = document.querySelector(`[data-step="${id}"] noscript`)?.textContent ?? '';
	return template.content.querySelector('img')?.alt ?? '';
}

/** Where the text goes after the last step. */
export const AFTER = { href: '#methods', label: 'Sources and methods' };
