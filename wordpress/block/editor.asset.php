<?php
/**
 * Dependencies and version of editor.js, read by register_block_type() for block.json's "editorScript". The
 * script is plain JavaScript on WordPress's `wp.*` globals, with no build step; its file time is its version.
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

return array(
	'dependencies' => array(
		'wp-blocks',
		'wp-block-editor',
		'wp-components',
		'wp-element',
		'wp-i18n',
		'wp-server-side-render',
	),
	'version'      => (string) filemtime( __DIR__ . '/editor.js' ),
);
