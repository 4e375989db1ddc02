// The static 404 page gets its HTML finished here, after SvelteKit has rendered it:
// adapter-static renders `404.html` from a request to `/[fallback]`; static hosts serve it for
// every unknown address. It gets the error page itself, with its CSS inlined and without
// JavaScript (see src/lib/server/notFound.ts). Other requests pass through untouched.
import ErrorPage from '$lib/components/ErrorPage.svelte';
import css from '$lib/components/error-page.css?inline';
import { staticErrorPage } from '$lib/server/notFound.ts';
import { preloadFor } from '$lib/server/fontPreloads.ts';
import type { Handle } from '@sveltejs/kit';
import { render } from 'svelte/server';

export const handle: Handle = async ({ event, resolve }) => {
	// Each page preloads the fonts its first view draws (src/lib/server/fontPreloads.ts).
	const preload = preloadFor(event.route.id);
	if (decodeURI(event.url.pathname) !== '/[fallback]') return resolve(event, { preload });
	const { head, body } = render(ErrorPage, { props: { status: 404 } });
	const page = { head: `${head}<style>${css}</style>`, body };
	return resolve(event, {
		preload,
		transformPageChunk: ({ html }) => staticErrorPage(html, page)
	});
};
