declare module 'virtual:embed-island' {
	/** The embed island's built script, a path from the site's root (scripts/island-plugin.ts). */
	const file: string;
	export default file;
}

declare module 'virtual:story-island' {
	/** The story's island script, a path from the site's root (scripts/island-plugin.ts). */
	const file: string;
	export default file;
}
