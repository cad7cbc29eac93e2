<?php
/**
 * The markup of one widget, shared by the block and the shortcode:
 *
 *   <div class="wp-block-treatment-compare-widget alignwide …">   (the block's own element, see below)
 *     <div class="treatment-compare-reserve">
 *       <treatment-compare class="tc-look-page tc-brand" facility-name="…" phone="…" …>
 *         <script type="application/json">{…}</script>      (only when there is a configuration)
 *         <p>If you need help now: 911 … Admissions: … This is general information …</p>   (the fallback)
 *       </treatment-compare>
 *     </div>
 *   </div>
 *
 * The reserve's <div> is what the reserve stylesheet (assets/treatment-compare.css, the same as the package's
 * dist/treatment-compare.reserve.css) measures: it holds the widget's height, for the width it really has, while
 * the script loads. It is 100% wide, so it cannot also carry a theme's full-width alignment (negative margins on
 * both sides need an automatic width): a block, or a shortcode given a class, gets an outer <div> of its own for
 * the theme's alignment and column rules. A plain shortcode is the reserve's <div> alone.
 *
 * Every value is cleaned (includes/options.php), then escaped with esc_attr() or esc_html(); the configuration is
 * decoded and re-encoded (includes/json.php), so nothing a post, a shortcode or the settings hold can close an
 * attribute or the script.
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Resolves a block's or shortcode's settings against the site-wide defaults: its own non-empty value wins; an empty
 * or invalid value inherits the default, and an empty default leaves the element's own default.
 *
 * @param array<string, mixed> $own         Own settings, snake_case (raw).
 * @param string               $config_text Own configuration JSON (raw).
 * @return array{attributes: array<string, string>, config: ?stdClass, config_error: ?string, brand_color: string, look: string}
 */
function treatment_compare_resolve( array $own, $config_text ) {
	$defaults   = treatment_compare_get_defaults();
	$attributes = array();
	foreach ( treatment_compare_attribute_map() as $key => $attribute ) {
		$value = isset( $own[ $key ] ) ? treatment_compare_attribute_value( $key, $own[ $key ] ) : '';
		if ( '' === $value && isset( $defaults[ $key ] ) ) {
			// Cleaned on save already; cleaned again in case the option was written some other way.
			$value = treatment_compare_attribute_value( $key, $defaults[ $key ] );
		}
		if ( '' !== $value ) {
			$attributes[ $attribute ] = $value;
		}
	}

	// The look: its own `page` or `card` wins; anything else (empty, unknown) is the site's default, the card
	// unless the settings say `page`.
	$look = isset( $own['look'] ) ? treatment_compare_clean_value( 'look', $own['look'] ) : '';
	if ( '' === $look ) {
		$look = 'page' === treatment_compare_clean_value( 'look', $defaults['look'] ) ? 'page' : 'card';
	}

	$site = treatment_compare_parse_config( $defaults['config'] );
	$mine = treatment_compare_parse_config( $config_text );
	return array(
		'attributes'   => $attributes,
		'config'       => treatment_compare_merge_config( $site['config'], treatment_compare_decode_config_entities( $mine['config'] ) ),
		'config_error' => $mine['error'],
		'brand_color'  => treatment_compare_clean_color( $defaults['brand_color'] ),
		'look'         => $look,
	);
}

/**
 * One attribute's value for the element: cleaned (includes/options.php), except that a booking link the plugin
 * would refuse (javascript:, data:, //other-site) is handed to the element as typed, escaped like every value.
 * The element refuses it too and says so in the console, naming the attribute and the value, which tells whoever
 * looks why the button is missing; the fallback link (followed by browsers without the widget) is only ever a
 * cleaned one (treatment_compare_fallback_html()).
 *
 * @param string $key   Setting name.
 * @param mixed  $value Raw value.
 * @return string
 */
function treatment_compare_attribute_value( $key, $value ) {
	$clean = treatment_compare_clean_value( $key, $value );
	if ( 'cta_href' !== $key || '' !== $clean || ! is_scalar( $value ) ) {
		return $clean;
	}
	return trim( preg_replace( '/[\x00-\x1f\x7f]+/', '', html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) );
}

/**
 * The HTML of one widget, and its script and style enqueued.
 *
 * @param array<string, mixed> $own         Own settings, snake_case (raw).
 * @param string               $config_text Own configuration JSON (raw).
 * @param callable|null        $wrapper     Returns the attributes of an outer <div>, escaped, or '' for none (the
 *                                          block passes one that gives its class, alignment and extra classes
 *                                          with get_block_wrapper_attributes()).
 * @param string               $fallback_tag `p` for the fallback, or `span` where the widget may end up inside a
 *                                          paragraph (a shortcode in a line of text): a <p> there would end the
 *                                          outer paragraph, and the browser would move the fallback out of the
 *                                          element.
 * @return string
 */
