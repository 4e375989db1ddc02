import { describe, expect, it } from 'vitest';
import { cssTokens } from './tokens.ts';

const css = `/* light */ :root { color-scheme: light; --a: #112233; --b: light-dark(#ffffff, #000000);
	--font: Inter; } :root.x { --a: #445566 } @media screen { :root { --c: #778899 } }`;

describe('cssTokens', () => {
	it('reads the hex tokens of the rules whose selector is exactly the one asked for', () => {
		expect(cssTokens(css, ':root.x')).toEqual({ '--a': '#445566' });
		expect(cssTokens(css, '.y')).toEqual({});
	});

	it('gives light-dark() tokens their light value unless dark is asked for', () => {
		expect(cssTokens(css, ':root')).toEqual({
			'--a': '#112233',
			'--b': '#ffffff',
			'--c': '#778899'
		});
		expect(cssTokens(css, ':root', 'dark')).toEqual({
			'--a': '#112233',
			'--b': '#000000',
			'--c': '#778899'
		});
	});
});
