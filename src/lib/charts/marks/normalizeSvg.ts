/** Server-rendered chart markup → a stable, standalone SVG for file snapshots. */
export function normalizeSvg(html: string): string {
	const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0];
	if (!svg) throw new Error('no <svg> in the rendered markup');
	return (
		svg
			// Svelte's hydration markers and scoped-style hashes are not the chart.
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/\s?svelte-[a-z0-9]+/g, '')
			.replace(/\s+class=""/g, '')
			// Numbers in attributes to 1 decimal place, so float noise never fails a snapshot; the
			// text readers see is left as it is (0.008% must not read "0%" in a snapshot).
			.replace(/<[^>]*>/g, (tag) =>
				tag.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
			)
			.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"')
			// One element per line, for readable diffs.
			.replace(/></g, '>\n<') + '\n'
	);
}
