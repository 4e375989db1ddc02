/**
 * Parse `content/story.md` (Markdown with `<!-- step ... -->` YAML blocks) into a validated Story.
 * The first problem throws a DataError naming story.md, the line and the field.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { CHARTS, isChartId, isChartState } from '../charts/registry.ts';
import { DataError } from '../data/errors.ts';
import type { Dataset, Source } from '../data/schema.ts';
import { escapeHtml, normalizeSource, renderMarkdown, smartQuotes, type Term } from './markdown.ts';

export { normalizeSource };
import type { Step, Story } from './types.ts';

const FILE = 'story.md';
const MARKER = /<!--\s*(?:step\b([\s\S]*?)|section:\s*([a-z-]*)\s*)-->/g;
const SECTIONS = ['intro', 'methods', 'corrections'] as const;
/** Step ids that would clash with pages under /present/. */
const RESERVED = ['notes', 'print', 'overview'];

const text = z.string({ error: 'is missing' }).trim().min(1, { error: 'is missing' });
const stepSchema = z.object({
	id: z.string({ error: 'is missing' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: (i) => `"${i.input}" must be lowercase a-z, 0-9 and hyphens`
	}),
	chart: z.string({ error: 'is missing' }),
	state: z.union([z.string(), z.number()], { error: 'is missing' }).transform(String),
	heading: text,
	alt: text,
	notes: text,
	slide: z.string().trim().optional(),
	question: z.string().trim().optional(),
	sources: z
		.array(z.string(), { error: 'must be a list of source ids, e.g. [a, b]' })
		.min(1, { error: 'is missing' }),
	highlight: z.array(z.string(), { error: 'must be a list of ids, e.g. [a, b]' }).optional()
});
const isoDay = z
	.union([z.string(), z.date()], { error: 'is missing' })
	.transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
	.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date, YYYY-MM-DD' }));
const frontSchema = z.object({
	headline: text,
	standfirst: text,
	description: text.max(200, { error: 'is longer than 200 characters' }),
	kicker: text,
	published: isoDay,
	updated: isoDay.optional(),
	// Where readers report an error: the repository's issues page or a mailto: address.
	report_errors: z
		.string()
		.trim()
		.regex(/^(https:\/\/|mailto:)\S+$/, { error: 'must be an https:// or mailto: address' })
		.optional()
});

/**
 * `glossary`: the terms the copy may mark with `[words](term:id)`; a term's first mark (in reading
 * order) is its definition, shown with its short definition under that step's text.
 */
