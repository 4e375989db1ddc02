/** Row schemas for the three data files. Each message reads well after `file:line field: `. */
import { z } from 'zod';
import { datePrecision } from './dates.ts';

const quote = (v: unknown) => JSON.stringify(v ?? '');

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z.string().regex(ID, {
	error: (iss) =>
		iss.input === '' ? 'is missing' : `${quote(iss.input)} must be lowercase a-z, 0-9 and hyphens`
});

const required = (max?: number) =>
	z
		.string()
		.trim()
		.min(1, { error: 'is missing' })
		.max(max ?? 10_000, {
			error: (iss) => `is longer than ${max} characters (${quote(iss.input)})`
		});

const optional = (max?: number) =>
	z
		.string()
		.trim()
		.max(max ?? 10_000, {
			error: (iss) => `is longer than ${max} characters (${quote(iss.input)})`
		});

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
	return z.enum(values, {
		error: (iss) =>
			iss.input === '' || iss.input === undefined
				? `is missing (one of ${values.filter(Boolean).join(', ')})`
				: `${quote(iss.input)} is not one of ${values.filter(Boolean).join(', ')}`
	});
}

/** `a;b;c` → ['a','b','c'], each a well-formed id; at least one. */
const idList = z
	.string()
	.trim()
	.min(1, { error: 'is missing: give at least one source id' })
	.transform((v) => v.split(';').map((s) => s.trim()))
	.pipe(z.array(id));

const isoDate = z.string().refine((v) => datePrecision(v) !== null, {
	error: (iss) => (iss.input === '' ? 'is missing' : `${quote(iss.input)} is not a date`)
});

const httpUrl = z.string().refine(
	(v) => {
		try {
			const u = new URL(v);
			return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
		} catch {
			return false;
		}
	},
	{ error: (iss) => `${quote(iss.input)} is not an http(s) URL` }
);

const number = z
	.string()
	.trim()
	.refine((v) => v !== '' && Number.isFinite(Number(v)), {
		error: (iss) => (iss.input === '' ? 'is missing' : `${quote(iss.input)} is not a number`)
	})
	.transform(Number);

export const CONFIDENCE = ['high', 'medium-high', 'medium', 'low'] as const;
export const ACTORS = ['government', 'retailer', 'company', 'court', 'other'] as const;
export const SOURCE_KINDS = ['primary', 'news', 'analysis'] as const;
export const SEGMENTS = [
	'global',
	'europe',
	'us-canada',
	'russia-cis',
	'rest-of-world',
	'north-america',
	'us-market',
	'us-government'
] as const;

export const sourceRow = z.object({
	id,
	publisher: required(120),
	title: required(300),
	url: httpUrl,
	date: isoDate,
	kind: oneOf(SOURCE_KINDS)
});

export const timelineRow = z.object({
	id,
	date: isoDate,
	precision: oneOf(['day', 'month']),
	actor: oneOf(ACTORS),
	type: oneOf(['event', 'deadline']),
	title: required(60),
	label: optional(28),
	description: required(400),
	sources: idList,
	confidence: oneOf(CONFIDENCE),
	note: optional(300)
});

export const revenueRow = z.object({
	id,
	// Empty when the sources do not say which period a figure covers (a court filing's figures).
	year: z
		.string()
		.regex(/^((19|20)\d{2})?$/, { error: (iss) => `${quote(iss.input)} is not a year` }),
	measure: oneOf(['revenue', 'share', 'change']),
	segment: oneOf(SEGMENTS),
	split: z.string().refine((v) => v === '' || ID.test(v), {
		error: (iss) => `${quote(iss.input)} must be lowercase a-z, 0-9 and hyphens`
	}),
	base: oneOf(['', 'global-revenue', 'us-subsidiary-sales', 'north-america-sales']),
	value: number,
	unit: oneOf(['usd-million', 'usd', 'percent']),
	qualifier: oneOf(['exact', 'about', 'under', 'derived']),
	wording: optional(300),
	sources: idList,
	confidence: oneOf(CONFIDENCE),
	note: optional(300)
});

export type Source = z.output<typeof sourceRow>;
export type TimelineEvent = Omit<z.output<typeof timelineRow>, 'label'> & { label: string };
export type RevenueRow = z.output<typeof revenueRow>;
export type Actor = (typeof ACTORS)[number];
export type Segment = (typeof SEGMENTS)[number];
export type Confidence = (typeof CONFIDENCE)[number];

export interface Dataset {
	sources: Source[];
	timeline: TimelineEvent[];
	revenue: RevenueRow[];
}
