// One figure (geometry at each layout width, table, sources) in a file of its own, named after its
// key (src/lib/stage/figureFiles.ts): the story, the slides, the notes and the embeds render their
// first figure from the page and fetch the steps around the reader's from here, a few KB each.
import { error } from '@sveltejs/kit';
import { fetchedFigures } from '$lib/server/figures.ts';
import { figureFileParam } from '$lib/stage/figureFiles.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

const byFile = () =>
	new Map(Object.entries(fetchedFigures()).map(([key, model]) => [figureFileParam(key), model]));

export const entries: EntryGenerator = () => [...byFile().keys()].map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const model = byFile().get(params.file);
	if (!model) error(404, 'No such figure');
	return new Response(JSON.stringify(model), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
