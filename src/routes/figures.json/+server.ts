// Every figure of the story's steps (geometry at each layout width, table, sources), keyed by
// figureKey(step): the story and the slides render their first figure from the page and fetch
// the rest from here once the page is idle, which keeps their HTML small.
import { storyFigures } from '$lib/server/figures.ts';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = () =>
	new Response(JSON.stringify(storyFigures()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
