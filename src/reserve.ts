/**
 * The space a page reserves for the widget while its script loads, so nothing below it moves when it renders.
 * Per language and per width of the widget (not of the screen: a theme's column or a sidebar is narrower), the
 * tallest first render (the default start view, default levels) measured in Chromium on the built bundle, plus
 * a little slack. Written by `npm run reserve` (scripts/reserve.mjs); test/reserve.test.ts fails when the
 * widget's first render outgrows it, or the README, the WordPress plugin or the benchmark stop using it. Not part
 * of the bundles.
 */
export type Reserve = ReadonlyArray<readonly [minWidgetWidth: number, minHeight: number]>;

export const RESERVE: Readonly<Record<'en' | 'es', Reserve>> = {"en":[[0,2170],[280,2030],[300,1960],[320,1870],[340,1760],[360,1660],[380,1570],[440,1490],[480,1320],[680,1220],[820,1120],[940,1030]],"es":[[0,2680],[280,2510],[300,2230],[320,2090],[340,2020],[360,1950],[380,1820],[400,1700],[440,1610],[520,1530],[540,1490],[560,1370],[600,1520],[640,1390],[760,1300],[1000,1200]]};

/** The wrapper whose width the reserve follows: a container, so its rules can ask how wide the widget is. */
export const RESERVE_CLASS = 'treatment-compare-reserve';

/**
 * The reserve as CSS: a page's `<style>`, the plugin's stylesheet and the benchmark all use this text. It stays
 * once the widget has started (the start view is its tallest first render, so nothing moves), and applies to the
 * default view only: a quiz-only or comparison-only widget is much shorter. Spanish runs longer; `:lang(es)`
 * matches a `lang="es"` on the element or on the page. The wrapper is 100% wide because an inline-size container
 * cannot take its width from its content.
 */
export function reserveCss(reserve = RESERVE): string {
  const host = (lang: string) => `.${RESERVE_CLASS}>${lang === 'es' ? ':lang(es)' : ''}:not([view])`;
  const rules = (lang: 'en' | 'es') =>
    reserve[lang].map(([width, height]) => {
      const rule = `${host(lang)}{${lang === 'en' && width === 0 ? 'display:block;' : ''}min-height:${height}px}`;
      return width === 0 ? rule : `@container (min-width:${width}px){${rule}}`;
    });
  return [`.${RESERVE_CLASS}{width:100%;container-type:inline-size}`, ...rules('en'), ...rules('es')].join('\n');
}
