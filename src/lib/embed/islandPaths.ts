/**
 * `$app/paths` for the embed island (scripts/island-plugin.ts), which runs without SvelteKit's
 * client: `resolve` as SvelteKit's server writes it with `paths.relative`, a path relative to the
 * page (`../../data/revenue.csv` on `/embed/revenue/`), so hydration finds every link as the
 * server wrote it. The base path comes from this script's own address, which is always
 * `<base>/_app/immutable/assets/<file>.js`.
 */
const base = new URL(/* @vite-ignore */ '../../../', import.meta.url).pathname.replace(/\/$/, '');

/** A path inside the site (`/data/revenue.csv`), relative to the page the embed is on. */
export function resolve(path: `/${string}`): string {
	return relativeTo(location.pathname, base) + path;
}

/** The way from a page up to the site's root: `.` for a page at the root, `..` for each level. */
export function relativeTo(pathname: string, basePath: string): string {
	const segments = pathname.slice(basePath.length).split('/').slice(2);
	return segments.map(() => '..').join('/') || '.';
}
