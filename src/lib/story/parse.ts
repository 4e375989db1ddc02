/**
 * Parse `content/story.md` (Markdown with `<!-- step ... -->` YAML blocks) into a validated Story.
 * The first problem throws a DataError naming story.md, the line and the field.
 */
import { CHARTS, isChartId, isChartState } from '../charts/registry.ts';
import { DataError } from '../data/errors.ts';
import type { Dataset, Source } from '../data/schema.ts';
import {
	fieldIndex,
	frontMatterBlock,
	lineCounter,
	markerBlocks,
	readYaml,
	renderChecked,
	validated,
	type Block
} from './contentFile.ts';
import { escapeHtml, normalizeSource, smartQuotes, type Term } from './markdown.ts';
import { frontSchema, STORY_FILE as FILE, STORY_MARKER, stepSchema } from './storySchema.ts';
import type { Step, Story } from './types.ts';

export { normalizeSource };

const SECTIONS = ['intro', 'methods', 'corrections'] as const;
/** Step ids that would clash with pages under /present/. */
const RESERVED = ['notes', 'print', 'overview'];

/** What every block of the file is read against. */
interface Context {
	sources: Map<string, Source>;
	terms: Map<string, Term>;
	/** Terms defined so far, in reading order. */
	defined: Set<string>;
	glossaryIds: Set<string>;
	rowIds: Set<string>;
	lineAt: (offset: number) => number;
}

/**
 * `glossary`: the terms the copy may mark with `[words](term:id)`; a term's first mark (in reading
 * order) is its definition, shown with its short definition under that step's text.
 */
export function parseStory(file: string, data: Dataset, glossary: readonly Term[] = []): Story {
	const source = normalizeSource(file);
	const ctx: Context = {
		sources: new Map(data.sources.map((s) => [s.id, s])),
		terms: new Map(glossary.map((t) => [t.id, t])),
		defined: new Set(),
		glossaryIds: new Set(glossary.map((t) => t.id)),
		rowIds: new Set([...data.timeline.map((e) => e.id), ...data.revenue.map((r) => r.id)]),
		lineAt: lineCounter(source)
	};
	const { front, bodyStart } = frontMatter(source);
	const sections: Record<string, string> = {};
	const steps: Step[] = [];
	const blocks = markerBlocks(source, STORY_MARKER, bodyStart);
	if (blocks.length === 0) throw new DataError(FILE, 1, 'file', 'has no <!-- step --> blocks');

	for (const block of blocks) {
		if (block.match[2] === undefined) steps.push(parseStep(block, steps, ctx));
		else readSection(block, sections, ctx);
	}
	for (const name of ['methods', 'corrections'] as const) {
		if (!sections[name])
			throw new DataError(FILE, source.split('\n').length, 'section', `"${name}" is missing`);
	}
	return {
		...front,
		intro: sections.intro ?? '',
		steps,
		methods: sections.methods!,
		corrections: sections.corrections!
	};
}

/** Markdown of a field, its unknown ids reported, followed by the terms it defines. */
function markdown(ctx: Context, field: string, value: string, line: number, inline = false) {
	// Only the reading text (intro, steps, methods) defines terms; slides and notes mention them.
	const { out } = renderChecked(
		{
			file: FILE,
			field,
			value,
			line,
			unknownTerm: (id) =>
				`unknown glossary term "${id}" (terms are defined in content/glossary.yml)`
		},
		ctx.sources,
		{
			inline,
			glossary: ctx.terms,
			defined: field === 'text' ? ctx.defined : new Set(ctx.glossaryIds)
		}
	);
	return out.html + definitions(out.terms.map((id) => ctx.terms.get(id)!));
}

function readSection(block: Block, sections: Record<string, string>, ctx: Context): void {
	const name = block.match[2]!;
	const line = ctx.lineAt(block.start);
	if (!(SECTIONS as readonly string[]).includes(name)) {
		throw new DataError(FILE, line, 'section', `"${name}" is not one of ${SECTIONS.join(', ')}`);
	}
	if (sections[name] !== undefined)
		throw new DataError(FILE, line, 'section', `"${name}" appears twice`);
	sections[name] = markdown(ctx, 'text', block.body, ctx.lineAt(block.bodyStart));
}

