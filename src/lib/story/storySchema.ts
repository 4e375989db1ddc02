/** The shape of story.md's front matter and of each `<!-- step -->` block, as zod schemas. */
import { z } from 'zod';

/** Lowercase a-z, 0-9 and hyphens: ids in URLs, anchors and the data files. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string({ error: 'is missing' }).trim().min(1, { error: 'is missing' });

export const stepSchema = z.object({
	id: z.string({ error: 'is missing' }).regex(ID, {
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
export type StepFields = z.infer<typeof stepSchema>;

const isoDay = z
	.union([z.string(), z.date()], { error: 'is missing' })
	.transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
	.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date, YYYY-MM-DD' }));

export const frontSchema = z.object({
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

/** The name story.md's errors carry. */
export const STORY_FILE = 'story.md';
/** A step block, `<!-- step YAML -->`, or a section marker, `<!-- section: name -->`. */
export const STORY_MARKER = /<!--\s*(?:step\b([\s\S]*?)|section:\s*([a-z-]*)\s*)-->/g;
