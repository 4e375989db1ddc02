import { whenQuiet } from './schedule.ts';

/**
 * The offline cache for classrooms (src/service-worker.ts). Registered once the reader has left
 * the page alone for a moment and the browser is idle, so that caching the site never competes
 * with the first visit's own loading, nor with a reader scrolling through the story (taking the
 * page over costs its main thread a long task); and never from an embed, which lives in other
 * sites' pages.
 */
export function registerOffline(siteRoot: string, quiet = 1500): () => void {
	if (!('serviceWorker' in navigator) || location.protocol === 'file:') return () => {};
	// The site's root as an absolute path, whether `siteRoot` (from `resolve('/')`) is written
	// relative to the page or not.
	const root = new URL(siteRoot, location.href).pathname;
	const register = () => {
		void navigator.serviceWorker
			.register(`${root}service-worker.js`, { scope: root })

			.catch(() => {
				// No cache (private mode, blocked storage): the site works online as before.
			});
	};
	return whenQuiet(register, quiet);
}
