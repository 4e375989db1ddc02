/** The front matter every story fixture of the specs opens with: the fields story.md requires. */
export const FRONT_MATTER = `---
headline: A headline
standfirst: A standfirst.
description: A description.
kicker: Data story
published: 2026-11-28
---
`;
