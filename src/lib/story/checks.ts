/**
 * Build-time checks of the story copy, run on `content/story.md` after it has been parsed. They
 * catch what a data desk's fact-check would, before a reader does. The first problem (the one
 * nearest the top of the file) throws a DataError naming story.md, the line and the field.
 *
 * a. Numbers cite a source. In the intro and each step's text, a sentence with a date ("8 September
 *    2017", "September 2017", "8 September", a year 1990–2039), an amount ("$644 million", "$86m",
 *    "1 million") or a percentage ("24.3%", "8 percent") links a phrase to a source, `](src:id)`,
 *    or to the methods note, `](#methods)`, where the figure is derived. Identifiers are not
 *    figures: "section 1634", "Executive Order 13873", "BOD 17-01", "Public Law 115-91",
 *    "909 F.3d 446", "82 FR 43782", "1:17-cv-02697". Plain counts ("45 days", "12 executives") are
 *    not checked.
 * b. Quotations are sourced. In the same texts, a sentence with words in quotation marks ("…" or
 *    “…”) links a phrase to a source, `](src:id)`.
 * c. Screen-reader descriptions describe the chart drawn. Each step's `alt` is not empty, names no
 *    money amount or percentage that the chart does not show in that step's state, and, for the
 *    timeline, names no date outside the state's window and no day that is not the date of an
 *    event the chart shows.
 * d. Glossary terms are defined before they are used. Reading the intro and then each step's text
 *    in order, a term is defined at its first `[words](term:id)` link; any phrase of the term's
 *    `match` list in the text before that (link text of `src:` links included) fails, and so does a
 *    `term:` id that is not in the glossary.
 *
 * How (c) compares figures, kept simple on purpose:
 * - "Shown" means the figure's data-table cells, its visible chart text (revenue texts, timeline
 *   labels) and its default description, computed without the step's `alt`.
 * - Money is read in dollars: "$644 million" = "$644m" = 644,000,000; "$54,000" = 54,000; "bn",
 *   "billion", "k" and "thousand" likewise. Percentages: "24.3%" = "24.3 %" = "24.3 percent".
 *   Signs are ignored, so "down 8%" matches "−8%".
 * - A figure after "about", "around", "roughly", "nearly", "almost", "approximately", "some" or
 *   "close to" matches a shown figure that rounds to it at its last written digit: "about 26%"
 *   matches 25.9%, and "about $650 million" (a round ten) matches $648m. Any other figure must equal
 *   one shown; "less than" and "under" do not loosen it ("under 0.01%" needs 0.01%).
 * - Counts ("six", "12 executives", "1,200 stores", "45 days"), "1 million" without a currency sign
 *   and bare years are not compared.
 * - Timeline dates: a day with its year ("13 October 2017") must fall inside the state's window and
 *   be the date of an event in the figure's table; a month with its year ("October 2017") must
 *   overlap the window; a day without a year ("13 September") must be the day and month of an event
 *   in the table. Month names alone ("May to July 2017" reads only "July 2017") are not read.
 */
import type { FigureModel } from '../charts/frame/types.ts';
import { DataError } from '../data/errors.ts';
import type { GlossaryEntry } from './glossary.ts';
import { normalizeSource } from './markdown.ts';
import { STORY_FILE as FILE } from './storySchema.ts';
import type { Step, Story } from './types.ts';
import { checkAlt } from './checks/alt.ts';
import { findFigures, findQuotations } from './checks/figures.ts';
import { storyRegions, type Region, type Report } from './checks/regions.ts';
import { splitSentences } from './checks/sentences.ts';
import { checkTerms } from './checks/terms.ts';

export { findFigures, findQuotations, maskMarkup, type Found } from './checks/figures.ts';
export { sameFigure, shownFigures } from './checks/alt.ts';
export { splitSentences, type Sentence } from './checks/sentences.ts';
export type { Region } from './checks/regions.ts';

export interface CheckInput {
	/** The raw text of story.md. */
	source: string;
	story: Story;
	glossary: GlossaryEntry[];
	/** The figure a step's chart draws in the step's state (without the step's `alt`). */
	figures: (step: Step) => FigureModel;
}

/** Throws the first problem in the story copy, as a DataError; returns when there is none. */
export function checkStory(input: CheckInput): void {
	const problems = storyProblems(input);
	if (problems[0]) throw problems[0];
}

/** Every problem in the story copy, from the top of the file down. */
export function storyProblems({ source, story, glossary, figures }: CheckInput): DataError[] {
	// The same text parseStory reads: CRLF and a byte-order mark would loosen every rule below.
	source = normalizeSource(source);
	const file = storyRegions(source);
	const problems: { error: DataError; order: number }[] = [];
	const report = (offset: number, field: string, message: string) =>
		problems.push({
			error: new DataError(FILE, file.lineAt(offset), field, message),
			order: problems.length
		});

	const texts = [...(file.intro ? [file.intro] : []), ...file.steps.map((s) => s.body)];
	for (const region of texts) checkSentences(region, report);

	const byId = new Map(story.steps.map((s) => [s.id, s]));
	file.steps.forEach((block, i) => {
		const step = (block.id ? byId.get(block.id) : undefined) ?? story.steps[i];
		if (step) checkAlt(block, step, figures, report);
	});

	checkTerms(source, file, texts, glossary, report);

	return problems
		.sort((a, b) => a.error.line - b.error.line || a.order - b.order)
		.map((p) => p.error);
}

// ---------------------------------------------------------------------------------------------
// a, b: every figure and quotation has a source in its sentence.

const SOURCE_LINK = /\]\(\s*src:[^)\s]+\s*\)/;
const METHODS_LINK = /\]\(\s*#methods\s*\)/;

function checkSentences(region: Region, report: Report): void {
	for (const sentence of splitSentences(region.text, region.start)) {
		const sourced = SOURCE_LINK.test(sentence.text);
		if (sourced) continue;
		const figure = METHODS_LINK.test(sentence.text) ? undefined : findFigures(sentence.text)[0];
		if (figure) {
			report(
				sentence.start + figure.index,
				'text',
				`"${figure.text}" has no source in its sentence: link a phrase to a source ([…](src:id)) or to the methods note ([…](#methods))`
			);
		}
		const quote = findQuotations(sentence.text)[0];
		if (quote) {
			report(
				sentence.start + quote.index,
				'text',
				`the quotation "${shorten(quote.text)}" has no source in its sentence: link a phrase of that sentence to the source it comes from ([…](src:id))`
			);
		}
	}
}

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
