/** Story.md cut into what the checks read: the intro and each step's YAML and text, with offsets. */
import { parse as parseYaml } from 'yaml';
import { frontMatterBlock, lineCounter, markerBlocks } from '../contentFile.ts';
import { STORY_MARKER } from '../storySchema.ts';

/** Report a problem at an offset of story.md. */
export type Report = (offset: number, field: string, message: string) => void;

export interface Region {
	text: string;
	/** Offset of `text` in story.md. */
	start: number;
}

export interface StepBlock {
	id: string | undefined;
	/** The YAML between `<!-- step` and `-->`, and its offset. */
	yaml: Region;
	/** The Markdown after the block, up to the next marker. */
	body: Region;
}

export type StoryRegions = ReturnType<typeof storyRegions>;

export function storyRegions(source: string) {
	const lineAt = lineCounter(source);
	const bodyStart = frontMatterBlock(source)?.bodyStart ?? 0;
	let intro: Region | null = null;
	const steps: StepBlock[] = [];
	for (const block of markerBlocks(source, STORY_MARKER, bodyStart)) {
		const m = block.match;
		const body = { text: block.body, start: block.bodyStart };
		if (m[2] === 'intro' && !intro) intro = body;
		if (m[1] === undefined) continue;
		// The YAML runs up to the closing `-->`.
		const yaml = { text: m[1], start: block.bodyStart - '-->'.length - m[1].length };
		let id: string | undefined;
		try {
			const raw = parseYaml(yaml.text) as { id?: unknown } | null;
			if (typeof raw?.id === 'string') id = raw.id;
		} catch {
			// parseStory reports broken YAML; the checks only need what they can read.
		}
		steps.push({ id, yaml, body });
	}
	return { intro, steps, bodyStart, lineAt };
}
