/**
 * The licence of the data, the charts and the text, and the credit a reuser gives: the one place
 * that names them. Pages, the embed builder, the figures' downloads, the oEmbed responses and the
 * data page import it; tests hold LICENSE-DATA.md, CITATION.cff and content/lesson.md to it.
 * Plain constants only: embeds load this module too, and their script budget is tight.
 */
import { SITE_NAME } from './site.ts';

/** Creative Commons Attribution 4.0. */
export const LICENCE = {
	/** How the licence is usually named in a credit line. */
	short: 'CC BY 4.0',
	name: 'Creative Commons Attribution 4.0 International',
	/** The SPDX identifier, as CITATION.cff and package metadata write it. */
	spdx: 'CC-BY-4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/'
} as const;

/** Who made it, as a citation names its author. The project has no named authors, and invents none. */
export const AUTHOR = 'The project’s contributors';

/** The credit a reuser gives, beside a chart or under a table: title, author, licence. */
export const ATTRIBUTION = `${SITE_NAME}, by the project’s contributors, ${LICENCE.short}`;
