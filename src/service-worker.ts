/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline for classrooms with poor connectivity: the first visit caches the built site (pages,
// scripts, styles, fonts, data), so the story, the slides, the notes and the handout open offline.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `story-${version}`;
/**
 * What a classroom needs offline: the story, the slides, the notes, the handout, the lesson page,
 * their scripts, styles, fonts and data, and the chart pictures the slide overview and the notes
 * window show (PNG). Not the embed pages, oEmbed answers and SVG downloads, which serve other
 * sites and readers online: they were more than half of the site's bytes.
 */
const ONLINE_ONLY = /\/(embed|oembed)\/|\/og\/.*\.svg$/;
const ASSETS = [...build, ...files, ...prerendered].filter((path) => !ONLINE_ONLY.test(path));

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
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
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			try {
				// Network first, so a reader online always gets the latest; the cache is the fallback.
				const response = await fetch(request);
				if (response.ok) void cache.put(request, response.clone());
				return response;
			} catch (error) {
				const cached =
					(await cache.match(request, { ignoreSearch: true })) ??
					(url.pathname.endsWith('/') ? await cache.match(`${url.pathname}index.html`) : undefined);
				if (cached) return cached;
				throw error;
			}
		})()
	);
});
