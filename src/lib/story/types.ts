import type { ChartId } from '../charts/registry.ts';
import type { LESSON_SECTIONS } from './lessonFront.ts';

/** A section of lesson.md, in the order /teach/ shows them. */
export type LessonSection = (typeof LESSON_SECTIONS)[number];

/** One step of the story: read by the scroll page, the embeds and the slides alike. */
export interface Step {
	id: string;
	/** 0-based position in the story. */
	index: number;
	chart: ChartId;
	state: string;
	/** Ids of data rows (timeline events, revenue figures) the chart emphasises at this step. */
	highlight: string[];
	heading: string;
	/** The step's text, as HTML rendered from the Markdown at build time. */
	html: string;
	/** A shorter text for slides (HTML); the first paragraph of the text when none is given. */
	slide: string;
	/** What the chart shows at this step, in words, for screen readers. */
	alt: string;
	/** Teacher notes (HTML). */
	notes: string;
	/** An optional discussion question (plain text). */
	question: string | null;
	sources: string[];
}

/*
 * A Step narrowed to what a view reads, so a page's data carries no field its view does not use
 * (the data is sent twice: drawn into the HTML, and again for hydration). Each type is its list
 * of fields, and `narrow` keeps only those.
 */

/** What every view that draws a step's chart reads: the step, its state, heading and description. */
const CHART_STEP_FIELDS = [
	'id',
	'index',
	'chart',
	'state',
	'highlight',
	'heading',
	'alt'
] as const satisfies readonly (keyof Step)[];

/**
 * The scrolling story: the slides' texts and the teacher's notes are for /present/, and the
 * step's sources are linked in its text and listed in the figure's (the ids would be 3 KB unread).
 */
export const STORY_FIELDS = [
	...CHART_STEP_FIELDS,
	'html'
] as const satisfies readonly (keyof Step)[];
export type StoryStep = Pick<Step, (typeof STORY_FIELDS)[number]>;

/** The slides and the notes window: they show the slide text, not the step's text or sources. */
export const SLIDE_FIELDS = [
	...CHART_STEP_FIELDS,
	'slide',
	'notes',
	'question'
] as const satisfies readonly (keyof Step)[];
export type SlideStep = Pick<Step, (typeof SLIDE_FIELDS)[number]>;

/** An embed: its figure, heading and description. */
export const EMBED_FIELDS = [
	'id',
	'state',
	'highlight',
	'heading',
	'alt'
] as const satisfies readonly (keyof Step)[];
export type EmbedStep = Pick<Step, (typeof EMBED_FIELDS)[number]>;

/** The embed builder's list: which step, on which chart. */
export const LINK_FIELDS = ['id', 'chart', 'heading'] as const satisfies readonly (keyof Step)[];
export type StepLink = Pick<Step, (typeof LINK_FIELDS)[number]>;

/** The step with only the given fields. */
export function narrow<K extends keyof Step>(step: Step, fields: readonly K[]): Pick<Step, K> {
	return Object.fromEntries(fields.map((f) => [f, step[f]])) as Pick<Step, K>;
}

export interface Story {
	headline: string;
	standfirst: string;
	description: string;
	kicker: string;
	/** ISO day of first publication. */
	published: string;
	/** ISO day of the last correction, when there has been one. */
	updated?: string;
	/** Where readers report an error (front matter `report_errors`): an https:// or mailto: address. */
	reportErrors?: string;
	intro: string;
	steps: Step[];
	methods: string;
	corrections: string;
}

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