export function parseStory(file: string, data: Dataset, glossary: readonly Term[] = []): Story {
	const source = normalizeSource(file);
	const sources = new Map<string, Source>(data.sources.map((s) => [s.id, s]));
	const terms = new Map(glossary.map((t) => [t.id, t]));
	const defined = new Set<string>();
	const rowIds = new Set([...data.timeline.map((e) => e.id), ...data.revenue.map((r) => r.id)]);
	const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;

	const { front, bodyStart } = frontMatter(source);
	const sections: Record<string, string> = {};
	const steps: Step[] = [];
	const blocks = [...source.matchAll(MARKER)].filter((m) => m.index >= bodyStart);
	if (blocks.length === 0) throw new DataError(FILE, 1, 'file', 'has no <!-- step --> blocks');

	blocks.forEach((m, i) => {
		const line = lineAt(m.index);
		const end = blocks[i + 1]?.index ?? source.length;
		const body = source.slice(m.index + m[0].length, end);
		const bodyLine = lineAt(m.index + m[0].length);
		const md = (field: string, value: string, at: number, inline = false) => {
			// Only the reading text (intro, steps, methods) defines terms; slides and notes mention them.
			const out = renderMarkdown(value, sources, {
				inline,
				glossary: terms,
				defined: field === 'text' ? defined : new Set(glossary.map((t) => t.id))
			});
			const where = (needle: string) => {
				const offset = value.indexOf(needle);
				return offset < 0 ? at : at + value.slice(0, offset).split('\n').length - 1;
			};
			if (out.unknown.length) {
				const id = out.unknown[0]!;
				throw new DataError(FILE, where(`src:${id}`), field, `unknown source id "${id}"`);
			}
			if (out.unknownTerms.length) {
				const id = out.unknownTerms[0]!;
				throw new DataError(
					FILE,
					where(`term:${id}`),
					field,
					`unknown glossary term "${id}" (terms are defined in content/glossary.yml)`
				);
			}
			return out.html + definitions(out.terms.map((id) => terms.get(id)!));
		};

		if (m[2] !== undefined) {
			const name = m[2];
			if (!(SECTIONS as readonly string[]).includes(name)) {
				throw new DataError(
					FILE,
					line,
					'section',
					`"${name}" is not one of ${SECTIONS.join(', ')}`
				);
			}
			if (sections[name] !== undefined)
				throw new DataError(FILE, line, 'section', `"${name}" appears twice`);
			sections[name] = md('text', body, bodyLine);
			return;
		}

		const yamlText = m[1] ?? '';
		const fieldLine = (field: string) => {
			const idx = yamlText.split('\n').findIndex((l) => l.startsWith(`${field}:`));
			return idx < 0 ? line : line + idx;
		};
		let raw: unknown;
		try {
			raw = parseYaml(yamlText);
		} catch (e) {
			const l = e instanceof YAMLParseError && e.linePos ? line + e.linePos[0].line - 1 : line;
			throw new DataError(
				FILE,
				l,
				'yaml',
				(e as Error).message.split('\n')[0] ?? 'is not valid YAML'
			);
		}
		const parsed = stepSchema.safeParse(raw ?? {});
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			const field = String(issue.path[0] ?? 'step');
			throw new DataError(FILE, fieldLine(field), field, issue.message);
		}
		const s = parsed.data;
		if (RESERVED.includes(s.id)) {
			throw new DataError(
				FILE,
				fieldLine('id'),
				'id',
				`"${s.id}" is reserved for a page of the slides`
			);
		}
		if (steps.some((p) => p.id === s.id)) {
			throw new DataError(FILE, fieldLine('id'), 'id', `"${s.id}" is used by an earlier step`);
		}
		if (!isChartId(s.chart)) {
			throw new DataError(
				FILE,
				fieldLine('chart'),
				'chart',
				`"${s.chart}" is not one of ${Object.keys(CHARTS).join(', ')}`
			);
		}
		if (!isChartState(s.chart, s.state)) {
			const states = CHARTS[s.chart].states.join(', ');
			throw new DataError(
				FILE,
				fieldLine('state'),
				'state',
				`"${s.state}" is not a state of chart "${s.chart}" (${states})`
			);
		}
		for (const id of s.sources) {
			if (!sources.has(id))
				throw new DataError(FILE, fieldLine('sources'), 'sources', `unknown source id "${id}"`);
		}
		for (const id of s.highlight ?? []) {
			if (!rowIds.has(id))
				throw new DataError(
					FILE,
					fieldLine('highlight'),
					'highlight',
					`unknown data row id "${id}"`
				);
		}
		const html = md('text', body, bodyLine);
		if (!html) throw new DataError(FILE, line, 'text', 'is missing: a step needs its text');
		const firstParagraph = /<p>[\s\S]*?<\/p>/.exec(html)?.[0] ?? html;
		steps.push({
			id: s.id,
			index: steps.length,
			chart: s.chart,
			state: s.state,
			highlight: s.highlight ?? [],
			heading: smartQuotes(s.heading),
			html,
			slide: s.slide
				? md('slide', s.slide, fieldLine('slide'), true)
				: firstParagraph.replace(/^<p>|<\/p>$/g, ''),
			alt: smartQuotes(s.alt),
			notes: md('notes', s.notes, fieldLine('notes'), true),
			question: s.question ? smartQuotes(s.question) : null,
			sources: s.sources
		});
	});

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
	const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
	if (!m)
		throw new DataError(
			FILE,
			1,
			'front matter',
			'is missing: start the file with --- headline: ... ---'
		);
	let raw: unknown;
	try {
		raw = parseYaml(m[1]!);
	} catch (e) {
		throw new DataError(
			FILE,
			1,
			'front matter',
			(e as Error).message.split('\n')[0] ?? 'is not valid YAML'
		);
	}
	const parsed = frontSchema.safeParse(raw ?? {});
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const field = String(issue.path[0] ?? 'front matter');
		const idx = m[1]!.split('\n').findIndex((l) => l.startsWith(`${field}:`));
		throw new DataError(FILE, idx < 0 ? 1 : idx + 2, field, issue.message);
	}
	const { report_errors, ...d } = parsed.data;
	const front = {
		...d,
		reportErrors: report_errors,
		headline: smartQuotes(d.headline),
		standfirst: smartQuotes(d.standfirst),
		description: smartQuotes(d.description)
	};
	return { front, bodyStart: m[0].length };
}
