/**
 * Absolute URLs, for what is read outside the site: the handout's QR codes, link previews
 * (og:url, og:image, canonical links) and oEmbed answers. While pages are prerendered, `url.origin`
 * is SvelteKit's `kit.prerender.origin`, set from ORIGIN in svelte.config.js; under `vite dev` it
 * is the dev server's own address.
 */
import { resolve } from '$app/paths';
import { overviewRef } from '../charts/figure.ts';
import { CHARTS, OVERVIEW, type ChartId } from '../charts/registry.ts';
import { story } from './content.ts';
import { figureFor } from './figures.ts';
import type { ChartCard } from '../site.ts';

export type { ChartCard };

/**
 * The site's root, e.g. `https://example.org/story/`, from the URL being rendered. `resolve('/')`
 * is relative to that URL while SvelteKit renders (paths.relative), absolute elsewhere: both
 * resolve to the root.
 */
export function siteRoot(url: URL): string {
	return new URL(resolve('/'), url).href;
}

export function chartCard(root: string, chart: ChartId, stepId: string | null): ChartCard {
	const step = stepId ? story.steps.find((s) => s.id === stepId) : undefined;
	const described = step?.alt ?? figureFor(overviewRef(chart)).description;
	return {
		canonical: step ? `${root}#${step.id}` : root,
		image: `${root}og/${chart}/${step?.id ?? OVERVIEW}.png`,
		imageAlt: `${CHARTS[chart].title}: ${described}`
	};
}
