<?php
/**
 * A static check that PHP files use nothing newer than PHP 7.4 (the plugin's "Requires PHP"), for machines that
 * have only a newer PHP: run by test/wordpress/01-package.test.mjs with the PHP 8.x at hand.
 *
 *   php php-compat.php FILE...
 *
 * Prints JSON: { "problems": ["file:line: what"], "functions": [names called], "classes": [names used],
 * "defined": [functions and classes the files define], "guarded": [names checked with function_exists() or
 * class_exists()] }. The test then asks the WordPress it runs (6.1, the oldest supported) whether every function
 * and class called exists there, so an API newer than 6.1 used without a guard is caught too.
 *
 * It reads tokens (token_get_all), so comments and strings never count. It looks for: match, ?->, named arguments,
 * union, intersection and DNF types, the types mixed, static, never, null, false and true, constructor promotion,
 * readonly, enum, attributes, new in initializers, trailing commas in parameter and closure use lists, throw as an
 * expression, catch without a variable, $object::class, first-class callable syntax (f(...)), 0o octals, and
 * functions added in PHP 8.
 */

if ( PHP_VERSION_ID < 80000 ) {
	fwrite( STDERR, "php-compat.php needs PHP 8 or later to read PHP 8 syntax\n" );
	exit( 2 );
}

/** Functions PHP 8.0 and later added (core and bundled extensions commonly enabled). */
const TC_PHP8_FUNCTIONS = array(
	// 8.0
	'str_contains', 'str_starts_with', 'str_ends_with', 'get_debug_type', 'get_resource_id', 'fdiv',
	'preg_last_error_msg', 'get_resource_type_id',
	// 8.1
	'array_is_list', 'enum_exists', 'fsync', 'fdatasync',
	// 8.2
	'ini_parse_quantity', 'memory_reset_peak_usage', 'mysqli_execute_query', 'curl_upkeep', 'libxml_get_external_entity_loader',
	'sodium_crypto_stream_xchacha20_xor_ic', 'openssl_cipher_key_length',
	// 8.3
	'json_validate', 'mb_str_pad', 'str_increment', 'str_decrement', 'stream_context_set_options',
	// 8.4
	'array_find', 'array_find_key', 'array_any', 'array_all', 'mb_trim', 'mb_ltrim', 'mb_rtrim', 'mb_ucfirst',
	'mb_lcfirst', 'request_parse_body', 'http_get_last_response_headers', 'http_clear_last_response_headers',
	'fpow', 'bcdivmod', 'bcround', 'bcfloor', 'bcceil',
);

/** Functions that take a callback, and which argument (from 0) it is. */
const TC_CALLBACK_ARGUMENT = array(
	'add_action'           => 1,
	'add_filter'           => 1,
	'add_shortcode'        => 1,
	'add_settings_section' => 2,
	'add_settings_field'   => 2,
	'add_options_page'     => 4,
	'add_menu_page'        => 5,
	'add_submenu_page'     => 5,
	'array_map'            => 0,
	'array_filter'         => 1,
	'call_user_func'       => 0,
	'usort'                => 1,
	'uasort'               => 1,
	'uksort'               => 1,
	'register_activation_hook'   => 1,
	'register_deactivation_hook' => 1,
	'register_uninstall_hook'    => 1,
);

/** Type names 7.4 does not know in a declaration. */
const TC_NEW_TYPES = array( 'mixed', 'static', 'never', 'null', 'false', 'true' );

$report = array(
	'problems'  => array(),
	'functions' => array(),
	'classes'   => array(),
	'defined'   => array(),
	'guarded'   => array(),
);

foreach ( array_slice( $argv, 1 ) as $file ) {
	tc_check_file( $file, $report );
}
foreach ( array( 'functions', 'classes', 'defined', 'guarded' ) as $key ) {
	$report[ $key ] = array_values( array_unique( $report[ $key ] ) );
	sort( $report[ $key ] );
}
echo json_encode( $report, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ), "\n";

/** Token id, or the character for one-character tokens. */
function tc_id( $token ) {
	return is_array( $token ) ? $token[0] : $token;
}

