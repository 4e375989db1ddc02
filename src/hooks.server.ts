// The static 404 page. adapter-static renders `404.html` from a request to `/[fallback]`; static
// hosts serve it for every unknown address. It gets the error page itself, with its CSS inlined
// and without JavaScript (see src/lib/server/notFound.ts). Other requests pass through untouched.
import { base } from '$app/paths';
import ErrorPage from '$lib/components/ErrorPage.svelte';
import css from '$lib/components/error-page.css?inline';
import { staticErrorPage } from '$lib/server/notFound.ts';
import type { Handle } from '@sveltejs/kit';
import { render } from 'svelte/server';

export const handle: Handle = async ({ event, resolve }) => {
	if (decodeURI(event.url.pathname) !== '/[fallback]') return resolve(event);
	const { head, body } = render(ErrorPage, { props: { base, status: 404 } });
	const page = { head: `${head}<style>${css}</style>`, body };
	return resolve(event, { transformPageChunk: ({ html }) => staticErrorPage(html, page) });
};
