/** The site's name, as link previews (og:site_name) and oEmbed answers (provider_name) show it. */
export const SITE_NAME = 'Trust and the ban';

/** A link preview of a chart at a story step, or at its overview. */
export interface ChartCard {
	/** The story at that step: an embed is a piece of the story, not a page of its own. */
	canonical: string;
	/** The chart as a picture (made at build time, src/routes/og). */
	image: string;
	/** What the picture shows: the chart's title and the step's own description of it. */
	imageAlt: string;
}
