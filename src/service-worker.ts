/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline for classrooms with poor connectivity, after SvelteKit's pattern
// (https://svelte.dev/docs/kit/service-workers): the first visit caches what a class needs; the
// built and static files are then served from the cache, and pages and data from the network
// only when it answers in time, so a slow school network never keeps a slide from showing.
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `story-${version}`;

/**
 * The embed pages, oEmbed answers and SVG downloads serve other sites and readers online: they
 * were more than half of the site's bytes.
 */
const ONLINE_ONLY = /\/(embed|oembed)\/|\/og\/.*\.svg$/;
/**
 * The page data SvelteKit's router fetches when it moves between pages in the browser: the
 * story's and the slides'. The notes open in a window of their own, and the lesson page and the
 * handout have no JavaScript (links to them load the whole page): their data, 500 KB for the
 * handout, is never asked for.
 */
const FETCHED_DATA = /^\/(present\/(?!notes\/|print\/)([\w-]+\/)?)?__data\.json$/;
const wanted = (path: string) =>
	!ONLINE_ONLY.test(path) &&
	(!path.endsWith('/__data.json') || FETCHED_DATA.test(path.slice(base.length)));

/** Named by their content's hash, or fixed for this version: the cache answers, always. */
const IMMUTABLE = new Set([...build, ...files].filter(wanted));
/** The story, the slides, the notes, the handout, the lesson page, the data and the chart pictures. */
const PRECACHE = [...IMMUTABLE, ...prerendered.filter(wanted)];

/**
 * How long the network has to bring a whole response before the cached copy answers instead.
 * Shorter for a page, which keeps a reader before a blank screen (on a very slow network the first
 * slide must show within 2 s); data and pictures only keep a chart waiting.
 */
const PAGE_DEADLINE_MS = 1000;
const DATA_DEADLINE_MS = 3000;
/**
 * Once the network has missed a deadline, the cache answers at once for a while: on a slow
 * network each slide would otherwise wait out the deadline again. The worker's own state, lost
 * when the browser stops it, which only costs one more wait.
 */
const SLOW_FOR_MS = 30_000;
let slowUntil = 0;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	// Another site on the same host (the story under /story/, say) is not ours to answer for.
	if (!url.pathname.startsWith(`${base}/`)) return;
	event.respondWith(respond(event, url));
});

async function respond(event: FetchEvent, url: URL): Promise<Response> {
	const { request } = event;
	const cache = await caches.open(CACHE);
	if (IMMUTABLE.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	// A static site: the query (?step=, SvelteKit's own flags) never changes the file served.
	const cached = await cache.match(request, { ignoreSearch: true });
	if (!cached) return fromNetwork(request, url, cache);
	if (Date.now() < slowUntil) return cached;

	const network = fromNetwork(request, url, cache);
	// However late the network answers, its answer refreshes the cache.
	event.waitUntil(network.catch(() => undefined));
	const deadline = request.mode === 'navigate' ? PAGE_DEADLINE_MS : DATA_DEADLINE_MS;
	const answer = await Promise.race([network, timeout(deadline)]).catch(() => null);
	if (answer === 'timeout') slowUntil = Date.now() + SLOW_FOR_MS;
	return answer instanceof Response ? answer : cached;
}

/**
 * The network's answer read to its end (on a slow network the body, not the headers, is what
 * takes long), kept in the cache when it is the file itself.
 */
async function fromNetwork(request: Request, url: URL, cache: Cache): Promise<Response> {
	const response = await fetch(request);
	if (!response.ok || response.type !== 'basic' || response.redirected) return response;
	const whole = new Response(await response.blob(), response);
	await cache.put(url.origin + url.pathname, whole.clone());
	return whole;
}

const timeout = (ms: number) =>
	new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));
