<?php
/**
 * The facility's own help lines in a configuration (`strings.<lang>.safety.lines[i]` and
 * `strings.<lang>.notes.<note>.lines[i]`), checked by the widget's rule (src/config/config.ts): a line is kept only
 * when it dials exactly the number it shows.
 *
 * - `href` is a tel:, sms: or https: link once ASCII whitespace (tab, line feed, form feed, carriage return, space)
 *   is trimmed from its ends, as a browser does; a no-break space before the scheme is not trimmed, and a browser
 *   would then open the link as a page of the site. `sms`, when given, is an sms: link.
 * - The dial part of a tel: or sms: link (everything after the scheme; for sms:, up to the first "?", after which
 *   only a message may follow: ?body=… or ?&body=…) holds only the digits 0-9, one leading +, and - . ( ) and
 *   spaces, with 2 to 15 digits.
 * - The shown `number` of such a line holds only the digits 0-9, a leading +, - . ( ) and whitespace, and its digits
 *   are the dial part's digits.
 * - An https: line is a link, not a number: it is not dialled, so not checked that way.
 *
 * The settings page refuses a configuration with a line the widget would drop (includes/settings.php), and the
 * fallback shown before the widget starts prints only lines that pass (includes/render.php). The cases both sides
 * are tested against are test/fixtures/help-lines.json.
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * White space, as the inside of a PCRE character class used with the u flag: JavaScript's trim() set spelled out
 * beside \s (which the u flag makes Unicode-aware, so it also takes U+0085 and U+180E, which JavaScript does not).
 * Used where a label or a number may be only white space, or white space before its +.
 */
const TREATMENT_COMPARE_JS_SPACE = '\s\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

/**
 * Every help line of a configuration the widget would refuse, with its path and why, in the order they appear.
 *
 * @param stdClass|null $config A parsed configuration (treatment_compare_parse_config()).
 * @return array<int, array{path: string, label: string, problem: string}>
 */
function treatment_compare_help_line_problems( $config ) {
	$problems = array();
	if ( ! $config instanceof stdClass || ! isset( $config->strings ) || ! $config->strings instanceof stdClass ) {
		return $problems;
	}
	foreach ( get_object_vars( $config->strings ) as $lang => $strings ) {
		if ( ! $strings instanceof stdClass ) {
			continue;
		}
		$lists = array();
		if ( isset( $strings->safety ) && $strings->safety instanceof stdClass && property_exists( $strings->safety, 'lines' ) ) {
			$lists[ 'strings.' . $lang . '.safety.lines' ] = $strings->safety->lines;
		}
		if ( isset( $strings->notes ) && $strings->notes instanceof stdClass ) {
			foreach ( get_object_vars( $strings->notes ) as $note => $value ) {
				if ( $value instanceof stdClass && property_exists( $value, 'lines' ) ) {
					$lists[ 'strings.' . $lang . '.notes.' . $note . '.lines' ] = $value->lines;
				}
			}
		}
		foreach ( $lists as $path => $lines ) {
			if ( ! is_array( $lines ) || ! $lines ) {
				$problems[] = array(
					'path'    => $path,
					'label'   => '',
					'problem' => is_array( $lines )
						? __( 'is an empty list. The help lines cannot be removed: the widget would ignore it and keep its built-in US lines.', 'treatment-compare' )
						: __( 'is not a list of help lines ([ { "label": …, "number": …, "href": … } ]): the widget would ignore it and keep its built-in US lines.', 'treatment-compare' ),
				);
				continue;
			}
			foreach ( array_values( $lines ) as $index => $line ) {
				$problem = treatment_compare_help_line_problem( $line );
				if ( null !== $problem ) {
					$label      = $line instanceof stdClass && isset( $line->label ) && treatment_compare_is_text( $line->label ) ? $line->label : '';
					$problems[] = array(
						'path'    => $path . '[' . $index . ']',
						'label'   => $label,
						'problem' => $problem,
					);
				}
			}
		}
	}
	return $problems;
}

/**
 * The settings page's message for the help lines a configuration would lose, or null when there are none: each
 * line's path (as the widget's own console warning names it), its label, and why.
 *
 * @param stdClass|null $config A parsed configuration.
 * @return string|null
 */
