// What a browser would build from a page: elements, attributes and text, read with a real HTML parser
// (parse5, the WHATWG algorithm), so that tests see injected markup the way a browser would.
import { parse } from 'parse5';

type Node = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };
export type Attribute = { element: string; name: string; value: string };
export type ParsedPage = { elements: string[]; attributes: Attribute[]; text: string };

export function parsePage(html: string): ParsedPage {
  const page: ParsedPage = { elements: [], attributes: [], text: '' };
  const visit = (node: Node) => {
    if (node.nodeName === '#text') page.text += node.value;
    if (node.tagName) {
      page.elements.push(node.tagName);
      for (const { name, value } of node.attrs ?? []) page.attributes.push({ element: node.tagName, name, value });
    }
    for (const child of node.content?.childNodes ?? node.childNodes ?? []) visit(child);
  };
  visit(parse(html) as unknown as Node);
  return page;
}
