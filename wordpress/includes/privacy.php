<?php
/**
 * Suggested text for the site's privacy policy (Settings → Privacy → Policy Guide).
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds the plugin's paragraph to WordPress's privacy-policy guide.
 */
function treatment_compare_privacy_policy_content() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$paragraphs = array(
		__( 'This site uses the Treatment compare widget to help you compare levels of addiction treatment (such as intensive outpatient and inpatient care) and see which may fit.', 'treatment-compare' ),
		__( 'The widget runs entirely in your browser. The answers you give are not sent to this website or to anyone else, are not stored in cookies or in your browser’s storage, and are gone when you leave or reload the page. The plugin that adds the widget makes no requests to other websites and stores nothing about visitors.', 'treatment-compare' ),
		__( 'Other tools on this page, such as analytics or chat services, are described in their own sections of this policy.', 'treatment-compare' ),
	);
	$html = '';
	foreach ( $paragraphs as $paragraph ) {
		$html .= '<p>' . esc_html( $paragraph ) . '</p>';
	}
	wp_add_privacy_policy_content( __( 'Treatment compare', 'treatment-compare' ), wp_kses_post( $html ) );
}
add_action( 'admin_init', 'treatment_compare_privacy_policy_content' );
