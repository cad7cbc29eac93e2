export const STRICT_CSP: string;
export const TRUSTED_TYPES_CSP: string;
export const TRUSTED_TYPES_POLICIES: Record<'csp-ttlit-' | 'csp-ttnone-' | 'csp-ttother-' | 'csp-ttfirst-', string>;
export function policyFor(page: string): string | undefined;
export function cspHeaders(ctx: unknown, next: () => Promise<unknown>): Promise<unknown>;
