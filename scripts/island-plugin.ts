/**
 * The embed pages' one script, built as a bundle of its own. An embed page is prerendered without
 * SvelteKit's client (`csr = false`): no router, no page data, no app. What runs there is
 * `src/lib/embed/island.ts`, which hydrates only the chart's view. SvelteKit has no setting for
 * an extra client entry, so this plugin bundles it the way the ecosystem's island experiments do
 * (a second Vite build of the entry; sveltekit-server-islands, sveltekit-is-land), but emits it
 * into the build's own assets with a content hash instead of writing into `static/`:
 *
 *   import file from 'virtual:embed-island';   // '_app/immutable/assets/embed-island.<hash>.js'
 *
 * Only server code imports it (the embed routes' `load`); SvelteKit copies the server build's
 * assets into the client's. `$app/paths` becomes src/lib/embed/islandPaths.ts in the bundle, the
 * same relative URLs without the router that SvelteKit's own version pulls in. Under `vite dev`
 * there is no island (the module is ''): SvelteKit's client hydrates the embed pages there, as
 * dev-mode server markup carries anchors the island's production build does not expect.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type Rolldown } from 'vite';

const ID = 'virtual:embed-island';
const RESOLVED = `\0${ID}`;
const ENTRY = fileURLToPath(new URL('../src/lib/embed/island.ts', import.meta.url));
const PATHS = fileURLToPath(new URL('../src/lib/embed/islandPaths.ts', import.meta.url));
const PLACEHOLDER = '__EMBED_ISLAND_FILE__';

/** The island as one ES module: Svelte's client runtime, the view, and nothing of SvelteKit. */
async function bundleIsland(root: string): Promise<string> {
	const result = await build({
		configFile: false,
		root,
		logLevel: 'warn',
		mode: 'production',
		plugins: [
			{
				name: 'embed-island-paths',
				enforce: 'pre',
				resolveId: (source) => (source === '$app/paths' ? PATHS : null)
			},
			svelte()
		],
		build: {
			write: false,
			// The page already has every component's styles, inlined by SvelteKit.
			cssCodeSplit: false,
			modulePreload: false,
			rolldownOptions: {
				input: ENTRY,
				output: { format: 'es', codeSplitting: false },
				checks: { bundlerTimings: false }
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
	if (!chunk) throw new Error('embed island: the build produced no script');
	return chunk.code;
}

export function islandPlugin(): Plugin {
	let serve = false;
	let root = process.cwd();
	let ref: string | undefined;
	return {
		name: 'embed-island',
		configResolved(config) {
			serve = config.command === 'serve';
			root = config.root;
		},
		resolveId: (source) => (source === ID ? RESOLVED : null),
		async load(id) {
			if (id !== RESOLVED) return null;
			if (serve) return `export default '';`;
			ref = this.emitFile({
				type: 'asset',
				name: 'embed-island.js',
				source: await bundleIsland(root)
			});
			return `export default ${JSON.stringify(PLACEHOLDER)};`;
		},
		renderChunk(code) {
			if (!ref || !code.includes(PLACEHOLDER)) return null;
			return { code: code.replaceAll(PLACEHOLDER, this.getFileName(ref)), map: null };
		}
	};
}
