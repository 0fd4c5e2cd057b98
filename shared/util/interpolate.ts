/** `{{name}}` placeholders, as rule messages and error texts write them. */
export type TemplateParams = Readonly<Record<string, string | number | boolean>>;

/** Replaces `{{name}}` with params.name; unknown names are left visible so a missing param is noticed. */
export function interpolate(template: string, params: TemplateParams): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
