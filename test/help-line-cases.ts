// The help lines of test/fixtures/help-lines.json, each kept or refused by the rule that a tel: or sms: line dials
// exactly what it shows (issue 15, item 1). Read by the widget's tests in the browser (source, schema, built bundles);
// the WordPress plugin's tests read the same file in Node.

export interface HelpLineCase {
  why: string;
  ok: boolean;
  line: Record<string, string>;
}

export const helpLineCases = async (): Promise<HelpLineCase[]> =>
  (await (await fetch(new URL('./fixtures/help-lines.json', import.meta.url))).json()).cases;
