import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './scripts/content-plugin.ts';
import { fontsPlugin } from './scripts/fonts.ts';
import { islandPlugin } from './scripts/island-plugin.ts';

export default defineConfig({
	// islandPlugin: the embed pages' one script, bundled apart from SvelteKit's client.
	plugins: [contentPlugin(), fontsPlugin(), islandPlugin(), sveltekit()],
	build: {
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	server: { host: '127.0.0.1' },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					// The image renderer reads the site's stylesheets as text (`?raw`), which Vitest
					// otherwise hands to tests empty.
					css: { include: [/\/src\/styles\/.+\.css/] },
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'bench/**/*.spec.ts']
				}
			}
		]
	}
});
