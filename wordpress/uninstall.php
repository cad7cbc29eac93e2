<?php
/**
 * Runs when the plugin is deleted (Plugins → Delete): removes its option, a refused configuration kept for a user
 * to fix, and the generated brand-colour stylesheets, on every site of a network.
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

/**
 * Removes what the plugin stored on the current site.
 */
function treatment_compare_uninstall_site() {
	global $wpdb;
	delete_option( 'treatment_compare_defaults' );
	// Refused configurations kept for ten minutes, one per user (includes/settings.php).
	$like = $wpdb->esc_like( '_transient_treatment_compare_rejected_config_' ) . '%';
	$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $like ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	foreach ( $names as $name ) {
		delete_transient( substr( $name, strlen( '_transient_' ) ) );
	}
	$uploads = wp_upload_dir( null, false );
	if ( empty( $uploads['error'] ) && ! empty( $uploads['basedir'] ) ) {
		$dir = trailingslashit( $uploads['basedir'] ) . 'treatment-compare';
		foreach ( (array) glob( $dir . '/brand-*.css' ) as $file ) {
			if ( is_string( $file ) ) {
				@unlink( $file ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
			}
		}
		@rmdir( $dir ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- only if empty.
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $treatment_compare_site ) {
		switch_to_blog( $treatment_compare_site );
		treatment_compare_uninstall_site();
		restore_current_blog();
	}
} else {
	treatment_compare_uninstall_site();
}