function treatment_compare_describe_help_line_problems( $config ) {
	$problems = treatment_compare_help_line_problems( $config );
	if ( ! $problems ) {
		return null;
	}
	$parts = array();
	foreach ( $problems as $found ) {
		$parts[] = $found['path'] . ( '' !== $found['label'] ? ' (“' . treatment_compare_excerpt( $found['label'] ) . '”)' : '' ) . ' ' . $found['problem'];
	}
	return sprintf(
		/* translators: 1: how many help lines. 2: each line's path and what is wrong with it. */
		_n(
			'The configuration has %1$d help line the widget would not show: %2$s',
			'The configuration has %1$d help lines the widget would not show: %2$s',
			count( $problems ),
			'treatment-compare'
		),
		count( $problems ),
		implode( ' ', $parts )
	);
}

/**
 * Why the widget would refuse one help line, in words for the person who wrote it, or null if it is kept.
 *
 * @param mixed $line One entry of a `lines` list.
 * @return string|null
 */
function treatment_compare_help_line_problem( $line ) {
	if ( ! $line instanceof stdClass ) {
		return __( 'is not a help line: write each line as { "label": …, "number": …, "href": … }.', 'treatment-compare' );
	}
	$text = function ( $key ) use ( $line ) {
		if ( ! property_exists( $line, $key ) ) {
			return null;
		}
		$value = $line->$key;
		return is_string( $value ) ? treatment_compare_without_bidi( $value ) : $value;
	};
	$label  = $text( 'label' );
	$number = $text( 'number' );
	$href   = $text( 'href' );
	$sms    = $text( 'sms' );
	$href   = is_string( $href ) ? treatment_compare_trim_link( $href ) : $href;
	$sms    = is_string( $sms ) ? treatment_compare_trim_link( $sms ) : $sms;

	if ( ! treatment_compare_is_text( $label ) ) {
		return __( 'has no "label" (the name of the line, as text).', 'treatment-compare' );
	}
	if ( ! treatment_compare_is_text( $number ) ) {
		return __( 'has no "number" (the number or address shown to visitors, as text).', 'treatment-compare' );
	}
	if ( ! treatment_compare_is_text( $href ) ) {
		return __( 'has no "href" (the tel:, sms: or https: link the line opens).', 'treatment-compare' );
	}
	if ( ! preg_match( '/^(?:tel|sms|https):/i', $href ) ) {
		return treatment_compare_scheme_problem( $href );
	}
	foreach ( array( 'action', 'note', 'short' ) as $key ) {
		if ( property_exists( $line, $key ) && ! is_string( $line->$key ) ) {
			/* translators: %s: a setting's name, such as "note". */
			return sprintf( __( 'has a "%s" that is not text.', 'treatment-compare' ), $key );
		}
	}
	if ( null !== $sms || property_exists( $line, 'sms' ) ) {
		if ( ! treatment_compare_is_text( $sms ) || ! preg_match( '/^sms:/i', $sms ) ) {
			return __( 'has an "sms" that is not an sms: link (such as "sms:988"). Leave "sms" out if the line takes no texts.', 'treatment-compare' );
		}
	}

	$shown      = treatment_compare_is_shown_number( $number ) ? treatment_compare_digits( $number ) : null;
	$shown_plus = 1 === preg_match( '/^[' . TREATMENT_COMPARE_JS_SPACE . ']*\+/u', $number );
	foreach ( array( 'href' => $href, 'sms' => $sms ) as $key => $link ) {
		if ( ! is_string( $link ) || ! preg_match( '/^(tel|sms):(.*)\z/is', $link, $parts ) ) {
			continue;
		}
		$why = treatment_compare_dial_problem( strtolower( $parts[1] ), $parts[2], $shown, $shown_plus );
		if ( null === $why ) {
			continue;
		}
		$which = 'sms' === $key
			/* translators: %s: a link such as "sms:988". */
			? __( 'its "sms" link “%s”', 'treatment-compare' )
			/* translators: %s: a link such as "tel:988". */
			: __( 'its link “%s”', 'treatment-compare' );
		return sprintf(
			/* translators: 1: the number as shown, such as "1-800-662-HELP". 2: "its link “tel:…”". 3: what is wrong with it. */
			__( 'shows “%1$s” but %2$s %3$s. A help line must show its number in digits 0–9 and dial exactly those digits.', 'treatment-compare' ),
			treatment_compare_excerpt( $number ),
			sprintf( $which, treatment_compare_excerpt( $link ) ),
			$why
		);
	}
	return null;
}

