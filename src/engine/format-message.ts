/** Fills `{{name}}` placeholders from `data`; an unfilled placeholder is a rule bug and throws. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in data)) throw new Error(`message placeholder {{${name}}} has no data`);
    return String(data[name]);
  });
}
