/**
 * Each figure has a prerendered file of its own (src/routes/figures/[...file]), so that a page
 * fetches only the figures of the steps around the reader: the one there, the next and the
 * previous, a few KB each, rather than every step's at once. Named after figureKey, which it
 * mirrors: `revenue:total` is `figures/revenue/total.json`,
 * `timeline:law:ndaa-signed,ndaa-in-force` is `figures/timeline/law/ndaa-signed,ndaa-in-force.json`,
 * `timeline:overview:` is `figures/timeline/overview.json`. Pure: the server lists the files with
 * it, the browser finds them.
 */

/** The folder of the figures' files, below the site's root. */
export const FIGURES_DIR = 'figures/';

/** The rest of the path after FIGURES_DIR, the figures route's parameter. */
export function figureFileParam(key: string): string {
	return `${key.split(':').filter(Boolean).join('/')}.json`;
}

/** The file of the figure with this key, below the site's root (no leading slash). */
export function figureFile(key: string): string {
	return FIGURES_DIR + figureFileParam(key);
}
