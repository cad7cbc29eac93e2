// Injection corpus for the reliability suite: HTML, script, URL, template and CSS payloads a hostile or careless
// editor might paste into an attribute or a facility config. A payload that manages to run code sets
// `__pwned` on the top or parent window (the test page that owns the iframe), so execution is detectable.

export interface Payload {
  /** Short name for messages. */
  name: string;
  text: string;
  /** In a URL field this would run code or load a document: it must be refused (and warned about). */
  unsafeUrl?: boolean;
  /**
   * Looks like a link on the same site but opens another (`//host`, `\\host`, `/\host`): refused as a link the
   * facility gives (cta-href), with a warning.
   */
  offSite?: boolean;
}

const RUN = 'top.__pwned=1';
const RUN_PARENT = 'parent.__pwned=1';

const html: Payload[] = [
  { name: 'script', text: `<script>${RUN}</script>` },
  { name: 'script src', text: `<script src="data:text/javascript,${RUN}"></script>` },
  { name: 'img onerror', text: `<img src=x onerror="${RUN}">` },
  { name: 'img onerror unquoted', text: `<img src=x onerror=${RUN_PARENT}>` },
  { name: 'svg onload', text: `<svg onload=${RUN}>` },
  { name: 'svg script', text: `<svg><script>${RUN}</script></svg>` },
  { name: 'attribute breakout', text: `"><b>bold</b><img src=x onerror=${RUN}>` },
  { name: 'single-quote breakout', text: `'><b onmouseover=${RUN}>x</b>` },
  { name: 'iframe srcdoc', text: `<iframe srcdoc="<script>${RUN_PARENT}</script>"></iframe>` },
  { name: 'iframe javascript', text: `<iframe src="javascript:${RUN_PARENT}"></iframe>` },
  { name: 'object data', text: `<object data="data:text/html,<script>${RUN_PARENT}</script>"></object>` },
  { name: 'embed', text: `<embed src="javascript:${RUN}">` },
  { name: 'details ontoggle', text: `<details open ontoggle=${RUN}>` },
  { name: 'body onload', text: `<body onload=${RUN}>` },
  { name: 'math href', text: `<math><mi xlink:href="javascript:${RUN}">x</mi></math>` },
  { name: 'textarea breakout', text: `</textarea></title></style><script>${RUN}</script>` },
  { name: 'comment breakout', text: `--><script>${RUN}</script><!--` },
  { name: 'cdata', text: `<![CDATA[<script>${RUN}</script>]]>` },
  { name: 'meta refresh', text: `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">` },
  { name: 'base href', text: `<base href="javascript:${RUN}//">` },
  { name: 'form action', text: `<form action="javascript:${RUN}"><button>go</button></form>` },
  { name: 'entities', text: `&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;script&#62;${RUN}&#60;/script&#62;` },
  { name: 'template tag', text: `<template><img src=x onerror=${RUN}></template>` },
  { name: 'slot and part', text: `<slot name="x"></slot><span part="crisis">fake help</span>` },
  { name: 'custom element', text: `<treatment-compare config='{"x":1}'></treatment-compare>` },
];

