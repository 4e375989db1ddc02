/**
 * Parse `content/lesson.md`, the lesson plan on /teach/: YAML front matter, then Markdown blocks
 * opened by `<!-- section: name -->` or `<!-- listen: id -->`. Step and event ids are checked
 * against the story and the data, so a renamed step cannot leave the lesson pointing at nothing.
 * The first problem throws a DataError naming lesson.md, the line and the field.
 */
import { DataError } from '../data/errors.ts';
import type { Dataset, Source } from '../data/schema.ts';
import { lineCounter, markerBlocks, renderChecked, type Block } from './contentFile.ts';
import {
	checkFrontIds,
	LESSON_FILE as FILE,
	LESSON_SECTIONS,
	lessonFrontMatter
} from './lessonFront.ts';
import { normalizeSource, smartQuotes } from './markdown.ts';
import type { Lesson, LessonOptions, LessonSection, Step } from './types.ts';

export { evidence, timing, type EvidenceSource, type Timing } from './evidence.ts';
export { LESSON_SECTIONS, MAX_SLIDE_QUESTIONS } from './lessonFront.ts';
export type { Lesson, LessonOptions, LessonQuestion, LessonSection } from './types.ts';

/** Any comment that starts like a marker, so a misspelt one is reported instead of vanishing. */
const MARKER = /<!--\s*(section|listen)\b([\s\S]*?)-->/g;
const NAME = /^:\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/;
/** Where a link may point: the web, an anchor, a page of this site (from its root), or e-mail. */
const HREF_OK = /^(?:https?:\/\/|#|\/(?!\/)|mailto:)/;

type LessonStep = Pick<Step, 'id' | 'heading' | 'question'>;

/** What the lesson's blocks are read against. */
interface Context {
	source: string;
	steps: Map<string, LessonStep>;
	sources: Map<string, Source>;
	terms: Set<string> | undefined;
	siteRoot: string;
	lineAt: (offset: number) => number;
}

export function parseLesson(
	source: string,
	story: { steps: readonly LessonStep[] },
	data: Pick<Dataset, 'sources' | 'timeline'>,
	{ siteRoot = '', glossary }: LessonOptions = {}
): Lesson {
	source = normalizeSource(source);
	const { front, lineOf, bodyStart } = lessonFrontMatter(source);
	const ctx: Context = {
		source,
		steps: new Map(story.steps.map((s) => [s.id, s])),
		sources: new Map(data.sources.map((s) => [s.id, s])),
		terms: glossary && new Set(glossary.map((t) => t.id)),
		siteRoot,
		lineAt: lineCounter(source)
	};
	checkFrontIds(front, lineOf, ctx.steps, new Set(data.timeline.map((e) => e.id)));
	const { sections, listen } = readBlocks(ctx, bodyStart);

	checkComplete(source, sections, listen, front.slides);

	const onSlides = new Set(front.slides);
	return {
		title: smartQuotes(front.title),
		description: smartQuotes(front.description),
		level: smartQuotes(front.level),
		prior: smartQuotes(front.prior),
		duration: smartQuotes(front.duration),
		opening: smartQuotes(front.opening),
		openingListen: listen.get('opening')!,
		sections,
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

/** Every section is there, and the teacher's notes for the opening and each slide question. */
function checkComplete(
	source: string,
	sections: Partial<Record<LessonSection, string>>,
	listen: Map<string, string>,
	slides: string[]
): asserts sections is Record<LessonSection, string> {
	const last = source.split('\n').length;
	for (const name of LESSON_SECTIONS) {
		if (sections[name] === undefined)
			throw new DataError(FILE, last, 'section', `"${name}" is missing`);
	}
	// The teacher needs these notes while the class is watching; the groups' are optional.
	for (const name of ['opening', ...slides]) {
		if (!listen.has(name)) {
			throw new DataError(
				FILE,
				last,
				'listen',
				`"${name}" is missing: add <!-- listen: ${name} --> with what good answers mention`
			);
		}
	}
}

/** A block's Markdown, rendered, its links checked and those into the site made relative. */
function markdown(ctx: Context, field: string, value: string, line: number): string {
	const { out, lineOf } = renderChecked(
		{
			file: FILE,
			field,
			value,
			line,
			// The glossary is on the lesson's own page: a plain anchor link reaches it.
			unknownTerm: (id) =>
				`write [words](#term-${id}) to link to the glossary below the lesson, not term:${id}`
		},
		ctx.sources
	);
	for (const [, href] of out.html.matchAll(/<a [^>]*?href="([^"]*)"/g)) {
		const term = /^#term-(.*)$/.exec(href!)?.[1];
		if (ctx.terms && term !== undefined && !ctx.terms.has(term)) {
			throw new DataError(
				FILE,
				lineOf(`](${href}`),
				field,
				`"${term}" is not an id in content/glossary.yml`
			);
		}
		if (!HREF_OK.test(href!)) {
			throw new DataError(
				FILE,
				lineOf(`](${href}`),
				field,
				`link "${href}" must be a full http(s) address, a #anchor or a page of the site from its root, e.g. /present/`
			);
		}
	}
	// Links into the site, made relative to the page the lesson is shown on.
	return out.html.replace(/(<a [^>]*?href=")\/(?!\/)/g, `$1${ctx.siteRoot}/`);
}

/** Every section and listen block of the body, rendered. */
function readBlocks(ctx: Context, bodyStart: number) {
	const { source, lineAt } = ctx;
	const blocks = markerBlocks(source, MARKER, bodyStart);
	const before = source.slice(bodyStart, blocks[0]?.start ?? source.length);
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
	for (const block of blocks) {
		const { kind, name, line } = blockName(block, ctx);
		if (kind === 'section') {
			sections[readSection(block, name, sections, ctx)] = markdown(
				ctx,
				'text',
				block.body,
				lineAt(block.bodyStart)
			);
			continue;
		}
		if (name !== 'opening') {
			const step = ctx.steps.get(name);
			if (!step) throw new DataError(FILE, line, 'listen', `unknown step id "${name}"`);
			if (!step.question)
				throw new DataError(FILE, line, 'listen', `step "${name}" has no question in story.md`);
		}
		if (listen.has(name)) throw new DataError(FILE, line, 'listen', `"${name}" appears twice`);
		listen.set(name, markdown(ctx, 'listen', block.body, lineAt(block.bodyStart)));
	}
	return { sections, listen };
}

/** A marker's kind and name, checked to be well formed and followed by text. */
function blockName(block: Block, ctx: Context) {
	const line = ctx.lineAt(block.start);
	const m = block.match;
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
	if (!block.body.trim()) throw new DataError(FILE, line, kind, `"${name}" has no text`);
	return { kind, name, line };
}

/** A section's name, checked: known, once, and opening with its own heading. */
function readSection(
	block: Block,
	name: string,
	sections: Partial<Record<LessonSection, string>>,
	ctx: Context
): LessonSection {
	const line = ctx.lineAt(block.start);
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
	if (!/^\s*## \S/.test(block.body)) {
		const first = ctx.lineAt(block.bodyStart + block.body.search(/\S/));
		throw new DataError(FILE, first, 'section', `"${name}" must start with a "## " heading`);
	}
	return name as LessonSection;
}
