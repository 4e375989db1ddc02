/** Colour tokens as app.css defines them, for code that needs literal colours (images, contrast tests). */

/** The `--name: #hex` declarations of every rule whose selector is exactly `selector`. */
export function cssTokens(css: string, selector: string): Record<string, string> {
	const tokens: Record<string, string> = {};
	for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
		// the selector is what follows the last declaration or comment before the brace
		if (
			m[1]!
				.split(/;|\*\//)
				.pop()!
				.trim() !== selector
		)
			continue;
		for (const d of m[2]!.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,8})/g)) tokens[d[1]!] = d[2]!;
	}
	return tokens;
}
