import { describe, expect, it } from 'vitest';
import { PROPS_ID, propsScript } from './islandMarkup.ts';

describe('propsScript', () => {
	it('carries the props as JSON that reads back the same', () => {
		const props = {
			chart: 'timeline',
			initial: null,
			steps: [{ id: 'law', alt: 'A “ban” & more' }]
		};
		const html = propsScript(props);
		const json = html.slice(html.indexOf('>') + 1, -'</script>'.length);
		expect(html.startsWith(`<script type="application/json" id="${PROPS_ID}">`)).toBe(true);
		expect(JSON.parse(json)).toEqual(props);
	});

	it('cannot be closed or turned into markup by what the data says', () => {
		const nasty = '</script><script>alert(1)</script><!-- x';
		const html = propsScript({ text: nasty });
		expect(html.match(/<\/script/gi)).toHaveLength(1);
		expect(html).not.toContain('<!--');
		expect(html).not.toContain('<script>');
		const json = html.slice(html.indexOf('>') + 1, -'</script>'.length);
		expect(JSON.parse(json)).toEqual({ text: nasty });
	});
});
