import { describe, expect, it } from 'vitest';
import { staticErrorPage } from './notFound.ts';

const shell = `<!doctype html>
<html lang="en">
	<head>
		<script>/* theme */</script>
		<link href="/_app/immutable/entry/start.X.js" rel="modulepreload">
		<link href="/_app/immutable/nodes/0.X.js" rel="modulepreload">
		<link href="/_app/immutable/assets/0.X.css" rel="stylesheet">
	</head>
	<body>
		<div style="display: contents">
			<script>
				{
					__sveltekit_abc = { base: "" };
					Promise.all([import("/_app/immutable/entry/start.X.js")]);
				}
			</script>
		</div>
	</body>
</html>`;

describe('staticErrorPage', () => {
	const page = {
		head: '<title>Page not found</title>',
		body: '<main><h1>Page not found</h1></main>'
	};
	const html = staticErrorPage(shell, page);

	it('drops the app boot script and its preloads, keeps other scripts and the CSS', () => {
		expect(html).not.toMatch(/__sveltekit_|modulepreload|_app\/immutable\/entry/);
		expect(html).toContain('<script>/* theme */</script>');
		expect(html).toContain('rel="stylesheet"');
	});

	it('puts the page in: head into <head>, body where the app would mount', () => {
		expect(html).toMatch(/<title>Page not found<\/title>\s*<\/head>/);
		expect(html).toMatch(/<div style="display: contents">\s*<main><h1>Page not found/);
	});

	it('fails loudly if the shell no longer looks like SvelteKit’s', () => {
		expect(() => staticErrorPage('<html><head></head><body></body></html>', page)).toThrow(
			/cannot find its boot script/
		);
	});

	it('inserts "$&" and other replacement patterns literally', () => {
		expect(staticErrorPage(shell, { head: '', body: '$& $1' })).toContain('$& $1');
	});
});
