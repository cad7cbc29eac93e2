import { expect } from '@open-wc/testing';
import { LIT_GUARDS, guardLitHtml } from '../scripts/lit-guards.mjs';
import { LIT_FIELDS, guardedParts } from '../src/lit-hardening.js';

// Issue 15, item 3: the guards that reach into Lit's own code. Each must find what it relies on in the Lit this
// package installs; an upgrade that moves it fails here (and fails the build), rather than shipping unguarded.

const litHtml = async () => (await fetch('/node_modules/lit-html/lit-html.js')).text();

describe("guards in Lit's own code", () => {
  it('at build time (scripts/lit-guards.mjs): each guard finds its place in lit-html exactly once, and rewrites it', async () => {
    const source = await litHtml();
    const guarded = guardLitHtml(source);
    expect(LIT_GUARDS.length).to.equal(2);
    for (const guard of LIT_GUARDS) {
      expect(guard.find.test(source), `${guard.name}: found in Lit as installed`).to.equal(true);
      expect(guard.find.test(guarded), `${guard.name}: rewritten`).to.equal(false);
    }
    expect(guarded).to.include('createPolicy("lit-html",{__proto__:null,');
    expect(guarded).to.match(/=([\w$]+)\.length\?\1\[0\]:void 0;for\(;void 0!==/);
  });

  it('at build time: a Lit whose code moved fails loudly, naming the guard', async () => {
    const source = await litHtml();
    const moved = source.replace('createPolicy("lit-html",{createHTML:', 'createPolicy("lit-html",{createHTML :');
    expect(() => guardLitHtml(moved, 'lit-html.js')).to.throw(/Trusted Types policy's options: expected once in lit-html\.js, found 0 times/);
    const twice = source + source;
    expect(() => guardLitHtml(twice)).to.throw(/found 2 times/);
  });

  it('at run time (src/lit-hardening.ts): the part classes it guards are found in Lit', () => {
    // ChildPart, AttributePart, EventPart and ElementPart have Lit's setter of their own (the others inherit it).
    expect(guardedParts).to.be.at.least(4);
  });

  it('at run time: the property accessors Lit defines have no prototype (Lit still asks ReactiveElement for them)', async () => {
    const { ReactiveElement } = await import('lit');
    const descriptor = (ReactiveElement as unknown as { getPropertyDescriptor: (...a: unknown[]) => object }).getPropertyDescriptor('x', Symbol('x'), {});
    expect(Object.getPrototypeOf(descriptor)).to.equal(null);
    expect(descriptor).to.have.property('get').that.is.a('function');
    const source = await (await fetch('/node_modules/@lit/reactive-element/reactive-element.js')).text();
    expect(source, 'createProperty asks this.getPropertyDescriptor').to.match(/this\.getPropertyDescriptor\([\w$]+,[\w$]+,[\w$]+\)/);
  });

  it("at run time: the fields it gives own empty values are the ones Lit's production build reads before setting them", async () => {
    const source = await (await fetch('/node_modules/@lit/reactive-element/reactive-element.js')).text();
    const [initializers] = LIT_FIELDS.static;
    const [controllers, renderRoot] = LIT_FIELDS.instance;
    expect(source, 'initializers, read when an element is made').to.include(`this.constructor.${initializers}?.forEach(`);
    expect(source, 'initializers, copied from the superclass').to.include(`.${initializers}&&(this.${initializers}=[...`);
    expect(source, 'controllers, read when an element connects').to.include(`this.${controllers}?.forEach(`);
    expect(source, 'the render root, made when first needed').to.include(`this.${renderRoot}??=this.createRenderRoot()`);
  });
});
