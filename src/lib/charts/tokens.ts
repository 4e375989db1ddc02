/** Colour tokens as src/styles/tokens.css defines them, for code that needs literal colours
 * (images, contrast tests). */

const HEX = '#[0-9a-fA-F]{3,8}';
const TOKEN = new RegExp(
	`(--[\\w-]+)\\s*:\\s*(?:(${HEX})|light-dark\\(\\s*(${HEX})\\s*,\\s*(${HEX})\\s*\\))`,
	'g'
);

/**
 * The `--name: #hex` declarations of every rule whose selector is exactly `selector`; a token
 * written `light-dark(#light, #dark)` gives the value of `scheme`.
 */
export function cssTokens(
	css: string,
	selector: string,
	scheme: 'light' | 'dark' = 'light'
): Record<string, string> {
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
		for (const d of m[2]!.matchAll(TOKEN))
			tokens[d[1]!] = d[2] ?? (scheme === 'light' ? d[3]! : d[4]!);
	}
	return tokens;
}
