<?php
/**
 * The block `treatment-compare/widget` (block/block.json), rendered on the server by treatment_compare_render().
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The block's attributes (camelCase, as in block.json) and the settings they are: the element's attributes
 * (treatment_compare_attribute_map()'s keys) in camelCase: facility_name is facilityName.
 *
 * @return array<string, string>
 */
function treatment_compare_block_attribute_map() {
	$map = array();
	foreach ( array_keys( treatment_compare_attribute_map() ) as $key ) {
		$map[ lcfirst( str_replace( '_', '', ucwords( $key, '_' ) ) ) ] = $key;
	}
	return $map;
}

/**
 * Registers the block. `render_callback` rather than block.json's "render" file, which WordPress reads only from 6.1
 * on and only for a template file; this also works with the earliest supported version.
 */
function treatment_compare_register_block() {
	$args = array( 'render_callback' => 'treatment_compare_render_block' );
	if ( is_admin() ) {
		/*
		 * In the editor only, the widget's script and reserve style are the block's "script" and "style", so
		 * WordPress loads them into the editor and into its iframed canvas (site editor, template editing): the
		 * preview is the real widget (with the "Look like the page" stylesheet and script, which do nothing to a
		 * widget that does not ask for that look). They are not in block.json, where a classic theme would load them on every
		 * page of the site; on the front end the render callback enqueues them, on the pages that show a widget.
		 */
		$args['script_handles'] = array( TREATMENT_COMPARE_LOOK_HANDLE, TREATMENT_COMPARE_HANDLE );
		$args['style_handles']  = array( TREATMENT_COMPARE_HANDLE, TREATMENT_COMPARE_LOOK_HANDLE, TREATMENT_COMPARE_NOTICE_HANDLE );
	}
	register_block_type( TREATMENT_COMPARE_DIR . '/block', $args );
}
add_action( 'init', 'treatment_compare_register_block' );

/**
 * Renders the block.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function treatment_compare_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$own        = array();
	foreach ( treatment_compare_block_attribute_map() as $attribute => $key ) {
		$own[ $key ] = isset( $attributes[ $attribute ] ) ? $attributes[ $attribute ] : '';
	}
	// `look`: `page`, `card`, or empty for the site's default.
	$own['look'] = isset( $attributes['look'] ) ? $attributes['look'] : '';
	$config      = isset( $attributes['config'] ) && is_string( $attributes['config'] ) ? $attributes['config'] : '';
	return treatment_compare_render( $own, $config, 'treatment_compare_block_wrapper' );
}

/**
 * The attributes of the block's outer <div>: what block supports add (the block's class, wide or full alignment,
 * an extra CSS class), escaped by WordPress.
 *
 * @return string
 */
function treatment_compare_block_wrapper() {
	return get_block_wrapper_attributes();
}

/**
 * What the editor script needs from the server: the site-wide defaults (shown as placeholders, so an empty field
 * says what it inherits) and, for administrators, the settings page's address.
 */
function treatment_compare_editor_data() {
	$block = WP_Block_Type_Registry::get_instance()->get_registered( 'treatment-compare/widget' );
	if ( ! $block || empty( $block->editor_script_handles ) ) {
		return;
	}
	$defaults    = treatment_compare_get_defaults();
	$site_config = $defaults['config'];
	unset( $defaults['config'] );
	$data = array(
		'defaults'      => $defaults,
		'hasSiteConfig' => '' !== $site_config,
		'settingsUrl'   => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=treatment-compare' ) : '',
	);
	wp_add_inline_script(
		$block->editor_script_handles[0],
		'window.treatmentCompareEditor = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';',
		'before'
	);
}
add_action( 'enqueue_block_editor_assets', 'treatment_compare_editor_data' );
