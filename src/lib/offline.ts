/**
 * The offline cache for classrooms (src/service-worker.ts). Registered once the page has loaded
 * and the browser is idle, so that caching the site never competes with the first visit's own
 * loading; and never from an embed, which lives in other sites' pages.
 */
export function registerOffline(base: string, delay = 1500): () => void {
	if (!('serviceWorker' in navigator) || location.protocol === 'file:') return () => {};
	let idle = 0;
	// The site's root as an absolute path, whether `base` is written relative to the page or not.
	const root = new URL(`${base}/`, location.href).pathname;
	const register = () => {
		void navigator.serviceWorker
			.register(`${root}service-worker.js`, { scope: root })

			.catch(() => {
				// No cache (private mode, blocked storage): the site works online as before.
			});
	};
	const timer = setTimeout(() => {
		if ('requestIdleCallback' in window) idle = requestIdleCallback(register, { timeout: 3000 });
		else register();
	}, delay);
	return () => {
		clearTimeout(timer);
		if (idle) cancelIdleCallback(idle);
	};
}
