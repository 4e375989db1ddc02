import type { ChartId } from '../charts/registry.ts';

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

/** What the scrolling story needs of a step: the slides' texts and the teacher's notes are for /present/. */
export type StoryStep = Omit<Step, 'slide' | 'notes' | 'question'>;

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
