import { describe, expect, it } from 'vitest';
import {
  claimsLike,
  findNames,
  htmlToText,
  namedIn,
  paragraphsOf,
  sentenceAround,
  uncoveredNames,
} from '../../../src/model/sourceText';

const textsOf = (text: string) =>
  paragraphsOf(text).map(({ start, end }) => text.slice(start, end));

describe('paragraphsOf', () => {
  it('cuts a text without blank lines at every line end, LF, CRLF or CR', () => {
    const text = 'One.\r\nTwo 🙂.\nThree.\rFour.';
    expect(textsOf(text)).toEqual(['One.', 'Two 🙂.', 'Three.', 'Four.']);
    expect(paragraphsOf(text)[1]).toEqual({ start: 6, end: 13 });
  });

  it('cuts a text with blank lines at them, keeping single line ends inside', () => {
    const text = 'A hard-wrapped\r\nparagraph.\r\n\r\n  \r\nThe second\none.\n';
    expect(textsOf(text)).toEqual(['A hard-wrapped\r\nparagraph.', 'The second\none.']);
  });

  it('leaves out paragraphs of nothing but spaces, and has none for an empty text', () => {
    expect(textsOf('\n  \nword\n\t\n')).toEqual(['word']);
    expect(paragraphsOf('')).toEqual([]);
  });
});

describe('sentenceAround', () => {
  const text =
    'Intro here. U.S. Deputy Secretary Kurt Campbell said they saw support, though reports were evaluated. Next one!\nNew line.';

  const sentence = (words: string, extra = 0) => {
    const start = text.indexOf(words);
    const [from, to] = sentenceAround(text, start, start + words.length + extra);
    return text.slice(from, to);
  };

  it('widens a selection to its sentence; initials such as U.S. do not end one', () => {
    expect(sentence('they saw support')).toBe(
      'U.S. Deputy Secretary Kurt Campbell said they saw support, though reports were evaluated.',
    );
  });

  it('joins the sentences a selection reaches into, and stops at a line end', () => {
    expect(sentence('evaluated. Next')).toBe(
      'U.S. Deputy Secretary Kurt Campbell said they saw support, though reports were evaluated. Next one!',
    );
    expect(sentence('New')).toBe('New line.');
  });
});

const actors = [
  { id: 'kim', names: ['Kim Jong Un', 'Kim'] },
  { id: 'us', names: ['United States', 'U.S.', 'US'] },
  { id: 'nk', names: ['North Korea', 'Pyongyang'] },
  { id: 'x', names: ['X'] },
];

describe('findNames', () => {
  const text =
    'Kim Jong Un met Kim. Let us see: the US and North Korea’s Pyongyang, not Kimchi. X.';

  it('finds whole words with their case, the longest name first', () => {
    expect(findNames(text, actors).map((hit) => text.slice(hit.start, hit.end))).toEqual([
      'Kim Jong Un',
      'Kim',
      'US',
      'North Korea',
      'Pyongyang',
    ]);
    expect(namedIn(text, actors)).toEqual(['kim', 'us', 'nk']);
  });

  it('looks only within the part asked for, and escapes names that look like patterns', () => {
    const from = text.indexOf('the US');
    expect(namedIn(text, actors, from, from + 6)).toEqual(['us']);
    expect(findNames('a.b U.S. c', [{ id: 'us', names: ['U.S.'] }])).toEqual([
      { id: 'us', start: 4, end: 8 },
    ]);
  });

  it('leaves out names a statement covers', () => {
    const covered: [number, number][] = [[0, 20]];
    expect(uncoveredNames(text, actors, covered).map((hit) => hit.id)).toEqual(['us', 'nk', 'nk']);
  });
});

describe('claimsLike', () => {
  it('offers the claims that share content words with a sentence, the most first', () => {
    const claims = [
      { id: 'weather', text: 'The weather is fine' },
      { id: 'troops', text: 'North Korea is sending troops to Russia' },
      { id: 'shells', text: 'North Korea has sent artillery shells to Russia' },
    ];
    expect(
      claimsLike('Officials said North Korea sent artillery shells and troops to Russia.', claims),
    ).toEqual(['shells', 'troops']);
    expect(claimsLike('Nothing in common here.', claims)).toEqual([]);
  });
});

describe('htmlToText', () => {
  it('keeps the readable text and drops scripts, styles, comments and tags, running nothing', () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
      <h1>Title &amp; more</h1><!-- hidden -->
      <p>First <b>bold</b> paragraph.<script>window.__ran = true</script></p>
      <p>Second&nbsp;one &#8220;quoted&#x201D;<br>next line</p>
      <img src=x onerror="window.__ran = true"><ul><li>one</li><li>two</li></ul>
      </body></html>`;
    expect(htmlToText(html)).toBe(
      'Title & more\n\nFirst bold paragraph.\n\nSecond one “quoted”\nnext line\n\none\n\ntwo',
    );
  });

  it('drops an unclosed script or comment to the end rather than show code', () => {
    expect(htmlToText('Text<script>alert(1)')).toBe('Text');
    expect(htmlToText('Text<!-- never closed')).toBe('Text');
    expect(htmlToText('5 &lt; 6 &unknown; &#0;')).toBe('5 < 6 &unknown; &#0;');
  });
});
