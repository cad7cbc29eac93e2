<?php
/**
 * The facility configuration: parsing it (with a message that says what is wrong and where), merging a block's
 * own configuration over the site-wide one, and printing it so that no value can close its <script>.
 *
 * Objects stay objects (stdClass) all the way through, so that `{}` is printed as `{}` and never as `[]`.
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Configurations larger than this are refused (the largest real ones are a few kilobytes). */
const TREATMENT_COMPARE_CONFIG_MAX_BYTES = 262144;

/**
 * Parses a configuration. An empty text is "no configuration".
 *
 * @param string $text JSON text.
 * @return array{config: ?stdClass, error: ?string} The object, or a translated message saying what is wrong.
 */
function treatment_compare_parse_config( $text ) {
	$text = trim( (string) $text );
	// A byte-order mark pasted from an editor is not JSON whitespace.
	if ( 0 === strpos( $text, "\xEF\xBB\xBF" ) ) {
		$text = substr( $text, 3 );
	}
	if ( '' === $text ) {
		return array(
			'config' => null,
			'error'  => null,
		);
	}
	if ( strlen( $text ) > TREATMENT_COMPARE_CONFIG_MAX_BYTES ) {
		return array(
			'config' => null,
			/* translators: %d: a size in kilobytes. */
			'error'  => sprintf( __( 'The configuration is larger than %d KB.', 'treatment-compare' ), TREATMENT_COMPARE_CONFIG_MAX_BYTES / 1024 ),
		);
	}
	$value = json_decode( $text, false, 129 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return array(
			'config' => null,
			'error'  => treatment_compare_describe_json_error( $text, json_last_error_msg() ),
		);
	}
	if ( ! $value instanceof stdClass ) {
		return array(
			'config' => null,
			'error'  => __( 'The configuration must be a JSON object: it starts with { and ends with }.', 'treatment-compare' ),
		);
	}
	return array(
		'config' => $value,
		'error'  => null,
	);
}

/**
 * Says what is wrong with a JSON text PHP refused: PHP's own message (json_last_error_msg()) and, since PHP does not
 * give one, the line, column and character where a small scanner finds the first error, with a hint for the usual
 * mistakes (curly quotes, single quotes, a trailing comma, a missing comma).
 *
 * @param string $text    The JSON text.
 * @param string $php_msg PHP's message for it.
 * @return string
 */
function treatment_compare_describe_json_error( $text, $php_msg ) {
	$found = treatment_compare_find_json_error( $text );
	if ( null === $found ) {
		/* translators: %s: PHP's JSON error message, in English, such as "Syntax error". */
		return sprintf( __( 'The configuration is not valid JSON (%s).', 'treatment-compare' ), $php_msg );
	}
	$before = substr( $text, 0, $found['offset'] );
	$line   = substr_count( $before, "\n" ) + 1;
	$start  = strrpos( $before, "\n" );
	$column = treatment_compare_char_count( false === $start ? $before : substr( $before, $start + 1 ) ) + 1;
	return sprintf(
		/* translators: 1: PHP's JSON error message, in English, such as "Syntax error". 2: line number. 3: column number. 4: character position from the start. 5: what is wrong there. */
		__( 'The configuration is not valid JSON (%1$s) at line %2$d, column %3$d (character %4$d): %5$s', 'treatment-compare' ),
		$php_msg,
		$line,
		$column,
		treatment_compare_char_count( $before ) + 1,
		$found['message']
	);
}

/**
 * Characters (not bytes) in a UTF-8 string, without needing mbstring.
 *
 * @param string $text Text.
 * @return int
 */
function treatment_compare_char_count( $text ) {
	$count = preg_match_all( '/./us', $text );
	return false === $count ? strlen( $text ) : $count;
}

/**
 * Finds the first syntax error in a JSON text (RFC 8259), or null if the scanner sees none.
 *
 * @param string $text JSON text.
 * @return array{offset: int, message: string}|null Byte offset and a translated description.
 */
function treatment_compare_find_json_error( $text ) {
	$scanner = new Treatment_Compare_JSON_Scanner( $text );
	return $scanner->first_error();
}

/**
 * A JSON syntax checker that only locates the first error (it builds nothing).
 */
final class Treatment_Compare_JSON_Scanner {
	/** @var string */
	private $text;
	/** @var int */
	private $length;
	/** @var int */
	private $at = 0;
	/** @var int */
	private $depth = 0;

	/**
	 * @param string $text JSON text.
	 */
	public function __construct( $text ) {
		$this->text   = $text;
		$this->length = strlen( $text );
	}

