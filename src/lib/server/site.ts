/**
 * Absolute URLs, for what is read outside the site: the handout's QR codes, link previews
 * (og:url, og:image, canonical links) and oEmbed answers. While pages are prerendered, `url.origin`
 * is SvelteKit's `kit.prerender.origin`, set from ORIGIN in svelte.config.js; under `vite dev` it
 * is the dev server's own address.
 */
import { resolve } from '$app/paths';
import { figureModel } from '../charts/figures.ts';
import { CHARTS, type ChartId } from '../charts/registry.ts';
import { dataset, story } from './content.ts';

/**
 * The site's root, e.g. `https://example.org/story/`, from the URL being rendered. `resolve('/')`
 * is relative to that URL while SvelteKit renders (paths.relative), absolute elsewhere: both
 * resolve to the root.
 */
export function siteRoot(url: URL): string {
	return new URL(resolve('/'), url).href;
}

/** A link preview of a chart at a story step, or at its overview. */
export interface ChartCard {
	/** The story at that step: an embed is a piece of the story, not a page of its own. */
	canonical: string;
	/** The chart as a picture (made at build time, src/routes/og). */
	image: string;
	/** What the picture shows: the chart's title and the step's own description of it. */
	imageAlt: string;
}

export function chartCard(root: string, chart: ChartId, stepId: string | null): ChartCard {
	const step = stepId ? story.steps.find((s) => s.id === stepId) : undefined;
	const described = step?.alt ?? figureModel(dataset, { chart }).description;
	return {
		canonical: step ? `${root}#${step.id}` : root,
		image: `${root}og/${chart}/${step?.id ?? 'overview'}.png`,
		imageAlt: `${CHARTS[chart].title}: ${described}`
	};
}
