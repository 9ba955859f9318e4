// Whether XML text is well formed, and where it is not, by line. The XML parser that runs in the
// worker (@xmldom/xmldom, which the graphology readers use) is lenient: it reads a file with a
// closing tag missing or misplaced without a word and quietly builds a different graph. A browser
// refuses such a file; so does this check, before anything else reads it.

/** The first place where the text is not well-formed XML: a line number and what is wrong. */
export interface XmlFault {
  line: number;
  message: string;
}

const NAME = /[^\s/>=<"'!?]+/y;
const SPACE = /\s*/y;
const BAD_AMPERSAND = /&(?![A-Za-z_][\w.-]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)/;

/**
 * Returns the first fault that makes `text` not well-formed XML (tags that do not match or are
 * never closed, a second top-level element, text outside it, a bare "<" or "&", an attribute
 * without a quoted value or given twice, an unterminated comment, CDATA section or processing
 * instruction), or undefined when it is well formed. Entities are not resolved and no DTD is read.
 */
export function findXmlFault(text: string): XmlFault | undefined {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Line numbers are counted as the scan moves forward, so the whole check stays linear.
  let lineCursor = 0;
  let line = 1;
  const lineAt = (offset: number): number => {
    for (; lineCursor < offset; lineCursor++) if (text.charCodeAt(lineCursor) === 10) line++;
    return line;
  };
  const fault = (offset: number, message: string): XmlFault => ({ line: lineAt(offset), message });
  const open: { name: string; line: number }[] = [];
  let rootSeen = false;

  const checkText = (from: number, to: number): XmlFault | undefined => {
    if (from >= to) return undefined;
    const segment = text.slice(from, to);
    const amp = BAD_AMPERSAND.exec(segment);
    if (amp) return fault(from + amp.index, 'a bare "&" (write &amp;)');
    if (open.length === 0 && segment.trim() !== '') {
      const at = from + segment.search(/\S/);
      return fault(
        at,
        rootSeen ? 'text after the end of the document' : 'text before the first element',
      );
    }
    if (segment.includes(']]>')) return fault(from + segment.indexOf(']]>'), '"]]>" in text');
    return undefined;
  };

  while (i < n) {
    const lt = text.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    const textFault = checkText(i, textEnd);
    if (textFault) return textFault;
    if (lt === -1) break;
    i = lt;

    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) return fault(i, 'a processing instruction "<?" is never closed with "?>"');
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return fault(i, 'a comment "<!--" is never closed with "-->"');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      if (open.length === 0) return fault(i, 'a CDATA section outside the top-level element');
      const end = text.indexOf(']]>', i + 9);
      if (end === -1) return fault(i, 'a CDATA section is never closed with "]]>"');
      i = end + 3;
    } else if (text.startsWith('<!DOCTYPE', i)) {
      if (rootSeen) return fault(i, 'a DOCTYPE after the first element');
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      const end = bracket !== -1 && bracket < close ? text.indexOf(']>', bracket) + 1 : close;
      if (end <= 0) return fault(i, 'a DOCTYPE is never closed with ">"');
      i = end + 1;
    } else if (text.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const match = NAME.exec(text);
      if (!match) return fault(i, 'a closing tag "</" without a name');
      const name = match[0];
      SPACE.lastIndex = NAME.lastIndex;
      SPACE.exec(text);
      if (text.charAt(SPACE.lastIndex) !== '>') {
        return fault(i, `the closing tag </${name}> is not ended with ">"`);
      }
      const top = open.pop();
      if (!top) return fault(i, `</${name}> closes an element that was never opened`);
      if (top.name !== name) {
        return fault(
          i,
          `</${name}> does not match <${top.name}>, opened on line ${top.line} and not yet closed`,
        );
      }
      i = SPACE.lastIndex + 1;
    } else {
      const start = i;
      NAME.lastIndex = i + 1;
      const match = NAME.exec(text);
      if (!match || match.index !== i + 1) return fault(i, 'a bare "<" (write &lt;)');
      const name = match[0];
      if (open.length === 0 && rootSeen) {
        return fault(i, `a second top-level element <${name}> (a document has one)`);
      }
      let at = NAME.lastIndex;
      const seen = new Set<string>();
      let selfClosing = false;
      for (;;) {
        SPACE.lastIndex = at;
        SPACE.exec(text);
        const spaced = SPACE.lastIndex > at;
        at = SPACE.lastIndex;
        if (at >= n) return fault(start, `the tag <${name} is never ended with ">"`);
        if (text.startsWith('/>', at)) {
          selfClosing = true;
          at += 2;
          break;
        }
        if (text.charAt(at) === '>') {
          at += 1;
          break;
        }
        if (!spaced) return fault(at, `unexpected ${JSON.stringify(text.charAt(at))} in <${name}>`);
        NAME.lastIndex = at;
        const attribute = NAME.exec(text);
        if (!attribute || attribute.index !== at) {
          return fault(at, `unexpected ${JSON.stringify(text.charAt(at))} in <${name}>`);
        }
        const attr = attribute[0];
        if (seen.has(attr)) return fault(at, `<${name}> has the attribute ${attr} twice`);
        seen.add(attr);
        SPACE.lastIndex = NAME.lastIndex;
        SPACE.exec(text);
        if (text.charAt(SPACE.lastIndex) !== '=') {
          return fault(at, `the attribute ${attr} of <${name}> has no value (write ${attr}="…")`);
        }
        SPACE.lastIndex += 1;
        SPACE.exec(text);
        const quote = text.charAt(SPACE.lastIndex);
        if (quote !== '"' && quote !== "'") {
          return fault(at, `the value of ${attr} in <${name}> is not in quotes`);
        }
        const valueStart = SPACE.lastIndex + 1;
        const valueEnd = text.indexOf(quote, valueStart);
        if (valueEnd === -1) {
          return fault(at, `the value of ${attr} in <${name}> has no closing quote`);
        }
        const value = text.slice(valueStart, valueEnd);
        const lt = value.indexOf('<');
        if (lt !== -1) {
          return fault(valueStart + lt, `"<" in the value of ${attr} in <${name}> (write &lt;)`);
        }
        const amp = BAD_AMPERSAND.exec(value);
        if (amp) return fault(valueStart + amp.index, 'a bare "&" (write &amp;)');
        at = valueEnd + 1;
      }
      if (open.length === 0) rootSeen = true;
      if (!selfClosing) open.push({ name, line: lineAt(start) });
      i = at;
    }
  }
  const unclosed = open.at(-1);
  if (unclosed) {
    return {
      line: unclosed.line,
      message: `<${unclosed.name}> is never closed (the file ends at line ${lineAt(n)})`,
    };
  }
  if (!rootSeen) return { line: lineAt(n), message: 'no XML element in the file' };
  return undefined;
}