function tc_text( $token ) {
	return is_array( $token ) ? $token[1] : $token;
}

/** Tokens that name something (an identifier, possibly qualified, or a keyword used as a name). */
function tc_is_name( $token ) {
	if ( ! is_array( $token ) ) {
		return false;
	}
	if ( in_array( $token[0], array( T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE, T_ARRAY, T_CALLABLE, T_STATIC ), true ) ) {
		return true;
	}
	// Reserved words are allowed as named-argument names (foo(class: 1)), so any keyword-looking token counts.
	return (bool) preg_match( '/^[A-Za-z_][A-Za-z0-9_]*$/', $token[1] ) && T_VARIABLE !== $token[0];
}

function tc_check_file( $file, array &$report ) {
	$source = file_get_contents( $file );
	if ( false === $source ) {
		$report['problems'][] = "$file: cannot be read";
		return;
	}
	try {
		$all = token_get_all( $source, TOKEN_PARSE );
	} catch ( ParseError $error ) {
		$report['problems'][] = "$file:{$error->getLine()}: does not parse: {$error->getMessage()}";
		return;
	}
	// Code tokens only, each with its line; comments and whitespace are dropped, strings are single tokens.
	$t    = array();
	$line = 1;
	foreach ( $all as $token ) {
		if ( is_array( $token ) ) {
			$line = $token[2];
			if ( in_array( $token[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT, T_INLINE_HTML, T_OPEN_TAG, T_CLOSE_TAG ), true ) ) {
				if ( T_CLOSE_TAG === $token[0] ) {
					$t[] = array( ';', ';', $line ); // a closing tag ends a statement too
				}
				continue;
			}
			$t[] = $token;
		} else {
			$t[] = array( $token, $token, $line );
		}
	}
	$n       = count( $t );
	$problem = function ( $i, $what ) use ( $file, $t, &$report ) {
		$report['problems'][] = basename( dirname( $file ) ) . '/' . basename( $file ) . ':' . $t[ $i ][2] . ': ' . $what;
	};
	$id      = function ( $i ) use ( $t, $n ) {
		return $i >= 0 && $i < $n ? $t[ $i ][0] : null;
	};
	$low     = function ( $i ) use ( $t, $n ) {
		return $i >= 0 && $i < $n ? strtolower( $t[ $i ][1] ) : '';
	};

	// Parenthesis pairs.
	$close = array();
	$stack = array();
	for ( $i = 0; $i < $n; $i++ ) {
		$c = $id( $i );
		if ( '(' === $c || '[' === $c || '{' === $c || T_CURLY_OPEN === $c || T_DOLLAR_OPEN_CURLY_BRACES === $c ) {
			$stack[] = $i;
		} elseif ( ')' === $c || ']' === $c || '}' === $c ) {
			$open           = array_pop( $stack );
			$close[ $open ] = $i;
		}
	}

	$simple = array(
		'T_MATCH'                               => 'match expression (PHP 8.0)',
		'T_NULLSAFE_OBJECT_OPERATOR'            => 'nullsafe operator ?-> (PHP 8.0)',
		'T_ATTRIBUTE'                           => 'attribute #[…] (PHP 8.0)',
		'T_READONLY'                            => 'readonly (PHP 8.1)',
		'T_ENUM'                                => 'enum (PHP 8.1)',
		'T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG' => 'intersection type (PHP 8.1)',
	);
	foreach ( $simple as $name => $what ) {
		if ( defined( $name ) ) {
			$simple[ constant( $name ) ] = $what;
		}
		unset( $simple[ $name ] );
	}

	for ( $i = 0; $i < $n; $i++ ) {
		$c = $id( $i );

		if ( isset( $simple[ $c ] ) && is_int( $c ) ) {
			// `readonly` as a function name (readonly() before 8.1's keyword) is not this. PHP 8.1's tokenizer also
			// gives a bitwise "and" ($flags & 0x3F) the intersection's token: in a type, "&" joins two names.
			$readonly_call = T_READONLY === $c && '(' === $id( $i + 1 );
			$bitwise_and   = defined( 'T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG' ) && T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG === $c
				&& ! ( $i > 0 && $i + 1 < $n && tc_is_name( $t[ $i - 1 ] ) && tc_is_name( $t[ $i + 1 ] ) );
			if ( ! $readonly_call && ! $bitwise_and ) {
				$problem( $i, $simple[ $c ] );
			}
		}

		if ( T_LNUMBER === $c && preg_match( '/^0[oO]/', $t[ $i ][1] ) ) {
			$problem( $i, 'explicit octal 0o (PHP 8.1)' );
		}

		// $object::class
		if ( T_VARIABLE === $c && T_DOUBLE_COLON === $id( $i + 1 ) && 'class' === $low( $i + 2 ) ) {
			$problem( $i, '$object::class (PHP 8.0)' );
		}

		// catch (Type) without a variable
		if ( T_CATCH === $c && '(' === $id( $i + 1 ) && isset( $close[ $i + 1 ] ) ) {
			$has_var = false;
			for ( $j = $i + 2; $j < $close[ $i + 1 ]; $j++ ) {
				$has_var = $has_var || T_VARIABLE === $id( $j );
			}
			if ( ! $has_var ) {
				$problem( $i, 'catch without a variable (PHP 8.0)' );
			}
		}

		// throw as an expression
		if ( T_THROW === $c ) {
			$before = $id( $i - 1 );
			if ( in_array( $before, array( T_COALESCE, T_DOUBLE_ARROW, '=', T_BOOLEAN_AND, T_BOOLEAN_OR, T_LOGICAL_AND, T_LOGICAL_OR, '(', ',', '?', '.' ), true ) ) {
				$problem( $i, 'throw as an expression (PHP 8.0)' );
			}
		}

		// Calls: named arguments, first-class callables, PHP 8 functions, and the names the test checks in WordPress.
		if ( '(' === $c && isset( $close[ $i ] ) ) {
			$callee = $i - 1;
			$prev   = $id( $callee - 1 );
			$is_decl = T_FUNCTION === $prev || ( '&' === $prev && T_FUNCTION === $id( $callee - 2 ) ) || T_FUNCTION === $id( $callee ) || T_FN === $id( $callee ) || T_USE === $id( $callee );
			$is_call = ! $is_decl && ( tc_is_name( $t[ $callee ] ) || T_VARIABLE === $id( $callee ) || ')' === $id( $callee ) || ']' === $id( $callee ) || '}' === $id( $callee ) );
			$keyword = in_array( $id( $callee ), array( T_IF, T_ELSEIF, T_WHILE, T_FOR, T_FOREACH, T_SWITCH, T_CATCH, T_ARRAY, T_LIST, T_ISSET, T_EMPTY, T_UNSET, T_EVAL, T_EXIT, T_DECLARE, T_STATIC, T_ECHO, T_PRINT, T_RETURN, T_INCLUDE, T_INCLUDE_ONCE, T_REQUIRE, T_REQUIRE_ONCE, T_NEW, T_CLONE, T_AS, T_INSTANCEOF ), true )
				|| in_array( $low( $callee ), array( 'and', 'or', 'xor' ), true );
			if ( $is_call || T_ARRAY === $id( $callee ) || T_ISSET === $id( $callee ) || T_UNSET === $id( $callee ) ) {
				// Top-level argument starts: "name:" there is a named argument.
				$depth = 0;
				for ( $j = $i + 1; $j < $close[ $i ]; $j++ ) {
					if ( isset( $close[ $j ] ) ) {
						$j = $close[ $j ];
						continue;
					}
					$starts = ( $j === $i + 1 ) || ',' === $id( $j - 1 );
					if ( $starts && tc_is_name( $t[ $j ] ) && ':' === $id( $j + 1 ) ) {
						$problem( $j, 'named argument "' . $t[ $j ][1] . ':" (PHP 8.0)' );
					}
				}
				if ( T_ELLIPSIS === $id( $i + 1 ) && ')' === $id( $i + 2 ) ) {
					$problem( $i, 'first-class callable syntax (...) (PHP 8.1)' );
				}
			}
			if ( $is_call && ! $keyword && in_array( $id( $callee ), array( T_STRING, T_NAME_FULLY_QUALIFIED ), true ) ) {
				$before = $id( $callee - 1 );
				$method = in_array( $before, array( T_OBJECT_OPERATOR, T_DOUBLE_COLON, T_NULLSAFE_OBJECT_OPERATOR, T_NEW, T_CONST ), true );
				if ( ! $method ) {
					$name = strtolower( ltrim( $t[ $callee ][1], '\\' ) );
					if ( in_array( $name, TC_PHP8_FUNCTIONS, true ) ) {
						$problem( $callee, "$name() (PHP 8)" );
					}
					$report['functions'][] = $name;
					if ( in_array( $name, array( 'function_exists', 'class_exists', 'method_exists', 'is_callable' ), true ) && T_CONSTANT_ENCAPSED_STRING === $id( $i + 1 ) ) {
						$report['guarded'][] = strtolower( ltrim( trim( $t[ $i + 1 ][1], '\'"' ), '\\' ) );
					}
					// Functions named as callbacks: add_filter( 'hook', 'name' ), array_map( 'name', … ) and the like.
					if ( isset( TC_CALLBACK_ARGUMENT[ $name ] ) ) {
						$argument = tc_argument( $i, $close[ $i ], TC_CALLBACK_ARGUMENT[ $name ], $t, $close );
						if ( null !== $argument && T_CONSTANT_ENCAPSED_STRING === $id( $argument ) && in_array( $id( $argument + 1 ), array( ',', ')' ), true ) ) {
							$report['functions'][] = strtolower( trim( $t[ $argument ][1], '\'"' ) );
						}
					}
				}
			}
		}

		// 'render_callback' => 'name', 'sanitize_callback' => 'name'
		if ( T_DOUBLE_ARROW === $c && T_CONSTANT_ENCAPSED_STRING === $id( $i - 1 ) && preg_match( '/_callback[\'"]$/', $t[ $i - 1 ][1] )
			&& T_CONSTANT_ENCAPSED_STRING === $id( $i + 1 ) && in_array( $id( $i + 2 ), array( ',', ')' ), true ) ) {
			$report['functions'][] = strtolower( trim( $t[ $i + 1 ][1], '\'"' ) );
		}

		// Classes used: new X, X::, instanceof X, catch (X $e), extends X.
		if ( in_array( $c, array( T_NEW, T_INSTANCEOF, T_EXTENDS ), true ) && tc_is_name( isset( $t[ $i + 1 ] ) ? $t[ $i + 1 ] : null ) && ! in_array( $id( $i + 1 ), array( T_STATIC, T_CLASS ), true ) ) {
			$report['classes'][] = ltrim( $t[ $i + 1 ][1], '\\' );
		}
		if ( T_DOUBLE_COLON === $c && in_array( $id( $i - 1 ), array( T_STRING, T_NAME_FULLY_QUALIFIED ), true ) && ! in_array( $low( $i - 1 ), array( 'self', 'parent', 'static' ), true ) ) {
			$report['classes'][] = ltrim( $t[ $i - 1 ][1], '\\' );
		}

		// Definitions.
		if ( in_array( $c, array( T_CLASS, T_INTERFACE, T_TRAIT ), true ) && T_STRING === $id( $i + 1 ) && T_DOUBLE_COLON !== $id( $i - 1 ) ) {
			$report['defined'][] = $t[ $i + 1 ][1];
		}

		// Functions, methods, closures and arrow functions: their parameters and return type.
		if ( T_FUNCTION === $c || T_FN === $c ) {
			$j = $i + 1;
			if ( '&' === $id( $j ) || ( defined( 'T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG' ) && T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG === $id( $j ) ) ) {
				$j++;
			}
			if ( tc_is_name( $t[ $j ] ) && '(' === $id( $j + 1 ) ) {
				if ( T_FUNCTION === $c && T_OBJECT_OPERATOR !== $id( $i - 1 ) ) {
					$report['defined'][] = strtolower( $t[ $j ][1] );
				}
				$j++;
			}
			if ( '(' !== $id( $j ) || ! isset( $close[ $j ] ) ) {
				continue;
			}
			tc_check_params( $j, $close[ $j ], $t, $close, $problem, 'parameter list' );
			$k = $close[ $j ] + 1;
			if ( T_USE === $id( $k ) && '(' === $id( $k + 1 ) && isset( $close[ $k + 1 ] ) ) {
				if ( ',' === $id( $close[ $k + 1 ] - 1 ) ) {
					$problem( $close[ $k + 1 ], 'trailing comma in a closure use list (PHP 8.0)' );
				}
				$k = $close[ $k + 1 ] + 1;
			}
			if ( ':' === $id( $k ) ) {
				tc_check_type( $k + 1, $t, $problem, 'return type' );
			}
		}
	}
}