function treatment_compare_render( array $own, $config_text, $wrapper = null, $fallback_tag = 'p' ) {
	$resolved = treatment_compare_resolve( $own, $config_text );
	$fallback = treatment_compare_fallback_html( $resolved['attributes'], $resolved['config'], $fallback_tag );

	// A feed reader runs no script: the help lines and the phone are what it can show.
	if ( is_feed() ) {
		return $fallback;
	}

	$look = 'page' === $resolved['look'];
	treatment_compare_enqueue_assets( $look );

	// "Look like the page" is a class that the plugin's look stylesheet selects (assets/treatment-compare-look.css),
	// not a style attribute, which a strict Content-Security-Policy would block.
	$class = $look ? TREATMENT_COMPARE_LOOK_CLASS : '';
	$style = '';
	if ( '' !== $resolved['brand_color'] ) {
		$class .= ' tc-brand';
		// The colour comes from a generated stylesheet that the class selects (a strict Content-Security-Policy
		// allows it, a style attribute it blocks); only if that file cannot be written is it a style attribute.
		if ( ! treatment_compare_enqueue_brand_stylesheet( $resolved['brand_color'] ) ) {
			$theme = isset( $resolved['attributes']['theme'] ) ? $resolved['attributes']['theme'] : 'light';
			if ( 'light' === $theme ) {
				$style = '--tc-color-primary:' . $resolved['brand_color'];
			}
		}
	}

	$outer = is_callable( $wrapper ) ? trim( (string) call_user_func( $wrapper ) ) : '';
	$html  = ( '' !== $outer ? '<div ' . $outer . '>' : '' ) . '<div class="' . TREATMENT_COMPARE_RESERVE_CLASS . '"><treatment-compare';
	$mine  = treatment_compare_wrapper_attributes( $class, $style );
	if ( '' !== $mine ) {
		$html .= ' ' . $mine;
	}
	foreach ( $resolved['attributes'] as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>';

	if ( $resolved['config'] instanceof stdClass ) {
		$json = treatment_compare_encode_config( $resolved['config'] );
		if ( '' !== $json ) {
			$html .= '<script type="application/json">' . $json . '</script>';
		}
	}
	$html .= $fallback . '</treatment-compare></div>' . ( '' !== $outer ? '</div>' : '' );

	return treatment_compare_config_notice( $resolved['config_error'] ) . $html;
}

/** The element's class for "Look like the page" (assets/treatment-compare-look.css, assets/treatment-compare-look.js). */
const TREATMENT_COMPARE_LOOK_CLASS = 'tc-look-page';

/** The class of the wrapper the reserve stylesheet applies to (src/reserve.ts in the package: RESERVE_CLASS). */
const TREATMENT_COMPARE_RESERVE_CLASS = 'treatment-compare-reserve';

/**
 * Class and style attributes, escaped (the element's own, and the shortcode's outer <div>).
 *
 * @param string $class Space-separated classes.
 * @param string $style Inline style, or empty.
 * @return string
 */
function treatment_compare_wrapper_attributes( $class, $style ) {
	$classes = array_unique( array_filter( array_map( 'sanitize_html_class', preg_split( '/\s+/', $class, -1, PREG_SPLIT_NO_EMPTY ) ) ) );
	$html    = $classes ? 'class="' . esc_attr( implode( ' ', $classes ) ) . '"' : '';
	if ( '' !== $style ) {
		$html .= ' style="' . esc_attr( $style ) . '"';
	}
	return $html;
}

/**
 * For people who can edit posts only (visitors never see it): why this widget's own configuration was ignored.
 * Without it, a typo in a shortcode's JSON would go unnoticed: the widget still works, with the defaults.
 *
 * @param string|null $error What is wrong, or null.
 * @return string
 */
function treatment_compare_config_notice( $error ) {
	if ( null === $error || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	wp_enqueue_style( TREATMENT_COMPARE_NOTICE_HANDLE );
	return '<p class="treatment-compare-notice" role="note"><strong>' . esc_html__( 'Treatment compare (shown only to editors):', 'treatment-compare' ) . '</strong> '
		. esc_html( $error ) . ' '
		. esc_html__( 'This widget uses the site-wide configuration until it is fixed.', 'treatment-compare' ) . '</p>';
}

/**
 * The fallback inside the element, shown until the widget starts and by browsers that cannot run it: the help lines
 * (the three US lines, or the facility's own from the configuration), the admissions phone and link, and the
 * disclaimer.
 *
 * @param array<string, string> $attributes The element's attributes (clean).
 * @param stdClass|null         $config     The configuration.
 * @param string                $tag        `p`, or `span` (see treatment_compare_render()).
 * @return string
 */
function treatment_compare_fallback_html( array $attributes, $config, $tag = 'p' ) {
	$lines = treatment_compare_configured_lines( $config, isset( $attributes['lang'] ) ? $attributes['lang'] : '' );
	if ( $lines ) {
		/* translators: %s: the help lines, such as "Emergency: 112 · Samaritans: 116 123". */
		$help = sprintf( esc_html__( 'If you need help now: %s.', 'treatment-compare' ), implode( ' · ', $lines ) );
	} else {
		$help = sprintf(
			/* translators: 1: link to call 911. 2: link to call 988. 3: link to text 988, with the word "text". 4: link to call 1-800-662-4357. */
			esc_html__( 'If you need help now: %1$s emergency · %2$s crisis call or %3$s · %4$s treatment help.', 'treatment-compare' ),
			'<a href="tel:911">911</a>',
			'<a href="tel:988">988</a>',
			'<a href="sms:988">' . esc_html__( 'text', 'treatment-compare' ) . '</a>',
			'<a href="tel:+18006624357">1-800-662-4357</a>'
		);
	}

	$parts = array( $help );
	if ( isset( $attributes['phone'] ) ) {
		$digits = preg_replace( '/[^0-9]/', '', $attributes['phone'] );
		$phone  = esc_html( $attributes['phone'] );
		if ( strlen( $digits ) >= 3 ) {
			$plus  = 0 === strpos( ltrim( $attributes['phone'] ), '+' ) ? '+' : '';
			$phone = '<a href="' . esc_url( 'tel:' . $plus . $digits, array( 'tel' ) ) . '">' . $phone . '</a>';
		}
		if ( isset( $attributes['facility-name'] ) ) {
			/* translators: 1: the facility's name. 2: its admissions phone number, as a link. */
			$parts[] = sprintf( esc_html__( 'Admissions at %1$s: %2$s.', 'treatment-compare' ), esc_html( $attributes['facility-name'] ), $phone );
		} else {
			/* translators: %s: the admissions phone number, as a link. */
			$parts[] = sprintf( esc_html__( 'Admissions: %s.', 'treatment-compare' ), $phone );
		}
	}
	$href = isset( $attributes['cta-href'] ) ? treatment_compare_clean_url( $attributes['cta-href'] ) : '';
	if ( '' !== $href ) {
		$label   = isset( $attributes['cta-label'] ) ? $attributes['cta-label'] : __( 'Contact admissions', 'treatment-compare' );
		$parts[] = '<a href="' . esc_url( $href, array( 'https', 'http', 'mailto', 'tel' ) ) . '">' . esc_html( $label ) . '</a>.';
	}
	$parts[] = esc_html__( 'This is general information, not a diagnosis or medical advice.', 'treatment-compare' );

	$tag = 'span' === $tag ? 'span' : 'p';
	return '<' . $tag . ' class="treatment-compare-fallback">' . implode( ' ', $parts ) . '</' . $tag . '>';
}

/**
 * The facility's own help lines (config `strings.<lang>.safety.lines`) for the widget's language, as links, or an
 * empty list when the configuration does not replace the US lines for that language.
 *
 * @param stdClass|null $config Configuration.
 * @param string        $lang   The widget's `lang`, or empty for the site's language.
 * @return string[]
 */
function treatment_compare_configured_lines( $config, $lang ) {
	if ( ! $config instanceof stdClass || ! isset( $config->strings ) || ! $config->strings instanceof stdClass ) {
		return array();
	}
	$lang    = strtolower( '' !== $lang ? $lang : str_replace( '_', '-', get_locale() ) );
	$primary = strtok( $lang, '-' );
	$strings = null;
	foreach ( array( $lang, $primary ) as $wanted ) {
		foreach ( get_object_vars( $config->strings ) as $key => $value ) {
			if ( strtolower( (string) $key ) === $wanted && $value instanceof stdClass ) {
				$strings = $value;
				break 2;
			}
		}
	}
	if ( null === $strings || ! isset( $strings->safety->lines ) || ! is_array( $strings->safety->lines ) ) {
		return array();
	}
	$links = array();
	// The widget's rule (src/config/config.ts, includes/help-lines.php): a line needs a label, a number and a tel:,
	// sms: or https: link, and a tel: or sms: link must dial exactly the digits shown; other lines are dropped, and
	// with none left the US lines stay.
	foreach ( $strings->safety->lines as $line ) {
		if ( null !== treatment_compare_help_line_problem( $line ) ) {
			continue;
		}
		$href = treatment_compare_trim_link( treatment_compare_without_bidi( $line->href ) );
		$sms  = isset( $line->sms ) ? treatment_compare_trim_link( treatment_compare_without_bidi( $line->sms ) ) : '';
		$link = esc_html( treatment_compare_without_bidi( $line->label ) ) . ': <a href="' . esc_url( $href, array( 'tel', 'sms', 'https' ) ) . '">' . esc_html( treatment_compare_without_bidi( $line->number ) ) . '</a>';
		if ( '' !== $sms ) {
			$link .= ' (<a href="' . esc_url( $sms, array( 'sms' ) ) . '">' . esc_html__( 'text', 'treatment-compare' ) . '</a>)';
		}
		$links[] = $link;
	}
	return $links;
}
