/**
 * Treatment compare: "Look like the page". A widget with that look (class tc-look-page) shows the page's own text
 * colour on the page's own background (treatment-compare-look.css), so its accents (buttons, links, the focus ring,
 * urgent and crisis text) must be the ones made for that background: the widget's light ones on a light page, its
 * dark ones on a dark page. This sets each such widget's theme attribute to `light` or `dark` to suit the page
 * around it, whatever the Theme setting says, and again when the page changes (a site's dark-mode switch, the
 * visitor's system setting, a widget added later, the block editor's preview).
 *
 * How the page is read: the text colour the widget inherits, and the first background colour behind it. When the
 * text stands out from that background (3:1 or more), the page is dark if its text is lighter than the background.
 * When it does not (an image, a gradient or an overlay is the real background, as in a Cover block), the text colour
 * alone decides: light text is on a dark background. A colour that cannot be read leaves the theme as it is.
 *
 * A file (no inline script), deferred, and it changes only attributes: a strict Content-Security-Policy allows it.
 */
( function () {
	'use strict';

	var SELECTOR = 'treatment-compare.tc-look-page';
	var scheduled = false;

	/** [r, g, b, alpha] of a computed colour such as "rgb(0, 0, 0)" or "rgba(0, 0, 0, 0.5)", or null. */
	function parse( color ) {
		var match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec( String( color ) );
		if ( ! match ) {
			return null;
		}
		var alpha = match[ 4 ] === undefined ? 1 : parseFloat( match[ 4 ] ) / ( /%$/.test( match[ 4 ] ) ? 100 : 1 );
		return [ +match[ 1 ], +match[ 2 ], +match[ 3 ], alpha ];
	}

	/** WCAG relative luminance of [r, g, b]. */
	function luminance( rgb ) {
		var weights = [ 0.2126, 0.7152, 0.0722 ];
		var sum = 0;
		for ( var i = 0; i < 3; i++ ) {
			var c = rgb[ i ] / 255;
			sum += weights[ i ] * ( c <= 0.04045 ? c / 12.92 : Math.pow( ( c + 0.055 ) / 1.055, 2.4 ) );
		}
		return sum;
	}

	/** The first mostly opaque background colour behind an element, or white (the page's canvas) if none. */
	function background( element ) {
		for ( var node = element.parentElement; node; node = node.parentElement ) {
			var color = parse( getComputedStyle( node ).backgroundColor );
			if ( color && color[ 3 ] >= 0.5 ) {
				return color;
			}
		}
		return [ 255, 255, 255, 1 ];
	}

	/** `dark` or `light` for the page around a widget, or '' when its colours cannot be read. */
	function pageTheme( element ) {
		var text = parse( getComputedStyle( element ).color );
		if ( ! text ) {
			return '';
		}
		var back = background( element );
		var lt = luminance( text );
		var lb = luminance( back );
		var contrast = ( Math.max( lt, lb ) + 0.05 ) / ( Math.min( lt, lb ) + 0.05 );
		if ( contrast >= 3 ) {
			return lt > lb ? 'dark' : 'light';
		}
		// 0.179: the luminance that contrasts as much with black as with white.
		return lt > 0.179 ? 'dark' : 'light';
	}

	function update() {
		scheduled = false;
		var widgets = document.querySelectorAll( SELECTOR );
		for ( var i = 0; i < widgets.length; i++ ) {
			var theme = pageTheme( widgets[ i ] );
			if ( theme && widgets[ i ].getAttribute( 'theme' ) !== theme ) {
				widgets[ i ].setAttribute( 'theme', theme );
			}
		}
	}

	function schedule() {
		if ( ! scheduled ) {
			scheduled = true;
			( window.requestAnimationFrame || setTimeout )( update );
		}
	}

	update();
	if ( window.MutationObserver ) {
		var observer = new MutationObserver( schedule );
		// Dark-mode switches change a class or style of <html> or <body>; widgets come and go in the page.
		observer.observe( document.documentElement, { attributes: true, attributeFilter: [ 'class', 'style', 'data-theme' ] } );
		if ( document.body ) {
			observer.observe( document.body, { attributes: true, attributeFilter: [ 'class', 'style', 'data-theme' ], childList: true, subtree: true } );
		}
	}
	if ( window.matchMedia ) {
		var media = window.matchMedia( '(prefers-color-scheme: dark)' );
		if ( media.addEventListener ) {
			media.addEventListener( 'change', schedule );
		}
	}
	window.addEventListener( 'load', schedule );
} )();
