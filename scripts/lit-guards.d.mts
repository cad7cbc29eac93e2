// Types for test/lit-guards.test.ts.
export interface LitGuard {
  name: string;
  find: RegExp;
  replace: (...groups: string[]) => string;
}
export const LIT_GUARDS: LitGuard[];
export function guardLitHtml(code: string, id?: string): string;
export function litGuards(): { name: string; transform(code: string, id: string): { code: string; map: null } | null };
