/** Inline control comments: `<!-- newslint-disable rule-a -->` in Markdown and HTML, a bare line in text. */
export const MARKUP_DIRECTIVE = /<!--\s*newslint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;
export const TEXT_DIRECTIVE = /^[ \t]*newslint-(disable-next-line|disable-line|disable|enable)\b(.*)$/gm;
