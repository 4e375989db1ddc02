/**
 * The stylesheet of a chart as a standalone file (social cards, downloads, PNGs): the very rules
 * the page styles the chart with (src/styles/charts.css and the chart components' own `<style>`),
 * with the light theme's colour tokens written in, since the files are read where no CSS variable
 * is set and resvg, which makes the PNGs, knows none. Pure: CSS text in, CSS text out.
 */

interface Rule {
	selectors: string[];
	declarations: [string, string][];
}

/** Top-level rules only: at-rules (themes, container queries, motion) are for pages, not files. */
function topLevelRules(css: string): Rule[] {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: Rule[] = [];
	let i = 0;
	while (i < text.length) {
		const open = text.indexOf('{', i);
		if (open < 0) break;
		const head = text.slice(i, open).trim();
		let depth = 1;
		let j = open + 1;
		while (j < text.length && depth > 0)
			depth += text[j++] === '{' ? 1 : text[j - 1] === '}' ? -1 : 0;
		if (!head.startsWith('@')) {
			rules.push({
				selectors: head.split(',').map((s) => s.trim().replace(/:global\(([^)]*)\)/g, '$1')),
				declarations: text
					.slice(open + 1, j - 1)
					.split(';')
					.map((d) => d.split(/:(.*)/s).map((p) => p.trim()))
					.filter((d): d is [string, string] => !!d[0] && !!d[1])
			});
		}
		i = j;
	}
	return rules;
}

/** The classes a selector needs; null for one a file cannot match (pseudo-classes, attributes, ids).
 * A selector of elements alone (`body`, `a`) is the page's, never a chart's. */
function selectorClasses(selector: string): string[] | null {
	if (/[:[#]/.test(selector)) return null;
	return [...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
}

const VAR = /var\((--[\w-]+)\)/g;

/**
 * The rules of `sources` that can apply to markup using `used` classes, with every `var(--x)`
 * written in from `tokens`. A variable a rule sets for its descendants (the timeline's `--actor`
 * per actor class) is written into each rule that reads it, as a descendant selector; a
 * declaration whose variables resolve to nothing (timings, fonts) is left out.
 */
export function staticStylesheet(
	sources: string[],
	tokens: Record<string, string>,
	used: Set<string>
): string {
	const rules = sources.flatMap(topLevelRules).flatMap((r) => {
		const selectors = r.selectors.filter((s) => {
			const classes = selectorClasses(s);
			return !!classes?.length && classes.every((c) => used.has(c));
		});
		return selectors.length ? [{ ...r, selectors }] : [];
	});
	const local = new Map<string, { selector: string; value: string }[]>();
	for (const r of rules)
		for (const [prop, value] of r.declarations.filter(([p]) => p.startsWith('--')))
			for (const selector of r.selectors)
				local.set(prop, [...(local.get(prop) ?? []), { selector, value }]);
	const resolve = (value: string): string | null => {
		const out = value.replace(VAR, (m, name: string) => tokens[name] ?? m);
		return out.includes('var(') ? null : out;
	};
	const out: string[] = [];
	for (const r of rules) {
		const plain = r.declarations.filter(([p]) => !p.startsWith('--'));
		const fixed = plain.flatMap(([p, v]) => {
			const value = resolve(v);
			return value === null ? [] : [`${p}:${value}`];
		});
		if (fixed.length) out.push(`${r.selectors.join(',')}{${fixed.join(';')}}`);
		for (const [p, v] of plain) {
			const name = [...v.matchAll(VAR)].map((m) => m[1]!).find((n) => local.has(n));
			if (!name || resolve(v) !== null) continue;
			for (const def of local.get(name)!) {
				const value = resolve(v.replaceAll(`var(${name})`, def.value));
				if (value === null) continue;
				const selectors = r.selectors.map((s) => `${def.selector} ${s}`);
				out.push(`${selectors.join(',')}{${p}:${value}}`);
			}
		}
	}
	return out.join('\n');
}
