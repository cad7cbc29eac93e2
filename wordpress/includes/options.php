<?php
/**
 * The settings every block, shortcode and the settings page share: their names, their allowed values, how each
 * one is cleaned, and the site-wide defaults (option `treatment_compare_defaults`).
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The one option this plugin stores (uninstall.php deletes it). */
const TREATMENT_COMPARE_OPTION = 'treatment_compare_defaults';

/**
 * The element's level ids, least to most intensive (README, "API").
 *
 * @return string[]
 */
function treatment_compare_level_ids() {
	return array( 'outpatient', 'iop', 'php', 'inpatient' );
}

/**
 * Known values of the settings that take one of a few words. An empty value always means "inherit".
 *
 * @return array<string, string[]>
 */
function treatment_compare_choices() {
	return array(
		'view'     => array( 'both', 'compare', 'quiz' ),
		'theme'    => array( 'light', 'dark', 'auto' ),
		'audience' => array( 'self', 'loved-one' ),
		'look'     => array( 'page', 'card' ),
	);
}

/**
 * Every setting of a block or shortcode (snake_case) and the element attribute it becomes. `config` is printed as a
 * child script, not an attribute.
 *
 * @return array<string, string>
 */
function treatment_compare_attribute_map() {
	return array(
		'facility_name' => 'facility-name',
		'phone'         => 'phone',
		'cta_href'      => 'cta-href',
		'cta_label'     => 'cta-label',
		'levels'        => 'levels',
		'offers'        => 'offers',
		'view'          => 'view',
		'theme'         => 'theme',
		'audience'      => 'audience',
		'lang'          => 'lang',
	);
}

/**
 * The keys of the site-wide defaults. `view` and `lang` are per page only (a site's language comes from the page).
 * `look` is `page` ("Look like the page": the page's font and text colour, no card background or padding) or empty
 * (the card); it is not an attribute of the element but a class the plugin's stylesheet selects (render.php).
 *
 * @return string[]
 */
function treatment_compare_default_keys() {
	return array( 'facility_name', 'phone', 'cta_href', 'cta_label', 'levels', 'offers', 'theme', 'audience', 'brand_color', 'look', 'config' );
}

/**
 * The stored site-wide defaults, every key present (empty string when unset).
 *
 * @return array<string, string>
 */
function treatment_compare_get_defaults() {
	$stored   = get_option( TREATMENT_COMPARE_OPTION, array() );
	$stored   = is_array( $stored ) ? $stored : array();
	$defaults = array();
	foreach ( treatment_compare_default_keys() as $key ) {
		$defaults[ $key ] = isset( $stored[ $key ] ) && is_scalar( $stored[ $key ] ) ? (string) $stored[ $key ] : '';
	}
	return $defaults;
}

/**
 * Plain text: entities decoded first (an Author's post passes through kses, which turns "&" into "&amp;"; the value
 * is escaped again on output), then WordPress's text sanitizer (no tags, no line breaks, valid UTF-8).
 *
 * @param mixed $value Raw value.
 * @return string
 */
function treatment_compare_clean_text( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$text = html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	return sanitize_text_field( $text );
}

/**
 * A booking or contact link: https, http, mailto, tel, or a relative URL on this site. Anything else (javascript:,
 * data:, a protocol-relative //host or \\host that would leave the site) gives an empty string.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function treatment_compare_clean_url( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	// Not sanitize_text_field(): it would remove a URL's percent-encoded octets (%20). Control characters go first,
	// as browsers ignore them ("java\tscript:").
	$url = trim( preg_replace( '/[\x00-\x1f\x7f]+/', '', html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) );
	if ( '' === $url || 0 === strpos( $url, '//' ) || false !== strpos( $url, '\\' ) ) {
		return '';
	}
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $url, $scheme ) ) {
		if ( ! in_array( strtolower( $scheme[1] ), array( 'https', 'http', 'mailto', 'tel' ), true ) ) {
			return '';
		}
	} elseif ( ! preg_match( '#^[/?\#.]#', $url ) ) {
		// "www.example.org/admissions": a site typed without its scheme. (esc_url_raw would add http://.)
		$url = 'https://' . $url;
	}
	return esc_url_raw( $url, array( 'https', 'http', 'mailto', 'tel' ) );
}

/**
 * A list of level ids (space- or comma-separated), unknown ids dropped, in intensity order.
 *
 * @param mixed $value Raw value: a string, or an array of ids.
 * @return string
 */
function treatment_compare_clean_levels( $value ) {
	if ( is_array( $value ) ) {
		$value = implode( ' ', array_filter( $value, 'is_scalar' ) );
	}
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$given = preg_split( '/[\s,]+/', strtolower( (string) $value ), -1, PREG_SPLIT_NO_EMPTY );
	return implode( ' ', array_values( array_intersect( treatment_compare_level_ids(), $given ) ) );
}

/**
 * A language tag such as en, es or pt-BR (a configuration may bring its own language).
 *
 * @param mixed $value Raw value.
 * @return string
 */
function treatment_compare_clean_lang( $value ) {
	$lang = trim( treatment_compare_clean_text( $value ) );
	return preg_match( '/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/', $lang ) ? $lang : '';
}

/**
 * A brand colour as #rrggbb (lower case), or an empty string.
 *
 * @param mixed $value Raw value, with or without the #.
 * @return string
 */
function treatment_compare_clean_color( $value ) {
	$color = trim( treatment_compare_clean_text( $value ) );
	if ( '' !== $color && '#' !== $color[0] ) {
		$color = '#' . $color;
	}
	$color = (string) sanitize_hex_color( $color );
	if ( 4 === strlen( $color ) ) {
		$color = '#' . $color[1] . $color[1] . $color[2] . $color[2] . $color[3] . $color[3];
	}
	return strtolower( $color );
}

/**
 * Cleans one setting (not `config`, see treatment_compare_parse_config()). An invalid value gives an empty string,
 * which means "inherit".
 *
 * @param string $key   Setting name (snake_case).
 * @param mixed  $value Raw value.
 * @return string
 */
function treatment_compare_clean_value( $key, $value ) {
	$choices = treatment_compare_choices();
	switch ( $key ) {
		case 'cta_href':
			return treatment_compare_clean_url( $value );
		case 'levels':
		case 'offers':
			return treatment_compare_clean_levels( $value );
		case 'lang':
			return treatment_compare_clean_lang( $value );
		case 'brand_color':
			return treatment_compare_clean_color( $value );
		case 'view':
		case 'theme':
		case 'audience':
		case 'look':
			$word = strtolower( trim( treatment_compare_clean_text( $value ) ) );
			return in_array( $word, $choices[ $key ], true ) ? $word : '';
		default:
			return treatment_compare_clean_text( $value );
	}
}
