// html-validate's settings for the built pages (scripts/validate-html.js). A JavaScript file, not
// .htmlvalidate.json, so that every rule turned off can say why (JSON has no comments).
// Each rule off below is about how markup is written, not whether it is valid HTML.
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// src/app.html keeps SvelteKit's `<!doctype html>`; the casing is style, both are valid.
		'doctype-style': 'off',
		// Svelte's server renderer writes void elements self-closed (`<meta … />`), also valid HTML.
		'void-style': 'off',
		// Svelte writes attributes without a value as `download=""`, which HTML reads the same way.
		'attribute-empty-style': 'off',
		// Svelte writes boolean attributes as `disabled=""` / `selected=""`, which HTML reads the same way.
		'attribute-boolean-style': 'off',
		// SvelteKit's template substitution leaves indentation on blank lines of the output.
		'no-trailing-whitespace': 'off',
		// Titles carry the story's 83-character headline, an editorial choice; nothing breaks if shortened.
		'long-title': 'off',
		// Svelte `style:` directives write data-driven positions (chart marks, the slide progress bar) as style attributes, so CSS transitions animate them.
		'no-inline-style': 'off'
	}
};