/**
 * What is wrong with the dial part of a tel: or sms: link, given the digits the line shows (null when the shown number
 * is not written in digits), or null when the link dials exactly those digits.
 *
 * @param string      $scheme `tel` or `sms`.
 * @param string      $rest   Everything after the scheme's colon.
 * @param string|null $shown      The shown number's digits, or null.
 * @param bool        $shown_plus Whether the shown number starts with a +.
 * @return string|null
 */
function treatment_compare_dial_problem( $scheme, $rest, $shown, $shown_plus = false ) {
	$dial = $rest;
	if ( 'sms' === $scheme && false !== strpos( $rest, '?' ) ) {
		$query = substr( $rest, strpos( $rest, '?' ) );
		$dial  = substr( $rest, 0, strpos( $rest, '?' ) );
		if ( ! preg_match( '/^\?&?body=[^&]*\z/i', $query ) ) {
			/* translators: %s: what follows the number, such as "?to=911". */
			return sprintf( __( 'adds “%s” after the number; an sms: link may add only a message (?body=…)', 'treatment-compare' ), treatment_compare_excerpt( $query ) );
		}
	}
	if ( '' === $dial || '' === trim( $dial, ' ' ) ) {
		return __( 'dials no number', 'treatment-compare' );
	}
	if ( ! preg_match( '/^\+?[0-9 ().\-]+\z/', $dial ) ) {
		return treatment_compare_dial_character_problem( $dial );
	}
	$digits = treatment_compare_digits( $dial );
	$count  = strlen( $digits );
	if ( $count < 2 || $count > 15 ) {
		/* translators: %d: how many digits a link dials. */
		return sprintf( _n( 'dials %d digit; a phone number has 2 to 15', 'dials %d digits; a phone number has 2 to 15', $count, 'treatment-compare' ), $count );
	}
	if ( $shown === $digits ) {
		// A + is dialled where the number shows one; a + only in the link is allowed before a whole international
		// number (8 digits or more, as 1-800-662-4357 and tel:+18006624357), never before a short one (tel:+911).
		$dial_plus = '+' === substr( $dial, 0, 1 );
		if ( $dial_plus === $shown_plus || ( $dial_plus && $count >= 8 ) ) {
			return null;
		}
		return $dial_plus
			? __( 'dials a + before a short number that shows none, which calls abroad', 'treatment-compare' )
			: __( 'leaves out the + the number shows', 'treatment-compare' );
	}
	/* translators: %s: the digits a link dials. */
	return sprintf( __( 'dials %s', 'treatment-compare' ), $digits );
}

/**
 * Names the first character of a dial part that a help line's link may not hold.
 *
 * @param string $dial The dial part (after the scheme, before an sms: message).
 * @return string
 */
function treatment_compare_dial_character_problem( $dial ) {
	if ( preg_match( '/[,;#*]|[0-9][pPwWxX](?=[0-9]|\z)/', $dial, $found ) ) {
		$char = substr( $found[0], -1 );
		/* translators: %s: a character such as "," or "p". */
		return sprintf( __( 'has “%s” in the number it dials, which a phone reads as a pause, an extension or a second number', 'treatment-compare' ), $char );
	}
	if ( preg_match( '/[A-Za-z]/', $dial ) ) {
		return __( 'has letters in the number it dials, which a phone turns into other digits', 'treatment-compare' );
	}
	if ( false !== strpos( $dial, '%' ) ) {
		return __( 'has percent-encoded characters (such as %39) in the number it dials, which could stand for anything', 'treatment-compare' );
	}
	if ( preg_match( '/^.+\+/s', $dial ) ) {
		return __( 'has a + that is not the first character of the number it dials', 'treatment-compare' );
	}
	if ( preg_match( '/(?![0-9])\p{Nd}/u', $dial, $found ) ) {
		/* translators: %s: a digit of another script, such as "٩". */
		return sprintf( __( 'dials “%s”, a digit that is not one of 0–9', 'treatment-compare' ), $found[0] );
	}
	if ( preg_match( '/[^\x20-\x7E]/u', $dial, $found ) ) {
		/* translators: %s: a character's code, such as "U+200B". */
		return sprintf( __( 'has an invisible or unusual character (%s) in the number it dials', 'treatment-compare' ), treatment_compare_code_point( $found[0] ) );
	}
	preg_match( '/[^0-9 ().+\-]/', $dial, $found );
	/* translators: %s: a character. */
	return sprintf( __( 'has “%s” in the number it dials', 'treatment-compare' ), isset( $found[0] ) ? $found[0] : '?' );
}

