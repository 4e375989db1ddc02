/**
 * Parse `content/lesson.md`, the lesson plan on /teach/: YAML front matter, then Markdown blocks
 * opened by `<!-- section: name -->` or `<!-- listen: id -->`. Step and event ids are checked
 * against the story and the data, so a renamed step cannot leave the lesson pointing at nothing.
 * The first problem throws a DataError naming lesson.md, the line and the field.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { DataError } from '../data/errors.ts';
import type { Dataset, Source, TimelineEvent } from '../data/schema.ts';
import { normalizeSource, renderMarkdown, smartQuotes } from './markdown.ts';
import type { Step } from './types.ts';

const FILE = 'lesson.md';

/** The Markdown sections, in the order /teach/ shows them. */
export const LESSON_SECTIONS = ['overview', 'materials', 'plan', 'source-check'] as const;
export type LessonSection = (typeof LESSON_SECTIONS)[number];

/** Past this many questions during the slides, the slide run no longer fits a lesson (audit C18). */
export const MAX_SLIDE_QUESTIONS = 8;

/** Any comment that starts like a marker, so a misspelt one is reported instead of vanishing. */
const MARKER = /<!--\s*(section|listen)\b([\s\S]*?)-->/g;
const NAME = /^:\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/;
/** Where a link may point: the web, an anchor, a page of this site (from its root), or e-mail. */
const HREF_OK = /^(?:https?:\/\/|#|\/(?!\/)|mailto:)/;

export interface LessonQuestion {
	/** The step's id (its slide is /present/<id>/). */
	id: string;
	heading: string;
	/** The step's discussion question, plain text. */
	question: string;
	/** What good answers mention (HTML), when the lesson gives it. */
	listen: string | null;
	/** Asked during the slides (lesson 1); otherwise it is left for the groups. */
	onSlides: boolean;
}

export interface Lesson {
	title: string;
	description: string;
	/** Who the lesson is for. */
	level: string;
	/** What students need to know first. */
	prior: string;
	duration: string;
	/** The question the lesson opens with, plain text. */
	opening: string;
	/** What to listen for in answers to the opening question (HTML). */
	openingListen: string;
	/** Each section as HTML, starting with its own `<h2>`. */
	sections: Record<LessonSection, string>;
	/** Every step that has a discussion question, in story order. */
	questions: LessonQuestion[];
	/** Timeline event ids for the source check, in the file's order. */
	activity: string[];
}

export interface LessonOptions {
	/**
	 * What replaces the leading `/` of a link to a page of the site. The page is served at
	 * `<base>/teach/`, so `..` keeps links right under any base path, as SvelteKit's own
	 * relative links do. The default leaves links as written.
	 */
	siteRoot?: string;
	/** Glossary entries: when given, a `#term-<id>` link must name one of them. */
	glossary?: readonly { id: string }[];
}

const text = z.string({ error: 'is missing' }).trim().min(1, { error: 'is missing' });
const idList = (what: string) =>
	z
		.array(z.string({ error: `must be a list of ${what} ids, e.g. [a, b]` }), {
			error: `must be a list of ${what} ids, e.g. [a, b]`
		})
		.min(1, { error: 'is missing' });

const frontSchema = z.strictObject({
	title: text,
	description: text.max(200, { error: 'is longer than 200 characters' }),
	level: text,
	prior: text,
	duration: text,
	opening: text,
	slides: idList('step').max(MAX_SLIDE_QUESTIONS, {
		error: (iss) =>
			`lists ${Array.isArray(iss.input) ? iss.input.length : 'too many'} steps; at most ${MAX_SLIDE_QUESTIONS} questions fit in the slide run: leave the rest for the groups`
	}),
	activity: idList('timeline event')
});
const FIELDS = Object.keys(frontSchema.shape);

export function parseLesson(
	source: string,
	story: { steps: readonly Pick<Step, 'id' | 'heading' | 'question'>[] },
	data: Pick<Dataset, 'sources' | 'timeline'>,
	{ siteRoot = '', glossary }: LessonOptions = {}
): Lesson {
	source = normalizeSource(source);
	const terms = glossary && new Set(glossary.map((t) => t.id));
	const sources = new Map<string, Source>(data.sources.map((s) => [s.id, s]));
	const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
	const { front, lineOf, bodyStart } = frontMatter(source);

	// Front-matter references.
	const steps = new Map(story.steps.map((s) => [s.id, s]));
	const seen = new Set<string>();
	for (const id of front.slides) {
		const step = steps.get(id);
		const at = lineOf('slides', id);
		if (!step) throw new DataError(FILE, at, 'slides', `unknown step id "${id}"`);
		if (!step.question)
			throw new DataError(FILE, at, 'slides', `step "${id}" has no question in story.md`);
		if (seen.has(id)) throw new DataError(FILE, at, 'slides', `"${id}" is listed twice`);
		seen.add(id);
	}
	const events = new Set(data.timeline.map((e) => e.id));
	seen.clear();
	for (const id of front.activity) {
		const at = lineOf('activity', id);
		if (!events.has(id))
			throw new DataError(FILE, at, 'activity', `unknown timeline.csv event id "${id}"`);
		if (seen.has(id)) throw new DataError(FILE, at, 'activity', `"${id}" is listed twice`);
		seen.add(id);
	}

	// Body: every block, rendered and checked.
	const markdown = (field: string, value: string, at: number) => {
		const out = renderMarkdown(value, sources);
		const lineOfText = (needle: string) => {
			const offset = value.indexOf(needle);
			return offset < 0 ? at : at + value.slice(0, offset).split('\n').length - 1;
		};
		if (out.unknown.length) {
			const id = out.unknown[0]!;
			throw new DataError(FILE, lineOfText(`src:${id}`), field, `unknown source id "${id}"`);
		}
		if (out.unknownTerms.length) {
			// The glossary is on the lesson's own page: a plain anchor link reaches it.
			const id = out.unknownTerms[0]!;
			throw new DataError(
				FILE,
				lineOfText(`term:${id}`),
				field,
				`write [words](#term-${id}) to link to the glossary below the lesson, not term:${id}`
			);
		}
		for (const [, href] of out.html.matchAll(/<a [^>]*?href="([^"]*)"/g)) {
			const term = /^#term-(.*)$/.exec(href!)?.[1];
			if (terms && term !== undefined && !terms.has(term)) {
				throw new DataError(
					FILE,
					lineOfText(`](${href}`),
					field,
					`"${term}" is not an id in content/glossary.yml`
				);
			}
			if (!HREF_OK.test(href!)) {
				throw new DataError(
					FILE,
					lineOfText(`](${href}`),
					field,
					`link "${href}" must be a full http(s) address, a #anchor or a page of the site from its root, e.g. /present/`
				);
			}
		}
		// Links into the site, made relative to the page the lesson is shown on.
		return out.html.replace(/(<a [^>]*?href=")\/(?!\/)/g, `$1${siteRoot}/`);
	};

	const blocks = [...source.matchAll(MARKER)].filter((m) => m.index >= bodyStart);
	const before = source.slice(bodyStart, blocks[0]?.index ?? source.length);
	if (before.trim()) {
		throw new DataError(
			FILE,
			lineAt(bodyStart + before.search(/\S/)),
			'text',
			'comes before the first <!-- section: name --> marker, so it would not be shown'
		);
	}

	const sections: Partial<Record<LessonSection, string>> = {};
	const listen = new Map<string, string>();
	blocks.forEach((m, i) => {
		const line = lineAt(m.index);
		const kind = m[1] as 'section' | 'listen';
		const name = NAME.exec(m[2]!)?.[1];
		if (!name) {
			throw new DataError(
				FILE,
				line,
				kind,
				`marker "${m[0]}" must read <!-- ${kind}: name --> (lowercase a-z, 0-9 and hyphens)`
			);
		}
		const body = source.slice(m.index + m[0].length, blocks[i + 1]?.index ?? source.length);
		const bodyLine = lineAt(m.index + m[0].length);
		if (!body.trim()) throw new DataError(FILE, line, kind, `"${name}" has no text`);

		if (kind === 'section') {
			if (!(LESSON_SECTIONS as readonly string[]).includes(name)) {
				throw new DataError(
					FILE,
					line,
					'section',
					`"${name}" is not one of ${LESSON_SECTIONS.join(', ')}`
				);
			}
			if (sections[name as LessonSection] !== undefined)
				throw new DataError(FILE, line, 'section', `"${name}" appears twice`);
			// Each section brings its own heading, so the page's outline comes from the file.
			if (!/^\s*## \S/.test(body)) {
				const first = lineAt(m.index + m[0].length + body.search(/\S/));
				throw new DataError(FILE, first, 'section', `"${name}" must start with a "## " heading`);
			}
			sections[name as LessonSection] = markdown('text', body, bodyLine);
			return;
		}

		if (name !== 'opening') {
			const step = steps.get(name);
			if (!step) throw new DataError(FILE, line, 'listen', `unknown step id "${name}"`);
			if (!step.question)
				throw new DataError(FILE, line, 'listen', `step "${name}" has no question in story.md`);
		}
		if (listen.has(name)) throw new DataError(FILE, line, 'listen', `"${name}" appears twice`);
		listen.set(name, markdown('listen', body, bodyLine));
	});

	const last = source.split('\n').length;
	for (const name of LESSON_SECTIONS) {
		if (sections[name] === undefined)
			throw new DataError(FILE, last, 'section', `"${name}" is missing`);
	}
	// The teacher needs these notes while the class is watching; the groups' are optional.
	for (const name of ['opening', ...front.slides]) {
		if (!listen.has(name)) {
			throw new DataError(
				FILE,
				last,
				'listen',
				`"${name}" is missing: add <!-- listen: ${name} --> with what good answers mention`
			);
		}
	}

	const onSlides = new Set(front.slides);
	return {
		title: smartQuotes(front.title),
		description: smartQuotes(front.description),
		level: smartQuotes(front.level),
		prior: smartQuotes(front.prior),
		duration: smartQuotes(front.duration),
		opening: smartQuotes(front.opening),
		openingListen: listen.get('opening')!,
		sections: sections as Record<LessonSection, string>,
		questions: story.steps.flatMap((s) =>
			s.question
				? [
						{
							id: s.id,
							heading: s.heading,
							question: s.question,
							listen: listen.get(s.id) ?? null,
							onSlides: onSlides.has(s.id)
						}
					]
				: []
		),
		activity: front.activity
	};
}

function frontMatter(source: string) {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
	if (!m) {
		throw new DataError(
			FILE,
			1,
			'front matter',
			'is missing: start the file with --- title: ... ---'
		);
	}
	const yamlLines = m[1]!.split('\n');
	/** The line of a field (the file's line 1 is the opening ---), or of one value in its list. */
	const lineOf = (field: string, value?: string) => {
		const start = yamlLines.findIndex((l) => l.startsWith(`${field}:`));
		if (start < 0) return 1;
		if (value !== undefined) {
			for (let i = start; i < yamlLines.length; i++) {
				if (i > start && /^\S/.test(yamlLines[i]!)) break;
				if (listed(yamlLines[i]!, value)) return i + 2;
			}
		}
		return start + 2;
	};
	let raw: unknown;
	try {
		raw = parseYaml(m[1]!);
	} catch (e) {
		const line = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line + 1 : 1;
		throw new DataError(
			FILE,
			line,
			'front matter',
			(e as Error).message.split('\n')[0] ?? 'is not valid YAML'
		);
	}
	const parsed = frontSchema.safeParse(raw ?? {});
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		if (issue.code === 'unrecognized_keys') {
			const key = issue.keys[0]!;
			throw new DataError(FILE, lineOf(key), key, `is not a field (use ${FIELDS.join(', ')})`);
		}
		const field = String(issue.path[0] ?? 'front matter');
		throw new DataError(FILE, lineOf(field), field, issue.message);
	}
	return { front: parsed.data, lineOf, bodyStart: m[0].length };
}

/** Whether a YAML line lists `value` as an item (`[a, value]` or `- value`), not inside a longer id. */
function listed(line: string, value: string): boolean {
	return line
		.replace(/\s#.*$/, '')
		.replace(/^[^:]*:/, '')
		.split(/[[\],]|^\s*-\s/)
		.some((item) => item.trim() === value);
}

/** When a source was published, compared with the event it supports. */
export type Timing = 'before' | 'same day' | 'after' | 'unclear';

/**
 * Compare two ISO dates of any precision (`2017`, `2017-09`, `2017-09-08`) at the coarser one:
 * a source dated only "2017" cannot be placed before or after an event in September 2017.
 */
export function timing(sourceDate: string, eventDate: string): Timing {
	const n = Math.min(sourceDate.length, eventDate.length);
	const a = sourceDate.slice(0, n);
	const b = eventDate.slice(0, n);
	if (a < b) return 'before';
	if (a > b) return 'after';
	return sourceDate.length === 10 && eventDate.length === 10 ? 'same day' : 'unclear';
}

export interface EvidenceSource {
	id: string;
	publisher: string;
	title: string;
	url: string;
	date: string;
	kind: Source['kind'];
	timing: Timing;
}

/** The answer key for one event of the source check: its sources, each placed against its date. */
export function evidence(event: TimelineEvent, sources: ReadonlyMap<string, Source>) {
	const list: EvidenceSource[] = event.sources.map((id) => {
		const s = sources.get(id);
		if (!s) throw new Error(`timeline event "${event.id}" cites unknown source "${id}"`);
		const { publisher, title, url, date, kind } = s;
		return { id, publisher, title, url, date, kind, timing: timing(date, event.date) };
	});
	return {
		id: event.id,
		title: event.title,
		date: event.date,
		confidence: event.confidence,
		note: event.note,
		sources: list,
		primary: list.filter((s) => s.kind === 'primary').length
	};
}