function parseStep(block: Block, earlier: Step[], ctx: Context): Step {
	const line = ctx.lineAt(block.start);
	const yamlText = block.match[1] ?? '';
	const fieldLine = (field: string) => {
		const idx = fieldIndex(yamlText, field);
		return idx < 0 ? line : line + idx;
	};
	const raw = readYaml(FILE, yamlText, 'yaml', (l) => (l === undefined ? line : line + l - 1));
	const s = validated(FILE, stepSchema, raw, { fallback: 'step', lineOf: fieldLine });
	const chart = checkStepFields(s, earlier, ctx, fieldLine);

	const html = markdown(ctx, 'text', block.body, ctx.lineAt(block.bodyStart));
	if (!html) throw new DataError(FILE, line, 'text', 'is missing: a step needs its text');
	const firstParagraph = /<p>[\s\S]*?<\/p>/.exec(html)?.[0] ?? html;
	return {
		id: s.id,
		index: earlier.length,
		chart,
		state: s.state,
		highlight: s.highlight ?? [],
		heading: smartQuotes(s.heading),
		html,
		slide: s.slide
			? markdown(ctx, 'slide', s.slide, fieldLine('slide'), true)
			: firstParagraph.replace(/^<p>|<\/p>$/g, ''),
		alt: smartQuotes(s.alt),
		notes: markdown(ctx, 'notes', s.notes, fieldLine('notes'), true),
		question: s.question ? smartQuotes(s.question) : null,
		sources: s.sources
	};
}

/** The step's ids against the earlier steps, the charts and the data; returns its chart. */
function checkStepFields(
	s: { id: string; chart: string; state: string; sources: string[]; highlight?: string[] },
	earlier: Step[],
	ctx: Context,
	fieldLine: (field: string) => number
) {
	const fail = (field: string, message: string) => {
		throw new DataError(FILE, fieldLine(field), field, message);
	};
	if (RESERVED.includes(s.id)) fail('id', `"${s.id}" is reserved for a page of the slides`);
	if (earlier.some((p) => p.id === s.id)) fail('id', `"${s.id}" is used by an earlier step`);
	const chart = s.chart;
	if (!isChartId(chart)) {
		return fail('chart', `"${chart}" is not one of ${Object.keys(CHARTS).join(', ')}`);
	}
	if (!isChartState(chart, s.state)) {
		const states = CHARTS[chart].states.join(', ');
		fail('state', `"${s.state}" is not a state of chart "${chart}" (${states})`);
	}
	for (const id of s.sources) {
		if (!ctx.sources.has(id)) fail('sources', `unknown source id "${id}"`);
	}
	for (const id of s.highlight ?? []) {
		if (!ctx.rowIds.has(id)) fail('highlight', `unknown data row id "${id}"`);
	}
	return chart;
}

/** The short definitions of the terms a text defines, shown right under it (and printed with it). */
function definitions(defined: Term[]): string {
	if (defined.length === 0) return '';
	const items = defined
		.map(
			(t) =>
				`<dt>${escapeHtml(smartQuotes(t.term))}</dt><dd>${escapeHtml(smartQuotes(t.short))}</dd>`
		)
		.join('');
	return `<dl class="terms">${items}</dl>`;
}

function frontMatter(source: string) {
	const block = frontMatterBlock(source);
	if (!block)
		throw new DataError(
			FILE,
			1,
			'front matter',
			'is missing: start the file with --- headline: ... ---'
		);
	const raw = readYaml(FILE, block.yaml, 'front matter', () => 1);
	const { report_errors, ...d } = validated(FILE, frontSchema, raw, {
		fallback: 'front matter',
		lineOf: (field) => {
			const idx = fieldIndex(block.yaml, field);
			return idx < 0 ? 1 : idx + 2;
		}
	});
	const front = {
		...d,
		reportErrors: report_errors,
		headline: smartQuotes(d.headline),
		standfirst: smartQuotes(d.standfirst),
		description: smartQuotes(d.description)
	};
	return { front, bodyStart: block.bodyStart };
}