	/**
	 * @return array{offset: int, message: string}|null
	 */
	public function first_error() {
		try {
			$this->space();
			$this->value();
			$this->space();
			if ( $this->at < $this->length ) {
				$this->fail( __( 'there is more text after the end of the configuration (a } too many, or two objects?).', 'treatment-compare' ) );
			}
		} catch ( Treatment_Compare_JSON_Error $error ) {
			return array(
				'offset'  => $error->offset,
				'message' => $error->getMessage(),
			);
		}
		return null;
	}

	/**
	 * @param string $message What is wrong.
	 * @throws Treatment_Compare_JSON_Error Always.
	 */
	private function fail( $message ) {
		throw new Treatment_Compare_JSON_Error( $message, $this->at );
	}

	/** The character here, for a message: a whole UTF-8 character, or "the end". */
	private function here() {
		if ( $this->at >= $this->length ) {
			return __( 'the end of the text', 'treatment-compare' );
		}
		preg_match( '/./us', $this->text, $match, 0, $this->at );
		$char = isset( $match[0] ) ? $match[0] : $this->text[ $this->at ];
		return '“' . $char . '”';
	}

	/** Explains an unexpected character, with a hint when it is a usual mistake. */
	private function unexpected( $expected ) {
		$rest = substr( $this->text, $this->at, 3 );
		if ( in_array( $rest, array( '“', '”', '„', '″' ), true ) ) {
			/* translators: %s: what was expected there. */
			$this->fail( sprintf( __( 'a curly quote; JSON needs straight double quotes ("). Expected %s.', 'treatment-compare' ), $expected ) );
		}
		if ( in_array( $rest, array( '‘', '’' ), true ) || $this->sees( "'" ) ) {
			/* translators: %s: what was expected there. */
			$this->fail( sprintf( __( 'a single quote; JSON needs straight double quotes (") around text and names. Expected %s.', 'treatment-compare' ), $expected ) );
		}
		/* translators: 1: what was expected. 2: the character found, in quotes, or "the end of the text". */
		$this->fail( sprintf( __( 'expected %1$s, found %2$s.', 'treatment-compare' ), $expected, $this->here() ) );
	}

	private function space() {
		while ( $this->at < $this->length && false !== strpos( " \t\n\r", $this->text[ $this->at ] ) ) {
			$this->at++;
		}
	}

	private function value() {
		if ( $this->at >= $this->length ) {
			$this->unexpected( __( 'a value', 'treatment-compare' ) );
		}
		$char = $this->text[ $this->at ];
		if ( '{' === $char || '[' === $char ) {
			$this->depth++;
			if ( $this->depth >= 128 ) {
				$this->fail( __( 'the configuration is nested too deeply.', 'treatment-compare' ) );
			}
			if ( '{' === $char ) {
				$this->object();
			} else {
				$this->items();
			}
			$this->depth--;
		} elseif ( '"' === $char ) {
			$this->string();
		} elseif ( false !== strpos( '-0123456789', $char ) ) { // not ctype_digit(): the ctype extension may be missing
			$this->number();
		} elseif ( preg_match( '/\G(?:true|false|null)(?![A-Za-z0-9_])/', $this->text, $match, 0, $this->at ) ) {
			$this->at += strlen( $match[0] );
		} else {
			$this->unexpected( __( 'a value (text in double quotes, a number, true, false, null, an object or a list)', 'treatment-compare' ) );
		}
	}

	private function object() {
		$this->at++;
		$this->space();
		if ( $this->sees( '}' ) ) {
			$this->at++;
			return;
		}
		do {
			if ( ! $this->sees( '"' ) ) {
				$this->unexpected( __( 'a name in double quotes', 'treatment-compare' ) );
			}
			$this->string();
			$this->space();
			if ( ! $this->sees( ':' ) ) {
				$this->unexpected( __( 'a colon (:) after the name', 'treatment-compare' ) );
			}
			$this->at++;
			$this->space();
			$this->value();
		} while ( ! $this->closes(
			'}',
			__( 'a comma (,) or the closing }', 'treatment-compare' ),
			__( 'a comma before the closing }; remove it (JSON allows no trailing comma).', 'treatment-compare' )
		) );
	}

	private function items() {
		$this->at++;
		$this->space();
		if ( $this->sees( ']' ) ) {
			$this->at++;
			return;
		}
		do {
			$this->value();
		} while ( ! $this->closes(
			']',
			__( 'a comma (,) or the closing ]', 'treatment-compare' ),
			__( 'a comma before the closing ]; remove it (JSON allows no trailing comma).', 'treatment-compare' )
		) );
	}

	/** Whether the next character is `$char`. */
	private function sees( $char ) {
		return $this->at < $this->length && $char === $this->text[ $this->at ];
	}