/**
 * Why a line's href is not a tel:, sms: or https: link.
 *
 * @param string $href The link, ASCII whitespace trimmed.
 * @return string
 */
function treatment_compare_scheme_problem( $href ) {
	if ( preg_match( '/^([\p{Z}\p{Cf}\p{Cc}]+)(tel|sms|https):/iu', $href, $found ) ) {
		$code = treatment_compare_code_point( $found[1] );
		return sprintf(
			/* translators: 1: "a no-break space (U+00A0)" or "an invisible character (U+200B)". 2: a scheme such as "tel:". */
			__( 'has %1$s before “%2$s” in its link, so a browser would open it as a page of this site instead of dialling. Delete what comes before “%2$s”.', 'treatment-compare' ),
			'U+00A0' === $code
				? __( 'a no-break space (U+00A0)', 'treatment-compare' )
				/* translators: %s: a character's code, such as "U+200B". */
				: sprintf( __( 'an invisible character (%s)', 'treatment-compare' ), $code ),
			strtolower( $found[2] ) . ':'
		);
	}
	/* translators: %s: the link as given. */
	return sprintf( __( 'links to “%s”, which is not a tel:, sms: or https: link.', 'treatment-compare' ), treatment_compare_excerpt( $href ) );
}

/**
 * Text without bidi override and embedding controls (U+202A-U+202E), which the widget drops from every text before
 * it reads it (they could show 911 as 119).
 *
 * @param string $text Text.
 * @return string
 */
function treatment_compare_without_bidi( $text ) {
	return preg_replace( '/[\x{202A}-\x{202E}]/u', '', $text );
}

/**
 * Trims what a browser trims around a link: ASCII whitespace only.
 *
 * @param string $link Link.
 * @return string
 */
function treatment_compare_trim_link( $link ) {
	return trim( $link, " \t\n\f\r" );
}

/**
 * Whether a value is text with something other than whitespace in it (JavaScript's `value.trim() !== ''`).
 *
 * @param mixed $value Value.
 * @return bool
 */
function treatment_compare_is_text( $value ) {
	return is_string( $value ) && 1 === preg_match( '/[^' . TREATMENT_COMPARE_JS_SPACE . ']/u', $value );
}

/**
 * Whether a shown number is written with the digits 0-9, a leading +, - . ( ) and spaces only: a no-break or thin one
 * too, as pages set numbers, and any whitespace around it (the widget's SHOWN_NUMBER, src/config/attributes.ts).
 *
 * @param string $number Shown number.
 * @return bool
 */
function treatment_compare_is_shown_number( $number ) {
	$space = '[\t\n\x{0B}\f\r \x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]*';
	return 1 === preg_match( '/^' . $space . '\+?[0-9 ().\x{00A0}\x{2009}\x{202F}\-]+' . $space . '\z/u', $number );
}

/**
 * The ASCII digits of a text.
 *
 * @param string $text Text.
 * @return string
 */
function treatment_compare_digits( $text ) {
	return preg_replace( '/[^0-9]/', '', $text );
}

/**
 * A character's code point as U+XXXX (the first, if several).
 *
 * @param string $chars UTF-8 text.
 * @return string
 */
function treatment_compare_code_point( $chars ) {
	preg_match( '/./us', $chars, $first );
	$char  = isset( $first[0] ) ? $first[0] : $chars;
	$bytes = array_values( unpack( 'C*', $char ) );
	$count = count( $bytes );
	$code  = $bytes[0];
	if ( $count > 1 ) {
		$code = $bytes[0] & ( 0xFF >> ( $count + 1 ) );
		for ( $i = 1; $i < $count; $i++ ) {
			$code = ( $code << 6 ) | ( $bytes[ $i ] & 0x3F );
		}
	}
	return sprintf( 'U+%04X', $code );
}

/**
 * A value quoted in a message: at most 60 characters, control characters shown as spaces.
 *
 * @param string $text Text.
 * @return string
 */
function treatment_compare_excerpt( $text ) {
	$text = preg_replace( '/[\x00-\x1F\x7F]/', ' ', $text );
	if ( preg_match( '/^.{60}/us', $text, $start ) && strlen( $start[0] ) < strlen( $text ) ) {
		return $start[0] . '…';
	}
	return $text;
}
