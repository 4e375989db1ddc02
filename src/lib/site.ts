/** The site's name, as link previews (og:site_name) and oEmbed answers (provider_name) show it. */
export const SITE_NAME = 'Trust and the ban';
