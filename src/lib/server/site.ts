/**
 * The site's absolute root URL, for the few places that need one (social cards, oEmbed): set
 * SITE_URL at build time (e.g. SITE_URL=https://example.org BASE_PATH=/story npm run build).
 * Without it, root-relative URLs are used.
 */
export function siteRoot(): string {
	const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
	const site = (process.env.SITE_URL ?? '').replace(/\/+$/, '');
	return `${site}${base}/`;
}
