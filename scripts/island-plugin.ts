/**
 * The islands: pages prerendered without SvelteKit's client (`csr = false`), no router, no page
 * data, no app, whose one script hydrates only the parts a reader uses. The embed pages run
 * `src/lib/embed/island.ts` (the chart's view); the story runs `src/routes/(story)/island.ts`
 * (the site header and the scrolling story). SvelteKit has no setting for an extra client entry,
 * so this plugin bundles each the way the ecosystem's island experiments do (a second Vite build
 * of the entry; sveltekit-server-islands, sveltekit-is-land), but emits it into the build's own
 * assets with a content hash instead of writing into `static/`:
 *
 *   import file from 'virtual:embed-island';   // '_app/immutable/assets/embed-island.<hash>.js'
 *
 * Only server code imports it (the routes' `load`); SvelteKit copies the server build's assets
 * into the client's. An island may load code later (`import()`): its chunks, and their styles,
 * are emitted beside it, where its relative imports find them; the entry's own styles are dropped,
 * as SvelteKit already inlines them into the page. `$app/paths` becomes
 * src/lib/embed/islandPaths.ts in the bundle, the same relative URLs without the router that
 * SvelteKit's own version pulls in. Under `vite dev` there is no island (the module is ''):
 * SvelteKit's client hydrates those pages there, as dev-mode server markup carries anchors the
 * island's production build does not expect.
 */
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type Rolldown } from 'vite';

/**
 * Each island: its virtual module, its entry, the name its files start with, and whether the
 * offline cache keeps it.
 */
const ISLANDS = [
	// An embed lives in other sites' pages, online: the offline cache leaves it out.
	{ name: 'embed-island', entry: '../src/lib/embed/island.ts', offline: false },
	// The story works offline once visited: the cache keeps its island with the page.
	{ name: 'story-island', entry: '../src/routes/(story)/island.ts', offline: true }
].map(({ name, entry, offline }) => ({
	name,
	offline,
	id: `virtual:${name}`,
	entry: fileURLToPath(new URL(entry, import.meta.url)),
	placeholder: `__${name.toUpperCase().replace('-', '_')}_FILE__`
}));
type Island = (typeof ISLANDS)[number];

const PATHS = fileURLToPath(new URL('../src/lib/embed/islandPaths.ts', import.meta.url));
const LIB = fileURLToPath(new URL('../src/lib', import.meta.url));

/** The island's files: its entry first, then the chunks and styles it loads later. */
async function bundleIsland(
	root: string,
	island: Island
): Promise<{ entry: string; files: { fileName: string; source: string | Uint8Array }[] }> {
	const result = await build({
		configFile: false,
		root,
		// Relative, so a chunk finds the styles it loads beside it, at any base path.
		base: './',
		logLevel: 'warn',
		mode: 'production',
		resolve: { alias: { $lib: LIB } },
		plugins: [
			{
				name: 'island-paths',
				enforce: 'pre',
				resolveId: (source) => (source === '$app/paths' ? PATHS : null)
			},
			svelte()
		],
		build: {
			write: false,
			// ISLAND_NOMINIFY=1: readable function names in a CPU profile (bench/README.md).
			minify: process.env.ISLAND_NOMINIFY ? false : undefined,
			modulePreload: false,
			assetsDir: '',
			rolldownOptions: {
				input: island.entry,
				output: {
					format: 'es',
					entryFileNames: `${island.name}.[hash].js`,
					chunkFileNames: `${island.name}-[name].[hash].js`,
					assetFileNames: `${island.name}-[name].[hash][extname]`
				},
				checks: { bundlerTimings: false }
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	const all = outputs.flatMap((o) => o.output);
	const entry = all.find((o) => o.type === 'chunk' && o.isEntry);
	if (!entry || entry.type !== 'chunk')
		throw new Error(`${island.name}: the build produced no script`);
	// The page already has the entry's styles, inlined by SvelteKit.
	const inlined = new Set(entry.viteMetadata?.importedCss ?? []);
	const files = all
		.filter((o) => !inlined.has(o.fileName))
		.map((o) => ({
			fileName: o.fileName,
			source: o.type === 'chunk' ? o.code : o.source
		}));
	return { entry: entry.fileName, files };
}

export function islandPlugin(): Plugin {
	let serve = false;
	let root = process.cwd();
	let assetsDir = '';
	const emitted = new Map<string, string>();
	return {
		name: 'islands',
		configResolved(config) {
			serve = config.command === 'serve';
			root = config.root;
			// Beside the build's other assets: SvelteKit names them `_app/immutable/assets/[name]…`.
			const output = config.build.rolldownOptions.output;
			const names = Array.isArray(output) ? output[0]?.assetFileNames : output?.assetFileNames;
			assetsDir = typeof names === 'string' ? posix.dirname(names) : config.build.assetsDir;
		},
		resolveId: (source) => (ISLANDS.some((i) => i.id === source) ? `\0${source}` : null),
		async load(id) {
			const island = ISLANDS.find((i) => `\0${i.id}` === id);
			if (!island) return null;
			if (serve) return `export default '';`;
			const { entry, files } = await bundleIsland(root, island);
			for (const { fileName, source } of files) {
				this.emitFile({ type: 'asset', fileName: posix.join(assetsDir, fileName), source });
			}
			emitted.set(island.placeholder, posix.join(assetsDir, entry));
			return `export default ${JSON.stringify(island.placeholder)};`;
		},
		async generateBundle() {
			// The offline cache (src/service-worker.ts) takes the client build's files from its
			// manifest, which lists an emitted file only when it has a name of its own.
			if (serve || this.environment.config.build.ssr) return;
			for (const island of ISLANDS.filter((i) => i.offline)) {
				const { files } = await bundleIsland(root, island);
				for (const { fileName, source } of files) {
					this.emitFile({
						type: 'asset',
						name: fileName,
						originalFileName: `${island.id}/${fileName}`,
						fileName: posix.join(assetsDir, fileName),
						source
					});
				}
			}
		},
		renderChunk(code) {
			let out = code;
			for (const [placeholder, file] of emitted) out = out.replaceAll(placeholder, file);
			return out === code ? null : { code: out, map: null };
		}
	};
}