const urls: Payload[] = [
  { name: 'javascript:', text: `javascript:${RUN}`, unsafeUrl: true },
  { name: 'JavaScript: mixed case', text: `JavaScript:${RUN}`, unsafeUrl: true },
  { name: 'JAVASCRIPT: upper case', text: `JAVASCRIPT:${RUN}`, unsafeUrl: true },
  { name: 'leading space', text: ` javascript:${RUN}`, unsafeUrl: true },
  { name: 'leading tab and newline', text: `\t\njavascript:${RUN}`, unsafeUrl: true },
  { name: 'java<tab>script:', text: `java\tscript:${RUN}`, unsafeUrl: true },
  { name: 'java<newline>script:', text: `java\nscript:${RUN}`, unsafeUrl: true },
  { name: 'java<cr>script:', text: `java\rscript:${RUN}`, unsafeUrl: true },
  { name: 'leading NUL', text: `\u0000javascript:${RUN}`, unsafeUrl: true },
  { name: 'leading C0 controls', text: `\u0001\u001f javascript:${RUN}`, unsafeUrl: true },
  { name: 'leading no-break space', text: `\u00a0javascript:${RUN}`, unsafeUrl: true },
  { name: 'leading BOM', text: `\ufeffjavascript:${RUN}`, unsafeUrl: true },
  { name: 'leading line separator', text: `\u2028javascript:${RUN}`, unsafeUrl: true },
  { name: 'leading ideographic space', text: `\u3000javascript:${RUN}`, unsafeUrl: true },
  { name: 'trailing spaces', text: `javascript:${RUN}   `, unsafeUrl: true },
  { name: 'javascript:// comment', text: `javascript://%0A${RUN}`, unsafeUrl: true },
  { name: 'javascript: percent-encoded', text: `javascript:%74op.__pwned=1`, unsafeUrl: true },
  { name: 'entity-encoded j', text: `&#106;avascript:${RUN}` },
  { name: 'entity tab', text: `jav&#x09;ascript:${RUN}` },
  { name: 'entity colon', text: `javascript&colon;${RUN}` },
  { name: 'data:text/html', text: `data:text/html,<script>${RUN_PARENT}</script>`, unsafeUrl: true },
  { name: 'data: base64', text: 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+', unsafeUrl: true },
  { name: 'DATA: upper case', text: `DATA:text/html,<script>${RUN_PARENT}</script>`, unsafeUrl: true },
  { name: 'vbscript:', text: 'vbscript:msgbox(1)', unsafeUrl: true },
  { name: 'VBScript: mixed case', text: 'VBScript:msgbox(1)', unsafeUrl: true },
  { name: 'blob:', text: 'blob:https://evil.example/1234' , unsafeUrl: true },
  { name: 'file:', text: 'file:///etc/passwd', unsafeUrl: true },
  { name: 'protocol-relative', text: '//evil.example/book', offSite: true },
  { name: 'backslash host', text: '\\\\evil.example\\book', offSite: true },
  { name: 'slash backslash host', text: '/\\evil.example/book', offSite: true },
  { name: 'https with credentials', text: 'https://user:pass@evil.example/' },
  { name: 'tel: with script', text: `tel:911<script>${RUN}</script>` },
];

const templates: Payload[] = [
  { name: 'template literal', text: '${top.__pwned=1}' },
  { name: 'backticks', text: '`${top.__pwned=1}`' },
  { name: 'mustache', text: '{{constructor.constructor("top.__pwned=1")()}}' },
  { name: 'angular', text: '{{$on.constructor("top.__pwned=1")()}}' },
  { name: 'placeholder {level}', text: '{level} {facility} {phone}' },
  { name: 'unknown placeholder', text: '{placeholder}' },
  { name: 'prototype placeholders', text: '{constructor} {__proto__} {toString} {hasOwnProperty}' },
  { name: 'Lit marker comment', text: '<!--?lit$123456789$-->' },
  { name: 'Lit marker text', text: 'lit$123456789$ ?lit$ $lit$' },
  { name: 'Lit attribute marker', text: 'x$lit$="y" @click=${top.__pwned=1}' },
  { name: 'replace patterns', text: "$& $' $` $1 $$" },
  { name: 'prototype words', text: '__proto__' },
  { name: 'constructor', text: 'constructor' },
];

const css: Payload[] = [
  { name: 'style breakout', text: '</style><style>*{display:none!important}</style>' },
  { name: 'CSS expression', text: 'x{width:expression(top.__pwned=1)}' },
  { name: 'CSS url javascript', text: `x{background:url("javascript:${RUN}")}` },
  { name: 'CSS custom property', text: '--tc-color-primary: red; display: none' },
  { name: 'import', text: '@import url(//evil.example/x.css);' },
];

const text: Payload[] = [
  { name: 'RTL override', text: '\u202eevil.exe\u202c gnp.txt' },
  { name: 'zero-width', text: '\u200b\u200c\u200d\u2060\ufeff' },
  { name: 'Arabic', text: 'مرحبا بك في العلاج' },
  { name: 'Hebrew', text: 'שלום, טיפול' },
  { name: 'emoji', text: '👩‍👩‍👧‍👦 🏳️‍🌈 ❤️‍🩹' },
  { name: 'homoglyphs', text: 'Саll 911 nоw — раураl.соm' },
  { name: 'combining marks', text: 'Z̵̡̢̛̗̘̙̜̝̞̟̠̀́̂̃̄̅̆̇̈̉̊̋̌' },
  { name: 'control characters', text: 'a\u0000b\u0001c\u0007d\u001be\u001f' },
  { name: 'JSON fragment', text: '{"strings":{"en":{"title":"x"}}}' },
  { name: 'SQL', text: "'; DROP TABLE answers; --" },
];

/** The corpus: every payload, each with a distinct name. */
export const PAYLOADS: readonly Payload[] = [...html, ...urls, ...templates, ...css, ...text];

/**
 * How a browser reads the scheme of an href: leading and trailing C0 controls and spaces are stripped, tabs
 * and newlines anywhere are removed, case is ignored. Returns the scheme (without ':') or null if relative.
 */
export function schemeOf(href: string): string | null {
  const clean = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(clean)?.[1].toLowerCase() ?? null;
}

/** Schemes that run code or load a document of their own. */
export const UNSAFE_SCHEMES = ['javascript', 'data', 'vbscript', 'blob', 'file'];

/**
 * Bidi override and embedding controls (U+202A LRE … U+202E RLO): in facility text they could show 911 as 119, so
 * the widget drops them wherever a facility's text is shown. `shownAs` is a payload as the widget shows it.
 */
export const shownAs = (text: string) => text.replace(/[\u202a-\u202e]/g, '');
export const hasBidiOverride = (text: string) => /[\u202a-\u202e]/.test(text);

/** An href that would be unsafe as written, or once trimmed as a JavaScript string is trimmed. */
export const isUnsafeUrl = (href: string) =>
  [href, href.trim()].some((h) => UNSAFE_SCHEMES.includes(schemeOf(h) ?? ''));
