// Between the reader's DOM and offsets in a source's text. The text is drawn as paragraphs
// (`p[data-start]`, holding nothing but the text's own characters, inside marks and spans), so a
// point in the DOM maps to an offset by counting the characters before it in its paragraph: the
// same UTF-16 code units a span counts, across marks, emoji and CRLF line ends alike.
import type { Span } from '../../model/quotes';

const PARAGRAPH = 'p[data-start]';

function paragraphStart(paragraph: Element): number {
  return Number((paragraph as HTMLElement).dataset.start);
}

/**
 * Returns the offset in the text of a DOM point (a node and an offset in it, as a Selection or a
 * Range gives them). A point before the text's container is 0, one after it the text's end; one
 * between paragraphs is the start of the next paragraph.
 */
export function offsetOfPoint(
  container: Element,
  node: Node,
  offset: number,
  textLength: number,
): number {
  if (node !== container && !container.contains(node)) {
    const before = container.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING;
    return before ? 0 : textLength;
  }
  const document = container.ownerDocument;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest(PARAGRAPH);
  if (paragraph && container.contains(paragraph)) {
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, offset);
    return paragraphStart(paragraph) + range.toString().length;
  }
  const point = document.createRange();
  point.setStart(node, offset);
  for (const next of container.querySelectorAll(PARAGRAPH)) {
    if (point.comparePoint(next, 0) >= 0) return paragraphStart(next);
  }
  return textLength;
}

/**
 * Returns the span of the text a DOM range covers, without the white space at its ends (a drag
 * often takes a space or a line end with it), or null when it covers none of the text.
 */
export function spanOfRange(container: Element, range: AbstractRange, text: string): Span | null {
  let start = offsetOfPoint(container, range.startContainer, range.startOffset, text.length);
  let end = offsetOfPoint(container, range.endContainer, range.endOffset, text.length);
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return start < end ? [start, end] : null;
}

/** Returns the DOM point of an offset of the text: a text node and an offset in it, or null. */
export function pointAtOffset(
  container: Element,
  offset: number,
): { node: Node; offset: number } | null {
  for (const paragraph of container.querySelectorAll(PARAGRAPH)) {
    const start = paragraphStart(paragraph);
    const end = Number((paragraph as HTMLElement).dataset.end);
    if (offset > end) continue;
    let rest = Math.max(0, offset - start);
    const walker = container.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let last: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue?.length ?? 0;
      if (rest <= length) return { node, offset: rest };
      rest -= length;
      last = node;
    }
    return last ? { node: last, offset: last.nodeValue?.length ?? 0 } : null;
  }
  return null;
}
