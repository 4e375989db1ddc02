/**
 * adapter-static writes `404.html` (its `fallback` option) from SvelteKit's single-page-app shell:
 * the root layout with an empty body and a script that boots the app, which then shows the error
 * page, but only with JavaScript, and only after logging the error. This turns that shell into a
 * plain page: the boot script and its preloads go, the error page's own markup (rendered on the
 * server, CSS included) comes in. Its asset URLs are absolute, so it works at any depth.
 */
export function staticErrorPage(shell: string, page: { head: string; body: string }): string {
	const boot = /<script>\s*\{\s*__sveltekit_\w+\s*=[\s\S]*?<\/script>/;
	if (!boot.test(shell) || !shell.includes('</head>')) {
		throw new Error('404.html: the SvelteKit shell has changed; cannot find its boot script');
	}
	return shell
		.replace(/[ \t]*<link\b[^>]*\brel="modulepreload"[^>]*>[ \t]*\n?/g, '')
		.replace(boot, () => page.body)
		.replace('</head>', () => `${page.head}\n\t</head>`);
}
