/** lesson.md's front matter: its fields, and the line of each field or of one id in its list. */
import { z } from 'zod';
import { DataError } from '../data/errors.ts';
import { frontMatterBlock, readYaml, validated } from './contentFile.ts';

export const LESSON_FILE = 'lesson.md';
const FILE = LESSON_FILE;

/** The Markdown sections, in the order /teach/ shows them. */
export const LESSON_SECTIONS = ['overview', 'materials', 'plan', 'source-check'] as const;

/** Past this many questions during the slides, the slide run no longer fits a lesson (audit C18). */
export const MAX_SLIDE_QUESTIONS = 8;

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

export function lessonFrontMatter(source: string) {
	const block = frontMatterBlock(source);
	if (!block) {
		throw new DataError(
			LESSON_FILE,
			1,
			'front matter',
			'is missing: start the file with --- title: ... ---'
		);
	}
	const yamlLines = block.yaml.split('\n');
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
	const raw = readYaml(LESSON_FILE, block.yaml, 'front matter', (l) =>
		l === undefined ? 1 : l + 1
	);
	const front = validated(LESSON_FILE, frontSchema, raw, {
		fallback: 'front matter',
		lineOf: (field) => lineOf(field),
		unknownKey: `is not a field (use ${FIELDS.join(', ')})`
	});
	return { front, lineOf, bodyStart: block.bodyStart };
}

/** The front matter's step and event ids: known, with a question, and listed once. */
export function checkFrontIds(
	front: { slides: string[]; activity: string[] },
	lineOf: (field: string, value?: string) => number,
	steps: ReadonlyMap<string, { question: string | null }>,
	events: Set<string>
): void {
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
	seen.clear();
	for (const id of front.activity) {
		const at = lineOf('activity', id);
		if (!events.has(id))
			throw new DataError(FILE, at, 'activity', `unknown timeline.csv event id "${id}"`);
		if (seen.has(id)) throw new DataError(FILE, at, 'activity', `"${id}" is listed twice`);
		seen.add(id);
	}
}

/** Whether a YAML line lists `value` as an item (`[a, value]` or `- value`), not inside a longer id. */
function listed(line: string, value: string): boolean {
	return line
		.replace(/\s#.*$/, '')
		.replace(/^[^:]*:/, '')
		.split(/[[\],]|^\s*-\s/)
		.some((item) => item.trim() === value);
}
