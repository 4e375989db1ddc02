/**
 * Which web fonts a page preloads: the faces its first view draws, and no more. SvelteKit lists
 * these `<link rel="preload" as="font">` before its script preloads, so on a slow network the
 * fonts are among the first requests and swap in sooner; a face the view does not draw would
 * only take bandwidth from the ones it does (an embed, inside another site's page, draws no serif).
 * File names are those scripts/fonts.ts gives the subsets.
 */
const SANS = ['inter-400-normal', 'inter-600-normal'];
/** Pages whose first view has serif prose: the story, the lesson, the handout, the slides. */
const SERIF_TEXT = new Set([
	'/(story)',
	'/teach',
	'/present/print',
	'/present/print/single',
	'/present',
	'/present/[step]',
	// The notes window shows the slide on screen and the next one, in the slides' serif.
	'/present/notes'
]);
/** Pages whose first view has a serif heading or a defined term (semibold). */
const SERIF_HEADINGS = new Set(['/(story)', '/teach', '/present/print', '/present/print/single']);

export function firstViewFaces(routeId: string | null): string[] {
	const faces = [...SANS];
	if (routeId && SERIF_TEXT.has(routeId)) faces.push('source-serif-4-400-normal');
	if (routeId && SERIF_HEADINGS.has(routeId)) faces.push('source-serif-4-600-normal');
	return faces;
}

/** SvelteKit's `preload` option for a route: its scripts and styles (the default), and its fonts. */
export function preloadFor(routeId: string | null) {
	const faces = firstViewFaces(routeId);
	return ({ type, path }: { type: 'js' | 'css' | 'font' | 'asset'; path: string }) =>
		type === 'js' ||
		type === 'css' ||
		(type === 'font' &&
			faces.some((face) => path.slice(path.lastIndexOf('/') + 1).startsWith(`${face}.`)));
}
