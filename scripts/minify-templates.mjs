// Rollup plugin: collapses the indentation inside html`` and css`` templates. Lit templates keep their
// source whitespace otherwise, and it is a large share of the bundle. Whitespace between tags and in CSS is
// not meaningful in CSS; in HTML a run that holds a line break becomes one space, which keeps the
// spaces between inline elements that the text needs.
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !/\b(html|css)\s*`/.test(code)) return null;
      const ast = this.parse(code);
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && ['html', 'css'].includes(node.tag.name)) {
          const isCss = node.tag.name === 'css';
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            // Between two tags on different lines the break is layout only; elsewhere it may separate words.
            let out = isCss ? raw.replace(/\s*\n\s*/g, '') : raw.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
            if (isCss) out = out.replace(/\/\*[^]*?\*\//g, '').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}');
            if (out !== raw) edits.push([quasi.start, quasi.end, out]);
          }
        }
        for (const key of Object.keys(node)) {
          const child = node[key];
          if (Array.isArray(child)) child.forEach(visit);
          else if (child && typeof child.type === 'string') visit(child);
        }
      };
      visit(ast);
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let result = code;
      for (const [start, end, text] of edits) result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}