	/**
	 * After a member or an item: true when `$close` ends the object or list (and is consumed), false after a comma
	 * with more to come; anything else fails with `$expected`, a comma right before `$close` with `$trailing`.
	 */
	private function closes( $close, $expected, $trailing ) {
		$this->space();
		if ( $this->sees( $close ) ) {
			$this->at++;
			return true;
		}
		if ( ! $this->sees( ',' ) ) {
			$this->unexpected( $expected );
		}
		$comma = $this->at++;
		$this->space();
		if ( $this->sees( $close ) ) {
			$this->at = $comma;
			$this->fail( $trailing );
		}
		return false;
	}

	private function string() {
		$this->at++;
		while ( $this->at < $this->length ) {
			$char = $this->text[ $this->at ];
			if ( '"' === $char ) {
				$this->at++;
				return;
			}
			if ( '\\' === $char ) {
				if ( ! preg_match( '/\G\\\\(?:["\\\\\/bfnrt]|u[0-9A-Fa-f]{4})/', $this->text, $match, 0, $this->at ) ) {
					$this->fail( __( 'a backslash that does not start a valid escape (write \\\\ for a backslash, \\" for a quote).', 'treatment-compare' ) );
				}
				$this->at += strlen( $match[0] );
				continue;
			}
			if ( ord( $char ) < 0x20 ) {
				$this->fail( __( 'a line break or tab inside text in quotes; close the quotes first, or write \\n.', 'treatment-compare' ) );
			}
			$this->at++;
		}
		$this->fail( __( 'text in quotes that is never closed (a missing ").', 'treatment-compare' ) );
	}

	private function number() {
		if ( ! preg_match( '/\G-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/', $this->text, $match, 0, $this->at ) ) {
			$this->unexpected( __( 'a number', 'treatment-compare' ) );
		}
		$this->at += strlen( $match[0] );
	}
}

/**
 * A syntax error found by Treatment_Compare_JSON_Scanner.
 */
final class Treatment_Compare_JSON_Error extends Exception {
	/** @var int Byte offset of the error. */
	public $offset;

	/**
	 * @param string $message What is wrong.
	 * @param int    $offset  Where.
	 */
	public function __construct( $message, $offset ) {
		parent::__construct( $message );
		$this->offset = $offset;
	}
}

/**
 * A block's own configuration over the site-wide one: objects are merged key by key (the block's value wins);
 * lists and plain values are replaced whole.
 *
 * @param stdClass|null $base Site-wide configuration.
 * @param stdClass|null $over The block's or shortcode's own configuration.
 * @return stdClass|null
 */
function treatment_compare_merge_config( $base, $over ) {
	if ( ! $base instanceof stdClass ) {
		return $over instanceof stdClass ? $over : null;
	}
	if ( ! $over instanceof stdClass ) {
		return $base;
	}
	// Through arrays: a JSON name may be "" (or a number), which `$object->$key` cannot set.
	$merged = get_object_vars( $base );
	foreach ( get_object_vars( $over ) as $key => $value ) {
		$merged[ $key ] = isset( $merged[ $key ] ) && $merged[ $key ] instanceof stdClass && $value instanceof stdClass
			? treatment_compare_merge_config( $merged[ $key ], $value )
			: $value;
	}
	return (object) $merged;
}

/**
 * Decodes HTML entities in every text of a configuration that came from post content: kses (for Authors) and the
 * Classic editor turn "&" into "&amp;", which the widget would show as is (it renders text as text, never HTML).
 *
 * @param mixed $value Part of a configuration.
 * @return mixed
 */
function treatment_compare_decode_config_entities( $value ) {
	if ( is_string( $value ) ) {
		return false === strpos( $value, '&' ) ? $value : html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	if ( is_array( $value ) ) {
		return array_map( 'treatment_compare_decode_config_entities', $value );
	}
	if ( $value instanceof stdClass ) {
		$decoded = array();
		foreach ( get_object_vars( $value ) as $key => $item ) {
			$decoded[ treatment_compare_decode_config_entities( (string) $key ) ] = treatment_compare_decode_config_entities( $item );
		}
		return (object) $decoded;
	}
	return $value;
}

/**
 * The configuration as the content of a <script type="application/json">: re-encoded from the decoded value, with
 * <, >, &, ' and " as \u escapes, so no value can close the script (</script>), open a comment (<!--) or, if the
 * text were ever put in an attribute, close it.
 *
 * @param stdClass $config Configuration.
 * @return string
 */
function treatment_compare_encode_config( $config ) {
	$json = wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
	return false === $json ? '' : $json;
}
