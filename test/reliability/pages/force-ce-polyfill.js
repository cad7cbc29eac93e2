// Asks the webcomponents bundle that follows to replace the native custom elements registry with its polyfill.
window.customElements.forcePolyfill = true;
