<?php
/**
 * The widget's script and reserve style: registered on every request, enqueued only on pages that show the widget,
 * loaded from files (no inline script or style, so a strict Content-Security-Policy still works), deferred, and kept
 * away from the optimizers that combine, minify, defer or delay scripts.
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Handle of the widget's script and of its reserve style. */
const TREATMENT_COMPARE_HANDLE = 'treatment-compare';

/** Handle of the editors' note about an invalid configuration (includes/render.php). */
const TREATMENT_COMPARE_NOTICE_HANDLE = 'treatment-compare-notice';

/** Handle of the "Look like the page" stylesheet and script (assets/treatment-compare-look.*). */
const TREATMENT_COMPARE_LOOK_HANDLE = 'treatment-compare-look';

/** Handle of the generated brand-colour stylesheet. */
const TREATMENT_COMPARE_BRAND_HANDLE = 'treatment-compare-brand';

/** The script's file name, as optimizers match it in URLs. */
const TREATMENT_COMPARE_SCRIPT_FILE = 'treatment-compare.iife.js';

/**
 * Version for asset URLs: the plugin's, or the file's time when running from the source tree (0.0.0-dev).
 *
 * @param string $file Path inside the plugin.
 * @return string
 */
function treatment_compare_asset_version( $file ) {
	if ( '0.0.0-dev' !== TREATMENT_COMPARE_VERSION ) {
		return TREATMENT_COMPARE_VERSION;
	}
	$time = @filemtime( TREATMENT_COMPARE_DIR . '/' . $file ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a missing file is reported in the admin.
	return false === $time ? TREATMENT_COMPARE_VERSION : (string) $time;
}

/**
 * Registers the script and the style (init, before the block that uses them).
 */
function treatment_compare_register_assets() {
	wp_register_script(
		TREATMENT_COMPARE_HANDLE,
		plugins_url( 'assets/' . TREATMENT_COMPARE_SCRIPT_FILE, TREATMENT_COMPARE_FILE ),
		array(),
		treatment_compare_asset_version( 'assets/' . TREATMENT_COMPARE_SCRIPT_FILE ),
		false // In the head when enqueued early (it is deferred); enqueued while the content renders, in the footer.
	);
	// WordPress 6.3+ prints `defer` itself from this; 6.1 and 6.2 ignore it and the script_loader_tag filter below
	// adds it.
	wp_script_add_data( TREATMENT_COMPARE_HANDLE, 'strategy', 'defer' );
	wp_register_style(
		TREATMENT_COMPARE_HANDLE,
		plugins_url( 'assets/treatment-compare.css', TREATMENT_COMPARE_FILE ),
		array(),
		treatment_compare_asset_version( 'assets/treatment-compare.css' )
	);
	wp_register_style(
		TREATMENT_COMPARE_LOOK_HANDLE,
		plugins_url( 'assets/treatment-compare-look.css', TREATMENT_COMPARE_FILE ),
		array( TREATMENT_COMPARE_HANDLE ),
		treatment_compare_asset_version( 'assets/treatment-compare-look.css' )
	);
	wp_register_script(
		TREATMENT_COMPARE_LOOK_HANDLE,
		plugins_url( 'assets/treatment-compare-look.js', TREATMENT_COMPARE_FILE ),
		array(),
		treatment_compare_asset_version( 'assets/treatment-compare-look.js' ),
		false
	);
	wp_script_add_data( TREATMENT_COMPARE_LOOK_HANDLE, 'strategy', 'defer' );
	wp_register_style(
		TREATMENT_COMPARE_NOTICE_HANDLE,
		plugins_url( 'assets/treatment-compare-notice.css', TREATMENT_COMPARE_FILE ),
		array(),
		treatment_compare_asset_version( 'assets/treatment-compare-notice.css' )
	);
}
add_action( 'init', 'treatment_compare_register_assets', 5 );

/**
 * Enqueues the script and the style; called by the block and the shortcode when they render.
 *
 * @param bool $look Whether a widget on the page looks like the page: then the look stylesheet and script too (the
 *                   script first, so that it has chosen light or dark before the widget first draws).
 */
function treatment_compare_enqueue_assets( $look = false ) {
	if ( $look ) {
		wp_enqueue_script( TREATMENT_COMPARE_LOOK_HANDLE );
		wp_enqueue_style( TREATMENT_COMPARE_LOOK_HANDLE );
	}
	wp_enqueue_script( TREATMENT_COMPARE_HANDLE );
	wp_enqueue_style( TREATMENT_COMPARE_HANDLE );
}

/**
 * On a single post or page that holds the block or the shortcode, enqueues both before the page's <head> is printed.
 * With a classic theme the content renders after the head, so a style enqueued then would come in the footer, too
 * late to reserve the widget's space. (Block themes render the content before the head anyway.)
 */
function treatment_compare_enqueue_early() {
	if ( ! is_singular() ) {
		return;
	}
	$post = get_post();
	if ( ! $post instanceof WP_Post ) {
		return;
	}
	if ( has_block( 'treatment-compare/widget', $post ) || has_shortcode( $post->post_content, 'treatment_compare' ) ) {
		// The look files too when the site's default is the page's look, or when the post may choose it (a block's
		// "look" attribute, a shortcode's look="page"); a guess that costs one small file when wrong. Rendering
		// enqueues them anyway, in the footer, when it needs them.
		$defaults = treatment_compare_get_defaults();
		treatment_compare_enqueue_assets( 'page' === $defaults['look'] || preg_match( '/[\s"]look"?\s*[:=]/i', $post->post_content ) );
	}
}
add_action( 'wp_enqueue_scripts', 'treatment_compare_enqueue_early' );

/**
 * The script tag: `defer` (which WordPress 6.1 cannot set), and the attributes optimizers honour to leave a script
 * alone: `data-no-optimize="1"` (LiteSpeed Cache and others) and `data-cfasync="false"` (Cloudflare Rocket Loader).
 *
 * @param string $tag    The <script> tag(s) for a handle.
 * @param string $handle The handle.
 * @return string
 */
function treatment_compare_script_tag( $tag, $handle ) {
	if ( TREATMENT_COMPARE_HANDLE !== $handle && TREATMENT_COMPARE_LOOK_HANDLE !== $handle ) {
		return $tag;
	}
	return preg_replace_callback(
		'/<script\b(?=[^>]*\ssrc=)[^>]*>/i',
		function ( $match ) {
			$open  = $match[0];
			$extra = '';
			if ( ! preg_match( '/\sdefer(?:[\s=>]|$)/i', $open ) ) {
				$extra .= ' defer';
			}
			if ( false === stripos( $open, 'data-no-optimize' ) ) {
				$extra .= ' data-no-optimize="1"';
			}
			if ( false === stripos( $open, 'data-cfasync' ) ) {
				$extra .= ' data-cfasync="false"';
			}
			return '<script' . $extra . substr( $open, 7 );
		},
		$tag,
		1
	);
}
add_filter( 'script_loader_tag', 'treatment_compare_script_tag', 10, 2 );

/**
 * The stylesheets' tags: `data-no-optimize="1"`, so optimizers that combine or inline CSS leave them as they are
 * (the reserve must be there before the widget's script runs).
 *
 * @param string $tag    The <link> tag.
 * @param string $handle The handle.
 * @return string
 */
function treatment_compare_style_tag( $tag, $handle ) {
	if ( ! in_array( $handle, array( TREATMENT_COMPARE_HANDLE, TREATMENT_COMPARE_BRAND_HANDLE, TREATMENT_COMPARE_LOOK_HANDLE ), true ) || false !== stripos( $tag, 'data-no-optimize' ) ) {
		return $tag;
	}
	return preg_replace( '/<link\b/i', '<link data-no-optimize="1"', $tag, 1 );
}
add_filter( 'style_loader_tag', 'treatment_compare_style_tag', 10, 2 );

/**
 * Adds the script's file name to a list of URL fragments an optimizer leaves alone.
 *
 * @param mixed $list The optimizer's list.
 * @return array
 */
function treatment_compare_exclude_file( $list ) {
	$list   = is_array( $list ) ? $list : ( is_string( $list ) && '' !== $list ? array( $list ) : array() );
	$list[] = TREATMENT_COMPARE_SCRIPT_FILE;
	return $list;
}

/**
 * Adds the script's handle to a list of handles an optimizer leaves alone.
 *
 * @param mixed $list The optimizer's list.
 * @return array
 */
function treatment_compare_exclude_handle( $list ) {
	$list   = is_array( $list ) ? $list : array();
	$list[] = TREATMENT_COMPARE_HANDLE;
	return $list;
}

/**
 * Autoptimize keeps its exclusions as a comma-separated string.
 *
 * @param mixed $list Autoptimize's exclusions.
 * @return string
 */
function treatment_compare_exclude_file_csv( $list ) {
	$list = is_string( $list ) ? trim( $list ) : '';
	return ( '' === $list ? '' : rtrim( $list, ', ' ) . ', ' ) . TREATMENT_COMPARE_SCRIPT_FILE;
}

/**
 * Hummingbird asks per resource.
 *
 * @param bool   $allowed Whether Hummingbird may process it.
 * @param mixed  $handle  Its handle (an array in some versions).
 * @return bool
 */
function treatment_compare_hummingbird_skip( $allowed, $handle = '' ) {
	$name = is_array( $handle ) && isset( $handle['handle'] ) ? $handle['handle'] : $handle;
	return TREATMENT_COMPARE_HANDLE === $name ? false : $allowed;
}

/*
 * The optimizers' own exclusion filters, for the settings `data-no-optimize` does not cover in every plugin: minify
 * and combine (a rewritten file is a new file to cache and check), defer and "delay until user interaction" (the
 * widget would stay an empty box until the visitor scrolls or taps). Only filters: nothing here needs these plugins,
 * and a filter of a plugin that is not installed never runs.
 */
foreach (
	array(
		'litespeed_optimize_js_excludes',               // LiteSpeed Cache: minify and combine.
		'litespeed_optm_js_defer_exc',                  // LiteSpeed Cache: defer and delay.
		'litespeed_optm_gm_js_exc',                     // LiteSpeed Cache: guest mode.
		'rocket_exclude_js',                            // WP Rocket: minify and combine.
		'rocket_delay_js_exclusions',                   // WP Rocket: delay JavaScript execution.
		'rocket_exclude_defer_js',                      // WP Rocket: load JavaScript deferred (it is already).
		'sgo_javascript_combine_excluded_external_paths', // SiteGround Speed Optimizer: combine, by URL.
		'wp-optimize-minify-default-exclusions',        // WP-Optimize: minify and combine.
		'perfmatters_delay_js_exclusions',              // Perfmatters: delay.
		'perfmatters_minify_js_exclusions',             // Perfmatters: minify.
	) as $treatment_compare_filter
) {
	add_filter( $treatment_compare_filter, 'treatment_compare_exclude_file' );
}
foreach (
	array(
		'sgo_js_minify_exclude',          // SiteGround Speed Optimizer: minify, by handle.
		'sgo_javascript_combine_exclude', // SiteGround Speed Optimizer: combine, by handle.
		'sgo_js_async_exclude',           // SiteGround Speed Optimizer: async/defer, by handle.
	) as $treatment_compare_filter
) {
	add_filter( $treatment_compare_filter, 'treatment_compare_exclude_handle' );
}
unset( $treatment_compare_filter );
add_filter( 'autoptimize_filter_js_exclude', 'treatment_compare_exclude_file_csv' );
add_filter( 'wphb_minify_resource', 'treatment_compare_hummingbird_skip', 10, 2 );
add_filter( 'wphb_combine_resource', 'treatment_compare_hummingbird_skip', 10, 2 );
add_filter( 'wphb_delay_js_exclusions', 'treatment_compare_exclude_file' );

/**
 * Where the brand-colour stylesheet for a colour lives: wp-content/uploads/treatment-compare/brand-<rrggbb>.css
 * (the colour is in the name, so a new colour is a new URL and no cache serves the old one).
 *
 * @param string $color #rrggbb.
 * @return array{dir: string, path: string, url: string}|null
 */
function treatment_compare_brand_file( $color ) {
	$uploads = wp_upload_dir( null, false );
	if ( ! empty( $uploads['error'] ) || empty( $uploads['basedir'] ) ) {
		return null;
	}
	$dir = trailingslashit( $uploads['basedir'] ) . 'treatment-compare';
	return array(
		'dir'  => $dir,
		'path' => $dir . '/brand-' . substr( $color, 1 ) . '.css',
		'url'  => trailingslashit( $uploads['baseurl'] ) . 'treatment-compare/brand-' . substr( $color, 1 ) . '.css',
	);
}

/**
 * The brand-colour stylesheet's text. The colour is the light theme's accent: the dark theme keeps its own light
 * accent (#7fd0dc) so that text on it keeps its contrast, and `theme="auto"` takes the brand colour only when the
 * visitor's system is light.
 *
 * @param string $color #rrggbb.
 * @return string
 */
function treatment_compare_brand_css( $color ) {
	return "/* Treatment compare: the site's brand colour (Settings > Treatment compare), written by the plugin. */\n"
		. 'treatment-compare.tc-brand:not([theme="dark"]):not([theme="auto"]){--tc-color-primary:' . $color . "}\n"
		. '@media (prefers-color-scheme: light){treatment-compare.tc-brand[theme="auto"]{--tc-color-primary:' . $color . "}}\n";
}

/**
 * Enqueues the brand-colour stylesheet, writing it first if it does not exist yet (after a change of colour, or on a
 * copy of the site). Returns false when it cannot be written (read-only uploads), so the caller sets the colour in a
 * style attribute instead.
 *
 * @param string $color #rrggbb.
 * @return bool
 */
function treatment_compare_enqueue_brand_stylesheet( $color ) {
	if ( wp_style_is( TREATMENT_COMPARE_BRAND_HANDLE, 'enqueued' ) ) {
		return true;
	}
	$file = treatment_compare_brand_file( $color );
	if ( null === $file ) {
		return false;
	}
	if ( ! file_exists( $file['path'] ) ) {
		if ( ! wp_mkdir_p( $file['dir'] ) ) {
			return false;
		}
		// Written under a temporary name and renamed, so a visitor never gets half a file.
		$temp = $file['path'] . '.' . wp_generate_password( 8, false ) . '.tmp';
		// phpcs:ignore WordPress.WP.AlternativeFunctions -- a file in uploads, written by PHP itself, as media are.
		if ( false === @file_put_contents( $temp, treatment_compare_brand_css( $color ) ) || ! @rename( $temp, $file['path'] ) ) {
			@unlink( $temp ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
			return false;
		}
		// Older colours' files are no longer used.
		foreach ( (array) glob( $file['dir'] . '/brand-*.css' ) as $old ) {
			if ( is_string( $old ) && $old !== $file['path'] ) {
				@unlink( $old ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
			}
		}
	}
	wp_enqueue_style( TREATMENT_COMPARE_BRAND_HANDLE, $file['url'], array( TREATMENT_COMPARE_HANDLE ), null );
	return true;
}

/**
 * Tells an administrator when the widget's script is missing (the plugin was copied from the source tree instead of
 * installed from the built zip).
 */
function treatment_compare_missing_script_notice() {
	if ( ! current_user_can( 'activate_plugins' ) || file_exists( TREATMENT_COMPARE_DIR . '/assets/' . TREATMENT_COMPARE_SCRIPT_FILE ) ) {
		return;
	}
	echo '<div class="notice notice-error"><p>' . esc_html(
		sprintf(
			/* translators: %s: a file path. */
			__( 'Treatment compare: %s is missing, so the widget cannot start. Install the plugin from treatment-compare-wordpress.zip (built by npm run build).', 'treatment-compare' ),
			'assets/' . TREATMENT_COMPARE_SCRIPT_FILE
		)
	) . '</p></div>';
}
add_action( 'admin_notices', 'treatment_compare_missing_script_notice' );
