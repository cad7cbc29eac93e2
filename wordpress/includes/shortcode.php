<?php
/**
 * The shortcode, for the Classic editor, page builders and widgets:
 *
 *   [treatment_compare facility_name="Harbor Light Recovery" phone="(555) 010-2345" levels="iop php inpatient"]
 *   { "questions": ["substances", "withdrawal", "severity", "relapse", "mental-health", "health", "environment"] }
 *   [/treatment_compare]
 *
 * Settings are the block's, in snake_case or kebab-case (facility_name or facility-name), and look="page" (the page's
 * font and colours, no card) or look="card"; the configuration JSON is the enclosed content.
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_shortcode( 'treatment_compare', 'treatment_compare_shortcode' );

/**
 * Renders the shortcode.
 *
 * @param array|string $atts    Attributes (an empty string when there are none).
 * @param string|null  $content The enclosed configuration JSON.
 * @return string
 */
function treatment_compare_shortcode( $atts, $content = null ) {
	// facility_name, facility-name, facilityName (WordPress lower-cases it) all name the same setting.
	$names = array( 'look' => 'look' ); // look="page" or look="card"; absent: the site's default.
	foreach ( array_keys( treatment_compare_attribute_map() ) as $key ) {
		$names[ str_replace( '_', '', $key ) ] = $key;
	}
	$own   = array();
	$class = '';
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		$plain = str_replace( array( '-', '_' ), '', strtolower( (string) $name ) );
		if ( isset( $names[ $plain ] ) ) {
			$own[ $names[ $plain ] ] = $value;
		} elseif ( 'class' === $plain && is_string( $value ) ) {
			$class = $value;
		}
	}

	return treatment_compare_render(
		$own,
		treatment_compare_shortcode_json( (string) $content ),
		// A class="…" given to the shortcode goes on an outer <div>, as a block's extra CSS class does.
		function () use ( $class ) {
			return treatment_compare_wrapper_attributes( $class, '' );
		},
		// A shortcode may sit in a line of text, inside a <p>: its fallback cannot be a paragraph of its own.
		'span'
	);
}

/**
 * The JSON between the shortcode's tags, as the author wrote it.
 *
 * WordPress changes post text before shortcodes run (the_content: wptexturize and wpautop at priority 10,
 * do_shortcode at 11), and editors change it when it is saved:
 * - wptexturize turns straight quotes into curly ones (“ ” ‘ ’, ″ after a digit), saved as &#8220;-style entities;
 *   treatment_compare_protect_shortcode() below asks it to skip this shortcode, but page builders and other
 *   filters texturize on their own;
 * - wpautop wraps blank-line-separated parts in <p> and ends lines with <br />;
 * - the Classic editor's Visual tab and kses (for Authors) save &quot;, &amp;, &nbsp; and the like.
 * So the tags are removed and the entities decoded; if the JSON still does not parse, curly quotes and primes are
 * made straight and non-breaking spaces plain, and it is parsed again.
 *
 * @param string $content Enclosed content.
 * @return string JSON text (may still be invalid: the caller reports it).
 */
function treatment_compare_shortcode_json( $content ) {
	$text = preg_replace( '#</?p(?:\s[^>]*)?>|<br\s*/?>#i', '', $content );
	$text = trim( html_entity_decode( (string) $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	if ( '' === $text || null !== json_decode( $text ) || JSON_ERROR_NONE === json_last_error() ) {
		return $text;
	}
	$repaired = str_replace(
		array( '“', '”', '„', '″', '‘', '’', '′', "\xC2\xA0" ),
		array( '"', '"', '"', '"', "'", "'", "'", ' ' ),
		$text
	);
	return $repaired;
}

/**
 * Keeps wptexturize out of the shortcode's content (its JSON) and attributes.
 *
 * @param string[] $shortcodes Shortcodes wptexturize skips.
 * @return string[]
 */
function treatment_compare_no_texturize( $shortcodes ) {
	$shortcodes   = is_array( $shortcodes ) ? $shortcodes : array();
	$shortcodes[] = 'treatment_compare';
	return $shortcodes;
}
add_filter( 'no_texturize_shortcodes', 'treatment_compare_no_texturize' );

/**
 * Before wpautop (priority 10) runs on post text, puts each [treatment_compare]…[/treatment_compare] on a line of
 * its own with its JSON on that line: wpautop then leaves the JSON alone (no <p> or <br /> inside it, even with
 * blank lines in it), and shortcode_unautop takes away the paragraph around it, so the widget is not rendered
 * inside a <p>. (JSON needs no line breaks: any whitespace between its parts is the same.)
 *
 * @param string $content Post text.
 * @return string
 */
function treatment_compare_protect_shortcode( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '[treatment_compare' ) ) {
		return $content;
	}
	$result = preg_replace_callback(
		'/' . get_shortcode_regex( array( 'treatment_compare' ) ) . '/',
		function ( $match ) {
			if ( '[' === $match[1] && ']' === $match[6] ) {
				return $match[0]; // [[treatment_compare]] is the shortcode written as text.
			}
			$open = '[' . $match[2] . preg_replace( '/\s*[\r\n]+\s*/', ' ', $match[3] ) . $match[4] . ']';
			if ( '/' !== $match[4] && false !== strpos( $match[0], '[/' . $match[2] . ']' ) ) {
				$open .= trim( preg_replace( '/\s*[\r\n]+\s*/', ' ', $match[5] ) ) . '[/' . $match[2] . ']';
			}
			return $match[1] . "\n\n" . $open . "\n\n" . $match[6];
		},
		$content
	);
	return null === $result ? $content : $result;
}
add_filter( 'the_content', 'treatment_compare_protect_shortcode', 8 );
add_filter( 'widget_text_content', 'treatment_compare_protect_shortcode', 8 );
