import { LEVEL_IDS } from './engine/ids.js';

/**
 * The space a page reserves for the widget while its script loads, so nothing below it moves when it renders.
 * Per language, per number of levels shown and per width of the widget (not of the screen: a theme's column or a
 * sidebar is narrower), the tallest first render (the default start view) measured in Chromium on the built
 * bundle, plus a little slack. Written by `npm run reserve` (scripts/reserve.mjs); test/reserve.test.ts fails when
 * the widget's first render outgrows it, or the README, the WordPress plugin or the benchmark stop using it. Not
 * part of the bundles.
 */
export type Reserve = ReadonlyArray<readonly [minWidgetWidth: number, minHeight: number]>;

/** Levels shown: the default two, three or four. Each column makes the comparison taller on a phone. */
export const RESERVE_COUNTS = [2, 3, 4] as const;
export type LevelCount = (typeof RESERVE_COUNTS)[number];
export type ReserveLanguage = 'en' | 'es';

export const RESERVE: Readonly<Record<ReserveLanguage, Readonly<Record<LevelCount, Reserve>>>> = {"en":{"2":[[0,2170],[265,2130],[275,2060],[285,2030],[290,1990],[300,1960],[310,1920],[325,1850],[345,1730],[370,1620],[380,1570],[390,1520],[445,1470],[480,1320],[505,1250],[545,1230],[605,1270],[665,1250],[760,1200],[785,1150],[920,1050],[1050,1000]],"3":[[0,2660],[265,2550],[275,2530],[285,2420],[290,2390],[300,2370],[310,2320],[325,2200],[345,2140],[370,2020],[380,1990],[390,1970],[445,1590],[480,1530],[505,1410],[545,1360],[595,1290],[605,1340],[665,1360],[760,1290],[785,1240],[920,1150],[1050,1100]],"4":[[0,2990],[265,2970],[275,2860],[285,2840],[290,2730],[300,2700],[310,2630],[325,2510],[345,2450],[370,2350],[380,2300],[390,2250],[445,2160],[480,2080],[505,2010],[545,1990],[605,2030],[665,2010],[760,1980],[785,1390],[920,1270],[1050,1170]]},"es":{"2":[[0,2680],[265,2530],[275,2510],[285,2400],[290,2300],[300,2230],[310,2140],[325,2090],[345,1970],[370,1870],[380,1820],[390,1800],[415,1650],[445,1610],[480,1560],[545,1410],[595,1300],[605,1520],[640,1390],[760,1300],[785,1270],[920,1220],[1050,1150]],"3":[[0,3300],[265,3180],[275,3080],[285,2960],[290,2830],[300,2740],[310,2640],[325,2600],[345,2500],[370,2450],[380,2230],[390,2210],[415,2100],[445,1770],[480,1700],[505,1650],[545,1550],[595,1460],[605,1530],[640,1440],[665,1560],[760,1430],[785,1390],[920,1290],[1050,1170]],"4":[[0,3650],[265,3560],[275,3440],[285,3300],[290,3190],[300,3070],[310,2950],[325,2910],[345,2810],[370,2760],[380,2630],[390,2520],[415,2390],[445,2340],[480,2270],[505,2250],[545,2130],[595,2060],[605,2130],[640,2080],[760,2030],[785,1480],[920,1390],[1050,1290]]}};

/** The wrapper whose width the reserve follows: a container, so its rules can ask how wide the widget is. */
export const RESERVE_CLASS = 'treatment-compare-reserve';

/** The height reserved for a widget this wide, in this language, with this many levels. */
export function reservedHeight(lang: ReserveLanguage, count: LevelCount, width: number, reserve = RESERVE): number {
  return [...reserve[lang][count]].reverse().find(([from]) => width >= from)![1];
}

/** Every way to pick `size` of `items`, in their order. */
const combinations = <T>(items: readonly T[], size: number): T[][] =>
  size === 0 ? [[]] : items.flatMap((item, i) => combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));

/**
 * The reserve as CSS: a page's `<style>`, the plugin's stylesheet and the benchmark all use this text. Each width
 * rule sets the heights for two, three and four levels as custom properties (only those that change there); the
 * last rules pick one by the `levels` attribute (CSS cannot count words, so "three levels" is any three of the
 * four ids, matched in any case and with any separator, as the element reads them). It stays once the widget has started (the start view is its tallest first render, so nothing moves),
 * and applies to the default view only: a quiz-only or comparison-only widget is much shorter. Spanish runs
 * longer; `:lang(es)` matches a `lang="es"` on the element or on the page. The wrapper is 100% wide because an
 * inline-size container cannot take its width from its content.
 */
export function reserveCss(reserve = RESERVE): string {
  const child = `.${RESERVE_CLASS}>`;
  const langs = ['en', 'es'] as const;
  const widths = [...new Set(langs.flatMap((lang) => RESERVE_COUNTS.flatMap((n) => reserve[lang][n].map(([w]) => w))))].sort((a, b) => a - b);
  const settings = (lang: ReserveLanguage, width: number, before: number | null) => {
    const set = RESERVE_COUNTS.filter((n) => before === null || reservedHeight(lang, n, width, reserve) !== reservedHeight(lang, n, before, reserve));
    const decls = set.map((n) => `--tc-reserve-${n}:${reservedHeight(lang, n, width, reserve)}px`).join(';');
    return decls ? `${child}${lang === 'es' ? ':lang(es)' : '*'}{${decls}}` : '';
  };
  const ladder = widths.map((width, i) => {
    const rules = langs.map((lang) => settings(lang, width, i ? widths[i - 1] : null)).join('');
    return width === 0 ? langs.map((lang) => settings(lang, 0, null)).join('\n') : `@container (min-width:${width}px){${rules}}`;
  });
  // As the element reads the attribute: any case, ids between spaces or commas ("iop,php,inpatient", "IOP PHP
  // Inpatient"). No id holds another (inpatient, outpatient), so a substring match finds each one.
  const has = (levels: readonly string[]) => levels.map((id) => `[levels*=${id} i]`).join('');
  const picks = RESERVE_COUNTS.map((n) => {
    const sets = combinations(LEVEL_IDS, n);
    const which = n === RESERVE_COUNTS[0] ? '' : sets.length === 1 ? has(sets[0]) : `:is(${sets.map(has).join(',')})`;
    return `${child}${which}:not([view]){${n === RESERVE_COUNTS[0] ? 'display:block;' : ''}min-height:var(--tc-reserve-${n})}`;
  });
  return [`.${RESERVE_CLASS}{width:100%;container-type:inline-size}`, ...ladder, ...picks].join('\n');
}
