/**
 * The plumbing the Markdown content files share (story.md, lesson.md, and the checks of
 * story.md): front matter, line numbers, comment markers, YAML and schema errors, and rendered
 * Markdown whose unknown ids name their line. One home, so the files are read, and their problems
 * reported, the same way.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { DataError } from '../data/errors.ts';
import type { Source } from '../data/schema.ts';
import { renderMarkdown, type Rendered, type Term } from './markdown.ts';

/** `---` YAML `---` at the top of the file. */
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** The 1-based line of an offset in a text (the text's line breaks counted once, up front). */
export function lineCounter(text: string): (offset: number) => number {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
}

/** The front matter's YAML and where the body starts; null when the file has none. */
export function frontMatterBlock(source: string): { yaml: string; bodyStart: number } | null {
	const m = FRONT_MATTER.exec(source);
	return m ? { yaml: m[1]!, bodyStart: m[0].length } : null;
}

/** The index of the YAML line that sets `field` (`field:` at its start), or -1. */
export function fieldIndex(yaml: string, field: string): number {
	return yaml.split('\n').findIndex((l) => l.startsWith(`${field}:`));
}

/**
 * Parse YAML; a syntax error throws a DataError with the first line of YAML's message.
 * `lineOf` gets the error's line within the YAML (when YAML knows it) and gives the file's line.
 */
export function readYaml(
	file: string,
	yaml: string,
	field: string,
	lineOf: (yamlLine: number | undefined) => number
): unknown {
	try {
		return parseYaml(yaml);
	} catch (e) {
		const at = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line : undefined;
		throw new DataError(
			file,
			lineOf(at),
			field,
			(e as Error).message.split('\n')[0] ?? 'is not valid YAML'
		);
	}
}

/**
 * Validate parsed YAML with a schema; the first issue throws a DataError at its field's line.
 * An unknown key (strict schemas) is reported with `unknownKey`'s message when given.
 */
export function validated<T>(
	file: string,
	schema: z.ZodType<T>,
	raw: unknown,
	where: { fallback: string; lineOf: (field: string) => number; unknownKey?: string }
): T {
	const parsed = schema.safeParse(raw ?? {});
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0]!;
	if (issue.code === 'unrecognized_keys' && where.unknownKey) {
		const key = issue.keys[0]!;
		throw new DataError(file, where.lineOf(key), key, where.unknownKey);
	}
	const field = String(issue.path[0] ?? where.fallback);
	throw new DataError(file, where.lineOf(field), field, issue.message);
}

/** One marker comment and the text after it, up to the next marker. */
export interface Block {
	match: RegExpExecArray;
	/** Offset of the marker. */
	start: number;
	/** The text after the marker, and its offset. */
	body: string;
	bodyStart: number;
}

/** Every marker of `re` (a global pattern) from `from` on, each with the text up to the next. */
export function markerBlocks(source: string, re: RegExp, from: number): Block[] {
	const markers = [...source.matchAll(re)].filter((m) => m.index >= from);
	return markers.map((m, i) => {
		const bodyStart = m.index + m[0].length;
		const end = markers[i + 1]?.index ?? source.length;
		return {
			match: m as RegExpExecArray,
			start: m.index,
			body: source.slice(bodyStart, end),
			bodyStart
		};
	});
}

export interface RenderAt {
	file: string;
	field: string;
	/** The Markdown, and the file's line of its first line. */
	value: string;
	line: number;
	/** The message for a `term:` link to an id that is not in the glossary. */
	unknownTerm: (id: string) => string;
}

/**
 * Render Markdown; a `src:` or `term:` link to an unknown id throws a DataError at its line.
 * Also returns `lineOf(needle)`, the file's line of a piece of the Markdown, for the caller's
 * own checks.
 */
export function renderChecked(
	at: RenderAt,
	sources: ReadonlyMap<string, Source>,
	options: { inline?: boolean; glossary?: ReadonlyMap<string, Term>; defined?: Set<string> } = {}
): { out: Rendered; lineOf: (needle: string) => number } {
	const { file, field, value, line } = at;
	const out = renderMarkdown(value, sources, options);
	const lineOf = (needle: string) => {
		const offset = value.indexOf(needle);
		return offset < 0 ? line : line + value.slice(0, offset).split('\n').length - 1;
	};
	if (out.unknown.length) {
		const id = out.unknown[0]!;
		throw new DataError(file, lineOf(`src:${id}`), field, `unknown source id "${id}"`);
	}
	if (out.unknownTerms.length) {
		const id = out.unknownTerms[0]!;
		throw new DataError(file, lineOf(`term:${id}`), field, at.unknownTerm(id));
	}
	return { out, lineOf };
}
