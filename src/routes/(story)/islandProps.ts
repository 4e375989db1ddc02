/**
 * What the story's island (src/routes/(story)/island.ts) is handed by the page: the elements it
 * hydrates, and the props it hydrates them with, which are the page's minus what its markup
 * already holds: the steps' texts (sent again as data, they were a third of the page's bytes) and
 * their charts' descriptions, the alt text of each card's picture for readers without script.
 */
import { figureKey } from '$lib/charts/registry.ts';
import { figureFile } from '$lib/stage/figureFiles.ts';
import type { StoryStep } from '$lib/story/types.ts';

/** The element holding the site header, and the one holding the scrolling story. */
export const HEADER_ID = 'story-header';
export const SCROLLY_ID = 'story-scrolly';
export const STORY_PROPS_ID = 'story-props';

export interface StoryIslandProps {
	steps: Omit<StoryStep, 'html' | 'alt'>[];
}

/**
 * The props as the page writes them. The first step's figure, which the page draws, is not among
 * them (17 KB of geometry, 3.3 KB gzip, sent twice): the island fetches its file, which the page
 * preloads (firstFigureFile), and hydrates once it is here.
 */
export function islandProps(steps: StoryStep[]): StoryIslandProps {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out: see above
	return { steps: steps.map(({ html, alt, ...step }) => step) };
}

/** The file of the figure the page opens with, below the site's root (the page preloads it). */
export function firstFigureFile(
	steps: readonly Pick<StoryStep, 'chart' | 'state' | 'highlight'>[]
) {
	return figureFile(figureKey(steps[0]!));
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
