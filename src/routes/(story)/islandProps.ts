/**
 * What the story's island (src/routes/(story)/island.ts) is handed by the page: the elements it
 * hydrates, and the props it hydrates them with, which are the page's minus the copy. The steps'
 * texts are in the markup already; sent again as data they were a third of the page's bytes.
 */
import type { FigureModel } from '$lib/charts/frame/types.ts';
import type { StoryStep } from '$lib/story/types.ts';

/** The element holding the site header, and the one holding the scrolling story. */
export const HEADER_ID = 'story-header';
export const SCROLLY_ID = 'story-scrolly';
export const STORY_PROPS_ID = 'story-props';

export interface StoryIslandProps {
	steps: Omit<StoryStep, 'html'>[];
	/** The figures of the first paint. */
	figures: Record<string, FigureModel>;
}

/** The props as the page writes them. */
export function islandProps(
	steps: StoryStep[],
	figures: Record<string, FigureModel>
): StoryIslandProps {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out: see above
	return { steps: steps.map(({ html, ...step }) => step), figures };
}

/** Where the text goes after the last step. */
export const AFTER = { href: '#methods', label: 'Sources and methods' };
