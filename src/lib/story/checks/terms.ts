/** Rule d: glossary terms are linked at their first use, and every `term:` id is known. */
import { phrasePattern, type GlossaryEntry } from '../glossary.ts';
import { maskMarkup } from './figures.ts';
import type { Region, Report, StoryRegions } from './regions.ts';

const TERM_LINK = /\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*term:([^)\s]*)\s*\)/g;

export function checkTerms(
	source: string,
	file: StoryRegions,
	texts: Region[],
	glossary: GlossaryEntry[],
	report: Report
): void {
	const known = new Set(glossary.map((e) => e.id));
	// An unknown id is wrong wherever it is: text, notes, slides, methods.
	for (const m of source.slice(file.bodyStart).matchAll(TERM_LINK)) {
		const id = m[2]!;
		if (known.has(id)) continue;
		const offset = file.bodyStart + m.index;
		report(offset, fieldAt(source, file, offset), `unknown glossary term "${id}"`);
	}

	const patterns = glossary.map((entry) => ({ entry, res: entry.match.map(phrasePattern) }));
	const defined = new Set<string>();
	const reported = new Set<string>();
	for (const region of texts) {
		const links = [...region.text.matchAll(TERM_LINK)].map((m) => ({
			start: m.index,
			end: m.index + m[0].length,
			id: m[2]!
		}));
		const masked = maskMarkup(region.text);
		const events: { at: number; def?: string; use?: { entry: GlossaryEntry; text: string } }[] =
			links.map((l) => ({ at: l.start, def: l.id }));
		for (const { entry, res } of patterns) {
			for (const re of res) {
				for (const m of masked.matchAll(re)) {
					const own = links.some((l) => l.id === entry.id && m.index >= l.start && m.index < l.end);
					if (!own) events.push({ at: m.index, use: { entry, text: m[0].replace(/\s+/g, ' ') } });
				}
			}
		}
		// At one offset the link comes first: `[NDAA](term:ndaa)` defines before its words are read.
		events.sort((a, b) => a.at - b.at || (a.def ? -1 : 0) - (b.def ? -1 : 0));
		for (const e of events) {
			if (e.def) defined.add(e.def);
			else if (e.use && !defined.has(e.use.entry.id) && !reported.has(e.use.entry.id)) {
				reported.add(e.use.entry.id);
				const { entry, text } = e.use;
				report(
					region.start + e.at,
					'text',
					`"${text}" is used before its definition: make its first use a glossary link, [${text}](term:${entry.id})`
				);
			}
		}
	}
}

/** The field an offset is in: a step's YAML key, or the text. */
function fieldAt(source: string, file: StoryRegions, offset: number): string {
	const block = file.steps.find(
		(s) => offset >= s.yaml.start && offset < s.yaml.start + s.yaml.text.length
	);
	if (!block) return 'text';
	const before = source.slice(block.yaml.start, offset).split('\n');
	for (let k = before.length - 1; k >= 0; k--) {
		const key = /^([a-z]+)\s*:/.exec(before[k]!);
		if (key) return key[1]!;
	}
	return 'step';
}