/**
 * The index of the first token of a call's argument number $index (from 0), or null.
 */
function tc_argument( $open, $end, $index, array $t, array $close ) {
	$start = $open + 1;
	$count = 0;
	for ( $j = $open + 1; $j < $end; $j++ ) {
		if ( $count === $index ) {
			return $start < $end ? $start : null;
		}
		if ( isset( $close[ $j ] ) ) {
			$j = $close[ $j ];
			continue;
		}
		if ( ',' === tc_id( $t[ $j ] ) ) {
			$count++;
			$start = $j + 1;
		}
	}
	return $count === $index && $start < $end ? $start : null;
}

/**
 * One parameter list, from its "(" at $open to its ")" at $end.
 */
function tc_check_params( $open, $end, array $t, array $close, $problem, $what ) {
	if ( ',' === tc_id( $t[ $end - 1 ] ) ) {
		$problem( $end, "trailing comma in a $what (PHP 8.0)" );
	}
	$start = $open + 1;
	for ( $j = $open + 1; $j <= $end; $j++ ) {
		if ( isset( $close[ $j ] ) && $j !== $open ) {
			$j = $close[ $j ];
			continue;
		}
		if ( ',' !== tc_id( $t[ $j ] ) && $j !== $end ) {
			continue;
		}
		// One parameter: $start … $j - 1.
		if ( $start < $j ) {
			$k = $start;
			while ( $k < $j && in_array( tc_id( $t[ $k ] ), array( T_PUBLIC, T_PROTECTED, T_PRIVATE, defined( 'T_READONLY' ) ? T_READONLY : -1 ), true ) ) {
				$problem( $k, 'constructor property promotion (PHP 8.0)' );
				$k++;
			}
			tc_check_type( $k, $t, $problem, 'parameter type', $j );
			for ( $m = $k; $m < $j; $m++ ) {
				if ( '=' === tc_id( $t[ $m ] ) ) {
					for ( $d = $m + 1; $d < $j; $d++ ) {
						if ( T_NEW === tc_id( $t[ $d ] ) ) {
							$problem( $d, 'new in an initializer (PHP 8.1)' );
						}
					}
					break;
				}
			}
		}
		$start = $j + 1;
	}
}

/**
 * A type declaration starting at $k (before a parameter's variable, or after a return type's colon): flags unions,
 * intersections, DNF and types 7.4 does not have.
 */
function tc_check_type( $k, array $t, $problem, $what, $limit = null ) {
	$limit = null === $limit ? count( $t ) : $limit;
	$parts = 0;
	for ( ; $k < $limit; $k++ ) {
		$c = tc_id( $t[ $k ] );
		if ( '?' === $c ) {
			continue;
		}
		if ( '(' === $c || ')' === $c ) {
			$problem( $k, "DNF type in a $what (PHP 8.2)" );
			continue;
		}
		if ( '|' === $c ) {
			$problem( $k, "union type in a $what (PHP 8.0)" );
			continue;
		}
		if ( tc_is_name( $t[ $k ] ) && T_VARIABLE !== $c ) {
			$name = strtolower( ltrim( $t[ $k ][1], '\\' ) );
			if ( in_array( $name, TC_NEW_TYPES, true ) ) {
				$problem( $k, "type $name in a $what (PHP 8)" );
			}
			$parts++;
			continue;
		}
		break; // the variable, "&", "...", "{", ";" or "=>": the type is over
	}
}
